"""Abbreviations and sentence starters for splitting sentences in the 24 EU languages.

The data is written as whitespace-separated entries, each without internal spaces: the
entry ``z.B.`` matches both ``z. B.`` and ``z.B.`` in a text, ``Úř.věst.`` matches
``Úř. věst.``, ``ир.`` would match ``и др.`` joined, and so on (the splitter joins the last
tokens before a full stop without their spaces before looking them up). An entry written
with a capital first letter matches only that form; one written in lower case also matches
the same abbreviation capitalised at the start of a sentence ("Vgl.", "Siehe").

Three kinds of abbreviation decide what happens after their full stop:

* :data:`ABBREVIATIONS` (non-final): references, titles, "for example"-style connectives and
  month short forms, which are followed by the rest of their sentence ("Art. 3 Abs. 5",
  "Dr. Smith", "z. B. Kinder"): never a sentence end.
* :data:`FINAL_ABBREVIATIONS`: "etc."-style abbreviations that often close a sentence: a
  sentence ends after them when the next word starts with a capital letter.
* :data:`AMBIGUOUS_ABBREVIATIONS`: year and quantity markers ("2022 г.", "2011 r.",
  "2022 m.", "5 Mio.") that sit inside a sentence as often as at its end: a sentence ends
  after them only when the next word is one of the language's :data:`SENTENCE_STARTERS`.

:data:`JOURNAL_ABBREVIATIONS` lists how each language abbreviates the Official Journal of the
European Union; its entries ending with a full stop are merged into :data:`ABBREVIATIONS`.
"""

from __future__ import annotations

from compare.types import EU_LANGUAGES


def _entries(*blocks: str) -> frozenset[str]:
    """The whitespace-separated entries of ``blocks`` as a set."""
    return frozenset(entry for block in blocks for entry in block.split())


#: Latin and international abbreviations used in every language.
_COMMON_NONFINAL = """
    e.g. i.e. cf. cfr. viz. vs. ibid. id. op.cit. loc.cit. sq. sqq. ca. approx.
    Dr. Prof. Ph.D. PhD. Mag. Ing. Dipl. St. Mr. Mrs. Ms.
"""
_COMMON_FINAL = "etc."
_COMMON_AMBIGUOUS = "etal."

#: Non-final abbreviations per language (see the module docstring for the format).
_NONFINAL: dict[str, str] = {
    "bg": """
        чл. ал. т. б. бук. стр. с. бр. раз. разд. гл. прил. пар. пп. напр. т.е.
        т.нар. вж. вж срв. вкл. съотв. прибл. ок. гр. ул. бул. пл. проф. доц. акад.
        инж. ген. полк. св. ян. яну. февр. фев. апр. авг. септ. сеп. окт. ноем. ное.
        дек. пон. вт. ср. четв. пет. съб. нед. No. №.
    """,
    "cs": """
        čl. odst. písm. pododst. č. čís. s. str. tj. tzn. tzv. např. mj. resp.
        popř. příp. srov. viz. cca. kap. odd. příl. pozn. Úř.věst. Ú.věst.
        Dr. JUDr. MUDr. PhDr. RNDr. PaedDr. Ing. Mgr. Bc. doc. prof. p. pí. sv. ul.
        nám. tř. led. úno. bře. dub. kvě. čvn. čvc. srp. zář. říj. lis. pro. po. út.
        st. čt. pá. so. zejm. obr. tab. vyd. roč. min. max.
    """,
    "da": """
        art. stk. nr. Nr. nrs. s. pkt. kap. afsn. bil. jf. jvf. f.eks. bl.a. dvs. d.v.s.
        mht. m.h.t. vedr. ca. evt. inkl. ekskl. hhv. iflg. pga. p.g.a. pr. hr. Hr.
        fr. dr. prof. lekt. jan. feb. febr. mar. apr. jun. jul. aug. sep. sept. okt.
        nov. dec. man. tirs. ons. tors. fre. lør. søn. ang. afd. vha. f. ff. fig.
        tab. udg. ibid. kl. nr.
    """,
    "de": """
        Abs. Art. Artt. Nr. Nrn. S. Bd. Bde. Kap. Ziff. Buchst. UAbs. Unterabs. Anh.
        Anl. Rn. Rdnr. Randnr. Erwgr. lit. Slg. Rs. verb.Rs. Az. Tz. Fn. Abschn.
        Tab. Abb. Bl. Hrsg. Aufl. vgl. s. z.B. d.h. u.a. bzw. ggf. ggfs. gem. i.V.m.
        i.S.d. i.S.v. i.d.R. i.H.v. i.e.S. i.w.S. u.U. z.T. z.Zt. v.a. ca. evtl.
        inkl. exkl. zzgl. max. min. mind. sog. insb. insbes. allg. bes. bspw. einschl.
        entspr. etw. jew. lt. o.ä. Dr. Prof. Hr. Hrn. Fr. Dipl. Ing. geb. verh. gest.
        Std. Tel. Str. Jan. Febr. Feb. Apr. Aug. Sept. Sep. Okt. Nov. Dez. Mo. Di. Mi.
        Do. Sa. ABl. Amtsbl. BGBl. GBl. Dok. Drs. Verf. Vorb. zit. a.a.O. ebd. f. ff.
        u.v.a. Nrn. St.
    """,
    "el": """
        παρ. άρθ. άρθρ. αρ. αριθ. σ. σελ. κεφ. εδ. στοιχ. υποπαρ. περ. π.χ. δηλ. βλ.
        πρβλ. κ. κ.κ. δρ. Δρ. καθ. υπ. Αγ. οδ. τ. τηλ. ό.π. π. Ιαν. Φεβ. Φεβρ. Μαρ.
        Απρ. Ιουν. Ιουλ. Αυγ. Σεπ. Σεπτ. Οκτ. Νοε. Νοεμ. Δεκ. Καν. Οδηγ. Απόφ.
        αριθμ. συμπ. ιδ. Ην. Μπ. Ντ. Γκ. Τσ. Τζ. Ου.
    """,
    "en": """
        Mr. Mrs. Ms. Dr. Prof. St. Jr. Sr. Rev. Hon. Gen. Col. Capt. Lt. Sgt. Gov.
        Sen. Rep. Pres. Messrs. No. Nos. Art. Arts. art. arts. p. pp. para. paras.
        subpara. subparas. Reg. Dir. Dec. Rec. Doc. ch. Ch. sec. Sec. fig. Fig.
        vol. Vol. ed. eds. Ed. Eds. c. v. op. Jan. Feb. Mar. Apr. Jun. Jul. Aug.
        Sep. Sept. Oct. Nov. Mon. Tue. Tues. Wed. Thu. Thur. Thurs. Fri. Sat. Mt.
        Ft. Ave. Rd. Dept. Univ. Assn. Bros. est. incl. excl. approx. esp. resp. re.
        Eq. Tab. cit.
    """,
    "es": """
        Sr. Sra. Srta. Sres. Sras. D. Dña. Dª. Dr. Dra. Drs. art. arts. Art. apdo.
        apdos. núm. núms. n.º nº. pág. págs. p. pp. párr. cap. vol. ed. p.ej. e.g.
        i.e. cf. vid. aprox. Avda. dcha. izq. admón. ene. feb. mar. abr. may. jun.
        jul. ago. sept. sep. oct. nov. dic. lun. mié. vie. sáb. dom. Ud. Uds. Vd.
        Vds. Excmo. Excma. Ilmo. Ilma. prof. Prof. lic. Lic. ing. Ing. gral. Gral.
        inc. ap. cdo. Rgto. Reg. Dir. B.O.E. EE.
    """,
    "et": """
        nt. nn. vt. vrd. lk. lg. p. art. nr. Nr. hr. pr. dr. prof. u. umb. ca.
        s.o. s.t. st. kd. jaan. veebr. apr. aug. sept. okt. nov. dets.
          tn. mnt. pst. tel. k.a. kl. pt. ptk. jn.
        joon. tab.
    """,
    "fi": """
        ks. esim. mm. ns. n. ts. vrt. s. ss. art. mom. alak. kohd. nro. nro n:o tri.
        prof. hra. rva. v. vs. tammik. helmik. maalisk. huhtik. toukok. kesäk.
        heinäk. elok. syysk. lokak. marrask. jouluk. ao. em. jäl. yht. kpl. klo.
        ma. ti. ke. to. pe. la. su. liit. kuv. taul. toim. vol. ap.
    """,
    "fr": """
        M. MM. Mme. Mmes. Mlle. Mlles. Me. Dr. Pr. art. Art. al. n°. no. nos. p. pp.
        cf. éd. vol. chap. ex. p.ex. parex. env. av. apr. c.-à-d. c-à-d. St. Ste.
        Mgr. sect. ann. suiv. s. ss. spéc. not. resp. janv. févr. avr. juil. sept.
        oct. nov. déc. lun. mar. mer. jeu. ven. sam. dim. fig. tél.
        par. paragr. pt. pts. règl. dir. déc. rec. doc. J.O. ibid.
    """,
    "ga": """
        Airt. airt. lch. lgh. m.sh. msh. i.e. .i. Uimh. uimh. Dr. Uas. Oll.
        Fr. mír. fomhír. Caib. caib. Iar. iar. m.a. c. Ean. Feabh. Aib. Beal. Meith.
        Lún. MFómh. DFómh. Samh. Noll. Rial. rial. Cin. cin.
        ibid.
    """,
    "hr": """
        čl. st. toč. t. br. str. npr. tj. tzv. odn. usp. v. dr. Dr. prof. mr.
        Mr. g. gđa. gđica. sv. ul. pog. odj. podst. podtoč. pril. sij. velj. ožu. tra.
        svi. lip. srp. kol. ruj. lis. stu. pro. pon. uto. sri. čet. pet. sub. ned.
        gosp. ing. dipl. prim. doc. akad. izv. tab.
    """,
    "hu": """
        pl. ill. vö. ld. kb. ún. ua. uő. i.m. Dr. dr. prof. Prof. id. ifj. özv.
        u. krt. hrsz. sz. bek. c. o. old. mell. jan. febr. márc. ápr. máj. jún. júl.
        aug. szept. okt. nov. dec. ker. Bp. évf. kül. tkp. alp. fej. rend. hat.
        törv. tv. tvr. köt. vsz. ált. főv. Zs. Gy. Ny.
        Sz. Ty. Cs. Dzs.
    """,
    "it": """
        Sig. Sigg. Sig.ra Sig.na Dott. Dott.ssa Prof. Prof.ssa Avv. Ing. On. Sen. Gen.
        art. artt. Art. par. parr. co. lett. n. nn. num. pag. pagg. p. pp. cap. capp.
        vol. es. ades. cfr. cf. v. vd. ca. c.a. genn. febbr. feb. mar. apr. mag. giu.
        lug. ago. sett. set. ott. nov. dic. sez. all. reg. dir. Reg. Dir. segg. ss.
        sg. cit. op.cit. fig. tab. tel. G.U. GUUE. rif. succ. ult.
    """,
    "lt": """
        Šv. šv. str. p. pvz. t.y. žr. plg. Nr. nr. mėn. dr. Dr. prof. doc. gerb.
        g. sk. pastr. psl. vad. t.p. š.m. a.a. pav. pr. skyr. pried.
        saus. vas. kov. bal. geg. birž. liep. rugp. rugs. spal. lapkr. gruod. pirm.
        antr. treč. ketv. penkt. šešt. sekm. adv. gyd. inž. akad. red. tab.
    """,
    "lv": """
        p. apakšp. nr. Nr. piem. t.i. sk. skat. t.sk. tsk. plkst. apm.
        ap. Dr. prof. doc. v. janv. febr. apr. jūn. jūl. aug. sept. okt. nov. dec.
        pirmd. otrd. trešd. ceturtd. piektd. sestd. svētd. iel. pag. nov. red. att.
        tab. pielik.
    """,
    "mt": """
        Art. art. para. par. paġ. p. pp. Nru. nru. Nri. eż. pereż. i.e. e.g. Dr.
        Prof. Onor. Kap. kap. Reg. Dir. sez. subpara. Ġen. Jan. Fra. Mar. Apr. Mej.
        Ġun. Lul. Aww. Set. Ott. Nov. Diċ. St. Kumm. Inġ. Av.
        ibid.
    """,
    "nl": """
        art. artt. Art. nr. nrs. Nr. blz. p. pp. hfdst. hoofdst. bijv. b.v. d.w.z.
        m.a.w. o.a. i.p.v. m.b.t. t.a.v. t.o.v. jl. j.l. mr. Mr. dr. Dr. drs. Drs.
        ir. Ir. ing. Ing. prof. Prof. dhr. Dhr. mevr. Mevr. mw. Mw. jan. feb. mrt.
        apr. jun. jul. aug. sep. sept. okt. nov. dec. ma. di. wo. vr. vgl. zgn. z.g.
        resp. ca. incl. excl. max. min. evt. o.m. m.i.v. Stb. Stcrt. Pb. PbEU.
        dd. sub. bijl. overw. alin. red. ed. vert.
    """,
    "pl": """
        art. ust. pkt. lit. nr. Nr. s. str. t. ok. np. tj. tzn. tzw. m.in. dr. prof.
        mgr. inż. hab. ks. św. ul. al. pl. godz. ww. wg. tab. rys. zob. por. jw. ds.
        zał. poz. rozdz. im. Dz.U. Dz.Urz. sty. lut. mar. kwi. cze. lip. sie.
        wrz. paź. lis. gru. pn. wt. śr. czw. pt. sob. ndz. płk. gen. mjr. kpt. prok.
        sędz. red. wyd. ppkt. lit. akap. zd. dyr. woj. pow. gm.
    """,
    "pt": """
        Sr. Sra. Srs. Sras. Dr. Dra. Prof. Prof.ª Exmo. Exma. art. arts. Art. n.º n.os
        nº. p. pp. pág. págs. cap. vol. ed. p.ex. e.g. i.e. cf. cfr. aprox. al. jan.
        fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez. seg. ter. qua. qui.
        sex. sáb. dom. Av. Eng. Arq. V.Ex.ª parág. Reg. Dir. Dec.
    """,
    "ro": """
        art. alin. lit. pct. nr. Nr. p. pag. pp. cap. vol. ed. ex. deex. cf. cca.
        aprox. dl. Dl. dna. Dna. D-na. D-l. Dr. Prof. prof. Ing. ing. ian. feb. febr.
        mar. apr. iun. iul. aug. sept. oct. nov. dec. str. bd. reg. Reg. dir. Dir.
         sec. v. vol. tab. fig. jud. mun. sect.
    """,
    "sk": """
        čl. ods. písm. podods. č. s. str. tzv. napr. t.j. tj. tzn. resp. príp.
        porov. cca. kap. príl. odd. Ú.v. Ú.v.EÚ. Dr. JUDr. MUDr. PhDr. RNDr.
        PaedDr. Ing. Mgr. Bc. doc. prof. p. sv. ul. nám. jan. feb. mar. apr. jún. júl.
        aug. sept. okt. nov. dec. pon. ut. str. št. pia. so. obr. tab. vyd. roč.
        min. max. zák.
    """,
    "sl": """
        čl. odst. tč. tč. točk. št. str. npr. tj. t.i. oz. ozir. prim. gl. pribl. cca.
        dr. Dr. prof. mag. g. gdč. sv. ul. Ur.l. Ur.l.RS. jan. feb. mar. apr.
        jun. jul. avg. sep. okt. nov. dec. pon. tor. sre. čet. pet. sob. ned. pril.
        pogl. razd. poglav. alin. pododst. inž. univ. dipl.
    """,
    "sv": """
        art. nr. Nr. s. sid. st. p. kap. bil. jfr. jfr t.ex. bl.a. d.v.s. dvs. ca.
        resp. f.d. fr.o.m. t.o.m. inkl. exkl. ev. ang. enl. s.k. ff. f. fig. tab.
        uppl. hr. Hr. dr. Dr. prof. Prof. doc. fil.dr. jan. feb. febr. apr. jun. jul.
        aug. sep. sept. okt. nov. dec. mån. tis. ons. tors. fre. lör. sön. kl. ung.
        mom.
    """,
}

#: Abbreviations that often close a sentence ("etc."-style) per language.
_FINAL: dict[str, str] = {
    "bg": "и.др. ит.н. и.т.н. ипр. и.пр. и.с.н. др. АД. ЕАД. ООД. ЕООД.",
    "cs": "atd. apod. aj. ad. a.s. s.r.o. spol.",
    "da": "m.v. m.m. osv. o.l. m.fl. mfl. o.a. A/S. ApS. mv.",
    "de": "usw. u.Ä. u.ä. o.Ä. etc. e.V. Co. KG. GmbH. AG. u.v.m. u.s.w.",
    "el": "κ.λπ. κλπ. κ.ά. κ.λ.π. κ.τ.λ. κτλ. κ.ο.κ. Α.Ε. Ε.Π.Ε.",
    "en": "Inc. Ltd. Co. Corp. plc. a.m. p.m. LLC.",
    "es": "S.A. S.L. etc. Cía. S.L.U.",
    "et": "jne. jm. jms. jt. jpt. vm. AS. OÜ. jmt. vms.",
    "fi": "jne. ym. yms. tms. tm. ym. Oy. Oyj. Ab. ry.",
    "fr": "etc. S.A. SA. SARL. Cie.",
    "ga": "srl. etc. Teo. Cpt.",
    "hr": "itd. isl. d.o.o. d.d. sl.",
    "hu": "stb. Kft. Zrt. Nyrt. Bt. Rt.",
    "it": "ecc. S.p.A. s.p.a. S.r.l. s.r.l. etc.",
    "lt": "irkt. kt. irpan. pan. ir.t.t. t.t. UAB. AB.",
    "lv": "u.c. utt. u.t.t. u.tml. utml. SIA. AS. lpp.",
    "mt": "ecc. eċċ. etc. Ltd. plc.",
    "nl": "enz. e.d. e.a. etc. B.V. N.V. bv. nv.",
    "pl": "itd. itp. i.in. etc. sp. S.A. Sp.z.o.o. sp.z.o.o.",
    "pt": "etc. S.A. Lda. Ltda.",
    "ro": "etc. ș.a. ș.a.m.d. şamd. ş.a. ş.a.m.d. S.A. S.R.L.",
    "sk": "atď. apod. a.pod. a.s. s.r.o. spol.",
    "sl": "itd. ipd. idr. d.o.o. d.d. s.p.",
    "sv": "osv. o.s.v. m.m. m.fl. o.d. o.dyl. etc. AB.",
}

#: Year and quantity markers that may or may not close a sentence, per language.
_AMBIGUOUS: dict[str, str] = {
    "bg": "г. год. в. хил. млн. млрд. пр.н.е. сл.Хр. пр.Хр. н.е. ч. мин. лв. км.",
    "cs": "r. tis. mil. mld. př.n.l. n.l. Sb. hod. km. Kč.",
    "da": "f.Kr. e.Kr. mio. mia. t. kr.",
    "de": "Jh. Jhd. Jahrh. Chr. v.Chr. n.Chr. Mio. Mrd. Tsd. Min. Sek.",
    "el": "π.Χ. μ.Χ. εκ. εκατ. δισ. χιλ. ώρ.",
    "en": "U.S. U.K. U.N. E.U. B.C. A.D. bn. m. km. mn.",
    "es": "a.C. d.C. EE.UU. mill. mil. hrs.",
    "et": "eKr. pKr. mln. mld. a. tk. tuh. km.",
    "fi": "eKr. jKr. milj. mrd. t. km.",
    "fr": "av.J.-C. apr.J.-C. J.-C. mio. mrd. h. km.",
    "ga": "R.C. A.D. r.Ch. i.d.Ch.",
    "hr": "god. pr.Kr. po.Kr. tis. mil. mlrd. sat. km.",
    "hu": "Kr.e. Kr.u. i.sz. e. ezr. mrd. Ft. km.",
    "it": "a.C. d.C. mln. mld. km.",
    "lt": "m. d. a. pr.Kr. po.Kr. tūkst. mln. mlrd. km. val. min.",
    "lv": "g. gs. p.m.ē. m.ē. milj. mljrd. tūkst. km.",
    "mt": "QK. WK. km.",
    "nl": "v.Chr. n.Chr. mln. mld. km.",
    "pl": "r. w. br. b.r. ub.r. tys. mln. mld. p.n.e. n.e. zł. gr. km. min.",
    "pt": "a.C. d.C. mil. km.",
    "ro": "î.Hr. d.Hr. î.e.n. e.n. mil. mld. km.",
    "sk": "r. tis. mil. mld. pred.n.l. n.l. hod. km. Zb. Z.z.",
    "sl": "l. pr.n.št. n.št. tis. mio. mrd. km. ur.",
    "sv": "f.Kr. e.Kr. milj. mdr. kr. km. tim.",
}

#: How each language abbreviates "Official Journal of the European Union". Only the dotted
#: forms matter for sentence splitting; all are kept as reference data.
JOURNAL_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "bg": ("ОВ",),
    "cs": ("Úř. věst.",),
    "da": ("EUT",),
    "de": ("ABl.",),
    "el": ("ΕΕ",),
    "en": ("OJ",),
    "es": ("DO",),
    "et": ("ELT",),
    "fi": ("EUVL",),
    "fr": ("JO",),
    "ga": ("IO",),
    "hr": ("SL",),
    "hu": ("HL",),
    "it": ("GU",),
    "lt": ("OL",),
    "lv": ("OV",),
    "mt": ("ĠU",),
    "nl": ("PB",),
    "pl": ("Dz.U.", "Dz. Urz."),
    "pt": ("JO",),
    "ro": ("JO",),
    "sk": ("Ú. v.", "Ú. v. EÚ"),
    "sl": ("UL",),
    "sv": ("EUT",),
}

#: Abbreviations of "page" that precede a page number: the number after them is a cardinal,
#: so "S. 83." or "str. 83." ends a sentence before a capital even in languages with ordinal
#: dots.
_PAGE: dict[str, str] = {
    "bg": "стр. с.", "cs": "s. str.", "da": "s.", "de": "S.", "el": "σ. σελ.", "en": "p. pp.",
    "es": "p. pp. pág. págs.", "et": "lk. lk", "fi": "s. ss.", "fr": "p. pp.", "ga": "lch. lgh.",
    "hr": "str.", "hu": "o. old.", "it": "p. pp. pag. pagg.", "lt": "p. psl.", "lv": "lpp.",
    "mt": "p. pp. paġ.", "nl": "p. pp. blz.", "pl": "s. str.", "pt": "p. pp. pág. págs.",
    "ro": "p. pp. pag.", "sk": "s. str.", "sl": "str.", "sv": "s. sid.",
}  # fmt: skip

#: Frequent sentence-initial words (articles, pronouns, prepositions, connectives), as they
#: are written at the start of a sentence. After an ordinal-like number or an ambiguous
#: abbreviation a sentence ends only before one of these.
_STARTERS: dict[str, str] = {
    "bg": """
        Той Тя То Те Ние Вие Аз Това Този Тази Тези Онзи Онази В Във На За От До С Със По
        Пред След Преди Според През Съгласно Съответно Но И Или А Обаче Също Освен
        Затова Следователно Така Когато Ако Въпреки Защото Докато Днес Сега Всички
        Много Някои Всеки Никой Не Е Беше Има Там Тук Междувременно Още Вече Най
    """,
    "cs": """
        Ten Ta To Ti Ty Tento Tato Toto Tyto Tito Tím On Ona Ono Oni Ony My Vy Já V Ve
        Na Za Od Do Z Ze Po Před Podle Během Kvůli Ale A I Nebo Však Také Navíc Proto
        Tedy Tak Když Pokud Ačkoli Protože Zatímco Dnes Nyní Všichni Vše Mnoho Někteří
        Každý Žádný Není Je Byl Byla Bylo Byly Již Rovněž Jeho Její Jejich Tato
    """,
    "da": """
        Den Det De Disse Denne Dette En Et Han Hun Vi Jeg Du I Man Der Her På Ved Med For
        Efter Før Siden Under Ifølge Gennem Af Fra Om Mellem Men Og Eller Dog Også
        Desuden Derfor Så Da Når Fordi Mens Selvom Nu Alle Mange Nogle Hver Ingen Ikke
        Samtidig Herudover Endvidere
    """,
    "de": """
        Die Der Das Dies Diese Dieser Dieses Den Dem Des Ein Eine Einer Eines Es Er Sie
        Wir Ich Ihr Man In Im Am An Auf Aus Bei Durch Für Mit Nach Seit Über Unter Von
        Vor Zu Zum Zur Während Wegen Trotz Als Auch Aber Allerdings Außerdem Also Dabei
        Daher Damit Danach Dann Darüber Darum Dass Deshalb Doch Dort Ebenso
        Gleichzeitig Hier Heute Insbesondere Jedoch Nun Nur So Somit Sowohl Und Wenn
        Wie Weil Zudem Zugleich Zwar Bereits Inzwischen Viele Alle Einige Beide Jetzt
        Laut Ferner Darüber Hierzu Diesbezüglich Vielmehr Sein Seine Ihre
    """,
    "el": """
        Ο Η Το Οι Τα Τον Την Του Της Των Ένας Μία Μια Ένα Αυτός Αυτή Αυτό Αυτοί Αυτές Αυτά
        Εκείνος Εκείνη Εκείνο Εμείς Εσείς Εγώ Σε Στο Στη Στην Στον Στα Στις Στους Με Για
        Από Κατά Μετά Πριν Σύμφωνα Ωστόσο Όμως Αλλά Και Ή Επίσης Επιπλέον Επομένως Έτσι
        Όταν Αν Εάν Ενώ Επειδή Σήμερα Τώρα Όλοι Όλα Πολλοί Ορισμένοι Κάθε Κανένας Δεν
        Είναι Ήταν Υπάρχει Παράλληλα Συνεπώς
    """,
    "en": """
        The A An This That These Those It He She We They I You There Here In On At By For
        From With As After Before During Since Under Over According However But And Or
        So Yet Also Although Though While When If Because Moreover Furthermore Meanwhile
        Nevertheless Therefore Thus Today Now Many Some Most All Both Each Every Such Its
        His Her Their Our No Not What Where Who Which Further Finally Instead
    """,
    "es": """
        El La Los Las Lo Un Una Unos Unas Este Esta Estos Estas Esto Ese Esa Eso Él Ella
        Ellos Ellas Nosotros Se Su Sus En Con Por Para Desde Durante Tras Según Sin
        Sobre Entre Al Del De A Pero Y O Además Asimismo También No Así Cuando Si Aunque
        Mientras Como Hoy Ahora Todos Todas Muchos Algunos Cada Ninguno Hay Fue Es Era
        Por Posteriormente Sin Dicho Dicha
    """,
    "et": """
        See Need Too Tema Nad Me Meie Mina Sina Te Seal Siin Aastal Kui Kuna Kuigi Aga Ja
        Või Ning Samuti Lisaks Siiski Seetõttu Seega Nüüd Täna Kõik Paljud Mõned Iga
        Ei On Oli Selle Sellest Neid Pärast Enne Vastavalt Nende Tema
    """,
    "fi": """
        Se Ne Tämä Nämä Tuo Hän He Me Minä Sinä Te Siellä Täällä Vuonna Kun Jos Koska
        Vaikka Mutta Ja Tai Sekä Myös Lisäksi Kuitenkin Siksi Sen Sitä Siitä Niiden
        Heidän Nyt Tänään Kaikki Monet Jotkut Useat Jokainen Ei On Oli Tämän Näiden
        Tästä
    """,
    "fr": """
        Le La Les L Un Une Des Du De Ce Cet Cette Ces Il Elle Ils Elles On Nous Vous Je
        Cela Ceci En Dans Au Aux À Par Pour Sur Sous Avec Après Avant Depuis Selon Mais
        Et Ou Donc Or Ni Car Cependant Toutefois Pourtant Ainsi Alors Aussi Enfin Puis
        Néanmoins Lorsque Quand Si Comme Tous Toutes Plusieurs Certains Chaque Aucun
        Son Sa Ses Leur Leurs Notre Nos D C Qu Il
    """,
    "ga": """
        An Na Tá Bhí Níl Is Ní Sé Sí Siad Muid Mé Tú Sa Sna I Ar Ag Le Do De Ó Faoi Roimh
        Tar Idir Trí Chun Mar Ach Agus Nó Freisin Fós Dá Má Nuair Cé Toisc Óir Inniu
        Anois Gach Go Ba Beidh Dúirt Maidir Ina Sin Seo Chomh Rinne Thug
    """,
    "hr": """
        To Taj Ta Te Ti Ovaj Ova Ovo Ovi Ove On Ona Ono Oni One Mi Vi Ja U Na Za Od Do
        Iz Sa S Po Prema Nakon Tijekom Prije Zbog Ali I Ili A No Međutim Također Osim
        Stoga Dakle Tako Kada Kad Ako Iako Jer Dok Danas Sada Svi Sve Mnogi Neki Svaki
        Nije Je Bio Bila Bilo Njegov Njezin Njihov Dana
    """,
    "hu": """
        A Az Egy Ez Ezt Ezek Ezen Ebben Ennek Ezért Azonban Ő Ők Mi Mint Ha Amikor
        Miután Mivel Bár Noha De És Vagy Sőt Emellett Továbbá Ugyanakkor Így Ekkor
        Akkor Ott Itt Most Ma Minden Sok Néhány Több Nem Van Volt Szerinte Erre Ezzel
        Ezzel Eközben Később Korábban
    """,
    "it": """
        Il Lo La I Gli Le L Un Uno Una Questo Questa Questi Queste Quello Quella Esso
        Essa Egli Lei Lui Noi Voi Loro Si Ci Ne Nel Nella Nei Nelle Nello Dal Dalla Dai
        Del Della Dei Degli Delle Al Alla Ai Agli Alle All Dell Nell In Con Per Su Da
        Tra Fra Dopo Prima Durante Secondo Ma E Ed O Inoltre Tuttavia Però Anche Così
        Quando Se Mentre Come Oggi Ora Tutti Tutte Molti Alcuni Ogni Nessun Non Già
    """,
    "lt": """
        Tai Tas Ta Tie Tos Šis Ši Šie Šios Jis Ji Jie Jos Mes Jūs Aš Tačiau Bet Ir Ar
        Arba Taip Todėl Taigi Kai Jei Jeigu Nors Nes Kol Šiandien Dabar Visi Visos Daug
        Kiekvienas Nėra Yra Buvo Į Per Po Prieš Pagal Dėl Iš Nuo Su Apie Šiuo Tuo Vėliau
        Be Tuomet
    """,
    "lv": """
        Tas Tā Tie Tās Šis Šī Šie Šīs Viņš Viņa Viņi Viņas Mēs Jūs Es Tomēr Bet Un Vai Arī
        Turklāt Tāpēc Tātad Kad Ja Lai Jo Kamēr Šodien Tagad Visi Visas Daudzi Daži
        Katrs Neviens Nav Ir Bija Pēc Pirms Saskaņā Par No Uz Ar Pie Līdz Kopš Šajā
        Tajā
    """,
    "mt": """
        Il Is It Id In Ir Ix Iż Iċ L Dan Din Dawn Dak Dik Huwa Hija Huma Aħna Intom Jien
        Fil Fl Fuq Għal Għall Mill Minn Ma Mal Bil B Wara Qabel Matul Skont Iżda Imma U
        Jew Madankollu Barra Għalhekk Allura Hekk Meta Jekk Għalkemm Għax Peress Waqt
        Illum Issa Kollha Ħafna Xi Kull Ebda Mhux Hemm Hawn Kien Kienet Kienu
    """,
    "nl": """
        De Het Een Dit Deze Dat Die Hij Zij Ze Wij We Ik Jij Je U Men Er Hier Daar In Op
        Aan Bij Met Voor Na Sinds Tijdens Volgens Door Van Uit Over Onder Maar En Of
        Toch Echter Ook Bovendien Daarnaast Daarom Dus Zo Toen Als Wanneer Omdat Hoewel
        Terwijl Vandaag Nu Alle Veel Sommige Elke Geen Niet Zijn Haar Hun
    """,
    "pl": """
        To Ten Ta Te Ci Tego Tym On Ona Ono Oni One My Wy Ja W We Na Za Od Do Z Ze Po
        Przed Według Podczas Dzięki Ale A I Lub Oraz Jednak Również Także Ponadto
        Dlatego Więc Tak Gdy Kiedy Jeśli Jeżeli Chociaż Choć Ponieważ Dziś Dzisiaj Teraz
        Wszyscy Wszystkie Wiele Niektórzy Każdy Żaden Nie Jest Był Była Było Były Już
        Natomiast Obecnie Jego Jej Ich
    """,
    "pt": """
        O A Os As Um Uma Uns Umas Este Esta Estes Estas Isto Esse Essa Isso Aquele
        Aquela Ele Ela Eles Elas Nós Se No Na Nos Nas Do Da Dos Das Ao À Aos Em Com Por
        Para Desde Durante Após Segundo Sem Sobre Entre Mas E Ou Além Também Contudo
        Porém Assim Quando Embora Enquanto Como Hoje Agora Todos Todas Muitos Alguns
        Cada Nenhum Não Há Foi É
    """,
    "ro": """
        Acest Această Aceste Acești Acesta Aceasta Aceea Acel Acea El Ea Ei Ele Noi Voi
        Eu Se Un O Unii Unele În Pe La Cu Din De Prin Pentru După Înainte Conform
        Potrivit Între Dar Iar Și Sau Totuși Însă Astfel Atunci Când Dacă Deși
        Deoarece Fiecare Toți Toate Mulți Nu Există Este Au
    """,
    "sk": """
        Ten Tá To Tí Tie Tento Táto Toto Tieto On Ona Ono Oni Ony My Vy Ja V Vo Na Za Od
        Do Z Zo Po Pred Podľa Počas Kvôli Ale A I Alebo Však Tiež Okrem Preto Teda Tak
        Keď Ak Hoci Pretože Zatiaľ Dnes Teraz Všetci Všetko Mnohí Niektorí Každý
        Žiadny Nie Je Bol Bola Bolo Boli Už Rovnako Jeho Jej Ich
    """,
    "sl": """
        To Ta Te Ti On Ona Ono Oni One Mi Vi Jaz V Na Za Od Do Iz S Z Po Pred Med Zaradi
        Ampak In Ali Pa A Vendar Tudi Poleg Zato Torej Tako Ko Če Čeprav Ker Medtem
        Danes Zdaj Vsi Vse Mnogi Nekateri Vsak Noben Ni Je Bil Bila Bilo Njegov Njen
        Njihov
    """,
    "sv": """
        Den Det De Dessa Denna Detta En Ett Han Hon Vi Jag Du Ni Man Där Här I På Vid Med
        För Efter Före Sedan Under Enligt Genom Av Från Om Mellan Men Och Eller Dock
        Också Även Dessutom Därför Så Då När Eftersom Medan Trots Idag Nu Alla Många
        Några Varje Ingen Inte Samtidigt Vidare Hans Hennes Deras
    """,
}

#: Languages that write ordinal numbers with a full stop ("am 2. Januar", "18. istunto",
#: "2021. február"): a number followed by a full stop is not a sentence end by default.
ORDINAL_DOT_LANGUAGES: frozenset[str] = frozenset(
    {"cs", "da", "de", "et", "fi", "hr", "hu", "lv", "sk", "sl"}
)

#: Languages that also write the year with an ordinal full stop ("2022. január",
#: "11. siječnja 2022.", "2022. gada", "2022. aastal"): a year followed by a full stop and
#: a name ("Krajem 2017. Siminoff je ...") is not a sentence end by default either.
YEAR_DOT_LANGUAGES: frozenset[str] = frozenset({"et", "hr", "hu", "lv"})

#: Languages whose ordinals often stand before a capitalised word, so that a capital after
#: an ordinal says nothing about a sentence end: German nouns ("die 18. Sitzung",
#: "155. Stelle"), Croatian references to named acts ("stavka 5. Ugovora",
#: "stavka 4. Poslovnika").
CAPITALS_AFTER_ORDINALS_LANGUAGES: frozenset[str] = frozenset({"de", "hr"})


def _journal_entries(lang: str) -> frozenset[str]:
    """The dotted Official Journal abbreviations of ``lang``, without internal spaces."""
    forms = ("".join(form.split()) for form in JOURNAL_ABBREVIATIONS.get(lang, ()))
    return frozenset(form for form in forms if form.endswith("."))


#: Non-final abbreviations per language, common ones and dotted journal forms included.
ABBREVIATIONS: dict[str, frozenset[str]] = {
    lang: _entries(_COMMON_NONFINAL, _NONFINAL[lang]) | _journal_entries(lang)
    for lang in EU_LANGUAGES
}

#: Abbreviations that often close a sentence, per language.
FINAL_ABBREVIATIONS: dict[str, frozenset[str]] = {
    lang: _entries(_COMMON_FINAL, _FINAL[lang]) for lang in EU_LANGUAGES
}

#: Abbreviations that close a sentence only before a sentence starter, per language.
AMBIGUOUS_ABBREVIATIONS: dict[str, frozenset[str]] = {
    lang: _entries(_COMMON_AMBIGUOUS, _AMBIGUOUS[lang]) for lang in EU_LANGUAGES
}

#: "Page" abbreviations per language (see ``_PAGE``).
PAGE_ABBREVIATIONS: dict[str, frozenset[str]] = {
    lang: _entries(_PAGE[lang]) for lang in EU_LANGUAGES
}

#: Frequent sentence-initial words per language.
SENTENCE_STARTERS: dict[str, frozenset[str]] = {
    lang: _entries(_STARTERS[lang]) for lang in EU_LANGUAGES
}
