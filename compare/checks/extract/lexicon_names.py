"""Capitalised words that are not names, per language, written for this project.

Each list holds the words most often capitalised in EU texts without being a proper name:
sentence starters (articles, pronouns, prepositions, conjunctions), the verbs and formulas
that open the units of a resolution ("Calls", "Considérant", "Ottaa huomioon"), and the
institutions and titles written with a capital ("Council", "President", "Member States").
Institutions are left out of names on purpose: their names are translated, not transliterated,
so they cannot be compared by spelling. Month and weekday names are added from CLDR.

German capitalises every noun, so it gets a longer list of common nouns, the heads that end
German compounds ("Flüssig|gas", "Menschen|rechte") and noun suffixes ("-ung", "-heit").
"""

from __future__ import annotations

#: Common capitalised words, lower case, per language.
COMMON: dict[str, str] = {
    "bg": """
        а ако в във все вместо вследствие въпреки да до докато ето за и или им как като
        когато което които която който към ли на над не него нея но няма обаче от относно
        по под поради после при приканва призовава противно с след според средно със също
        така те тези то този тук че чрез ще това тя той те ние вие аз ако
        европейския европейският европейската европейски европейско европейските
        парламент парламентът парламента съвет съветът съвета комисия комисията съюз съюза
        съюзът държави държавите членки председател председателят председателя президент
        президентът президента правителство правителството правителството организация
        организацията обединените нации комитет комитетът споразумение споразумението
        договор договора договорът декларация декларацията конвенция конвенцията
        резолюция резолюцията регламент регламента директива директивата член параграф
        заместник-председател заместник-председателя върховен върховния представител
        представителя специален специалния представител служба службата интернет
        осъжда настоятелно подчертава изразява отбелязва отново приветства настоява
        счита изтъква посочва възлага припомня решение решението всеобщата международния
        правилник приети текстове централна азия
    """,
    "cs": """
        radu radě radou komisi komisí parlamentem unií
        a aby ale ani až bez by byl byla bylo co či do i jak jako je jejich jeho její již jsou k
        kde když kromě mezi na nad o od oproti po pod podle pokud pro proti před při s se
        tak také tedy to toho tím u v ve vzhledem z za ze že než nebo jenž který která které
        evropský evropská evropské evropského evropskou evropském parlament parlamentu
        rada rady radě komise komisi unie unii evropská členské členských státy států
        předseda předsedy předsedovi prezident prezidenta prezidentem vláda vlády vládu
        organizace spojených národů výbor výboru dohoda dohody smlouva smlouvy smlouvě
        prohlášení úmluva úmluvy usnesení nařízení směrnice článek článku odstavec
        místopředseda místopředsedy vysoký vysoká vysokého představitel představitele
        zvláštní zvláštního služba služby internet přijaté texty střední asie
        vyzývá naléhavě odsuzuje zdůrazňuje vyjadřuje konstatuje opětovně vítá trvá
        domnívá připomíná pověřuje lituje bere
    """,
    "da": """
        af alle at bl dem den der det dets deres disse dog efter eller en end et for fra før
        har hun hvis hvor hvilket i ikke imod ind med men mod nu når og om op over på samt
        selv sig sin sine som til under ved være
        europa-parlamentet europæiske europæisk parlamentet parlament rådet råd kommissionen
        kommission unionen union medlemsstaterne medlemsstater formand formanden præsident
        præsidenten regeringen regering forenede nationer udvalg udvalget aftale aftalen
        traktaten traktat erklæring erklæringen konvention konventionen beslutning
        forordning direktiv artikel stk næstformand næstformanden højtstående
        repræsentant repræsentanten særlig særlige tjeneste internettet internet
        vedtagne tekster centralasien
        opfordrer indtrængende fordømmer understreger udtrykker bemærker gentager
        glæder beklager mener påpeger minder pålægger henviser
    """,
    "de": """
        herr herrn frau frauen kommissar kommissarin ja nein ebenso antrag berichterstatter
        berichterstatterin fraktion fraktionen präsidium kollegen kolleginnen
        reporter grenzen wahl demokratische
        aber als am an auch auf aus bei beim bis da damit dass dem den denen der deren des
        dessen die dies diese diesem diesen dieser dieses durch ein eine einem einen einer
        eines er es für gegen hier ihr ihre im in indem ist jedoch mit nach neben nicht noch
        ob oder ohne seit sich sie so sowie über um und unter vom von vor während was weil
        wenn wie wir zu zum zur zwischen trotz infolge gemäß angesichts
        europäische europäischen europäischer europäisches vereinten vereinte hohe hohen
        hoher internationale internationalen internationaler allgemeine allgemeinen
        demokratische demokratischen kasachische kasachischen russische russischen
        parlament parlaments parlamente rat rates kommission union mitgliedstaaten
        mitgliedstaat präsident präsidenten präsidentin regierung regierungen staaten
        vertreter vertreters vertreterin sonderbeauftragte sonderbeauftragten
        vizepräsident vizepräsidenten organisation organisationen nationen ausschuss
        ausschusses abkommen abkommens vertrag vertrags vertrages erklärung erklärungen
        übereinkommen übereinkommens entschließung entschließungen verordnung richtlinie
        artikel absatz geschäftsordnung dienst dienstes internet angenommene texte
        zentralasien europarat kooperationsrat
        fordert bedauert verurteilt betont erklärt begrüßt nimmt weist bekräftigt
        beauftragt ist erwartet vertritt hält unterstreicht
    """,
    "el": """
        τύπου σύνορα ανθρώπινα δικαιώματα δικαιωμάτων ειδικής ειδική ειδικό εντεταλμένης
        εντεταλμένο δημοσιογράφοι δημοσιογράφων χωρίς δημοκρατική επιλογή
        αν αλλά από για δε δεν διότι εάν εκ ενώ επί η και κατά μα με μεταξύ να ο οι όμως
        ότι παρά περί προς σε στα στη στην στις στο στον στους τα τη την της τις το τον
        του τους των ως ωστόσο όπως όταν λαμβάνοντας έχοντας
        ευρωπαϊκό ευρωπαϊκού ευρωπαϊκή ευρωπαϊκής ευρωπαϊκών κοινοβούλιο κοινοβουλίου
        συμβούλιο συμβουλίου επιτροπή επιτροπής ένωση ένωσης κράτη κρατών μέλη μελών
        πρόεδρος προέδρου πρόεδρο κυβέρνηση κυβέρνησης οργανισμός οργανισμού ηνωμένων
        εθνών επιτροπή συμφωνία συμφωνίας συνθήκη συνθήκης δήλωση δήλωσης σύμβαση
        σύμβασης ψήφισμα ψηφίσματος κανονισμός κανονισμού οδηγία άρθρο παράγραφος
        αντιπρόεδρος αντιπροέδρου ύπατος ύπατου ύπατη ύπατης εκπρόσωπος εκπροσώπου
        ειδικός ειδικού υπηρεσία υπηρεσίας διαδίκτυο κείμενα εγκρίθηκαν κεντρική ασία
        καλεί καταδικάζει τονίζει εκφράζει σημειώνει επαναλαμβάνει χαιρετίζει εκφράζει
        θεωρεί υπενθυμίζει αναθέτει λυπάται ζητεί
    """,
    "en": """
        i mr mrs ms madam sir dr st members member house quaestors quaestor commissioner group
        groups minutes presidency bureau conference chair rapporteur
        reporters borders without democratic choice human rights office institutions
        security co-operation cooperation ministry internal affairs director minister
        interior foreign affairs policy
        a about after against all also although an and any are as at be because before being
        between both but by can could during each either for from had has have having he her
        his however if in into is it its may more most no nor not of on one only or other our
        out over she should since so some such than that the their them then there these they
        this those though through to under unless until upon was we were whereas which while
        who whom whose will with within without would yet
        european parliament council commission union member states state president
        government governments vice-president high representative special representative
        service external action united nations human rights committee agreement treaty
        declaration convention resolution regulation directive article articles rule rules
        procedure office organisation organization court internet texts adopted central asia
        calls urges condemns deplores stresses underlines expresses notes reiterates
        welcomes regrets considers recalls instructs believes takes points insists
        encourages emphasises emphasizes highlights asks demands supports
    """,
    "es": """
        señorías señoría señora señor sres sr sra asamblea presidencia grupo grupos acta
        comisaria comisario cámara ponente mesa conferencia
        a al ante aunque bajo como con contra cuando de del desde donde durante e el ella
        ellos en entre es esta este esto hacia hasta la las le les lo los mediante ni no o
        para pero por que se según sin sobre su sus también tras un una y ya
        vistos visto considerando considerandos pide insta condena lamenta subraya destaca
        expresa señala reitera acoge celebra considera recuerda encarga cree toma hace
        parlamento europeo europea consejo comisión unión estados miembros estado
        presidente presidenta gobierno vicepresidente vicepresidenta alta alto
        representante especial servicio organización naciones unidas comité acuerdo tratado
        declaración convención resolución resoluciones reglamento directiva artículo
        apartado internet textos aprobados asia central interno
    """,
    "et": """
        nõukogu nõukogule komisjoni komisjonile parlamenti
        aga ega ei et ja juba kas kuid kui kus mis mida nagu ning nii ning oma on pärast
        sest see selle seda siis ta nad ka kõik kuna ilma vastu üle alates kuni
        võttes arvestades kutsub mõistab rõhutab väljendab märgib kordab tervitab peab
        tuletab teeb avaldab nõuab kahetseb
        euroopa parlament parlamendi nõukogu komisjon komisjoni liit liidu liikmesriigid
        liikmesriikide president presidendi valitsus valitsuse asepresident kõrge
        esindaja eriesindaja teenistus organisatsioon ühinenud rahvaste komitee leping
        lepingu deklaratsioon konventsioon resolutsioon määrus direktiiv artikkel artikli
        internet vastuvõetud tekstid kesk-aasia
    """,
    "fi": """
        toimittajat rajoja demokraattinen valinta ihmisoikeuksien
        ja jos joka jotka kun kuin mutta että ei eikä myös sekä tai vaan koska vaikka
        jonka joiden jossa sen se ne niiden hän he me te sitä siitä siihen tämä nämä
        ottaa huomioon kehottaa tuomitsee korostaa ilmaisee panee toteaa pitää muistuttaa
        antaa pahoittelee katsoo suhtautuu vaatii edellyttää
        euroopan parlamentti parlamentin neuvosto neuvoston komissio komission unioni
        unionin jäsenvaltiot jäsenvaltioiden puheenjohtaja presidentti presidentin
        hallitus hallituksen varapuheenjohtaja korkea edustaja erityisedustaja
        ulkosuhdehallinto järjestö yhdistyneiden kansakuntien valiokunta sopimus
        sopimuksen julistus yleissopimus päätöslauselma asetus direktiivi artikla
        internet hyväksytyt tekstit keski-aasia
    """,
    "fr": """
        monsieur madame messieurs mesdames commissaire groupe rapporteur rapporteure
        présidence bureau conférence
        reporters frontières choix démocratique droits homme
        à au aux avec ce ces cet cette comme dans de des du elle elles en entre et il ils
        la le les leur leurs lors mais ne ni notamment ou où par pour qu que qui sa sans se
        selon ses si son sur un une vu vus considérant
        invite demande prie condamne déplore souligne insiste exprime note réaffirme
        rappelle salue estime regrette charge considère se félicite prend fait
        parlement européen européenne conseil commission union états membres état
        président présidente gouvernement vice-président vice-présidente haut haute
        représentant représentante spécial spéciale service organisation nations unies
        comité accord traité déclaration convention résolution règlement directive article
        paragraphe internet textes adoptés asie centrale
    """,
    "ga": """
        cearta chearta duine teorainneacha tuairisceoirí rogha dhaonlathach
        a ag agus ach an ar as atá ba bhí chun cé de do dá faoi go gur i in is le leis
        lena má mar na nach nó ó os sa sé sí siad seo sin trí um ina iad freisin
        de bhrí ag féachaint iarrann cáineann leagann cuireann léiríonn tugann fáiltíonn
        athdhearbhaíonn meabhraíonn treoraíonn measann
        parlaimint pharlaimint eorpach eorpaigh comhairle coimisiún choimisiún aontas
        aontais ballstáit bhallstáit uachtarán uachtaráin tuachtarán rialtas rialtais
        leas-uachtarán ard-ionadaí ionadaí speisialta seirbhís eagraíocht náisiún
        náisiúin aontaithe coiste comhaontú conradh chonradh dearbhú coinbhinsiún rún
        rialachán treoir airteagal riail rialacha idirlíon téacsanna glactha an áise láir
    """,
    "hr": """
        vijeću komisiju komisiji parlamentu uniju
        a ako ali bez da do dok i ili iz ja je jer još k kad kako kao koji koja koje kojima
        među na nad ne niti o od pa po pod poput pred pri prema s sa se su te u uz za zbog
        uzimajući budući poziva osuđuje naglašava izražava primjećuje ponavlja pozdravlja
        smatra podsjeća nalaže žali ističe traži
        europski europskog europska europske europskom parlament parlamenta vijeće vijeća
        komisija komisije unija unije države članice predsjednik predsjednika predsjednica
        vlada vlade potpredsjednik potpredsjednika visoki visokog predstavnik predstavnika
        posebni posebnog služba službe organizacija ujedinjenih naroda odbor sporazum
        ugovor ugovora deklaracija konvencija rezolucija uredba direktiva članak stavak
        internet usvojeni tekstovi srednju aziju srednja azija poslovnik poslovnika
    """,
    "hu": """
        tanácsot tanácsnak bizottságot bizottságnak parlamentnek uniónak
        riporterek határok nélkül közép demokratikus választása emberi jogi
        a az akkor amely amelyek amelyet aki akik amikor azonban de és ha hogy is itt
        ki meg mert mint mivel nem noha pedig sem vagy valamint vagyis egy ez ezek azt
        tekintettel felszólítja elítéli hangsúlyozza kifejezi megjegyzi ismételten üdvözli
        sajnálja úgy véli emlékeztet utasítja rámutat sürgeti
        európai parlament parlamentet tanács tanácsot bizottság bizottságot unió uniót
        tagállamok tagállamai elnök elnöke kormány kormánya alelnök főképviselő
        különleges képviselő szolgálat szervezet egyesült nemzetek megállapodás szerződés
        nyilatkozat egyezmény állásfoglalás rendelet irányelv cikk internet elfogadott
        szövegek közép-ázsia eljárási szabályzat
    """,
    "it": """
        assemblea commissario commissaria presidenza istituzioni plenaria signor signora
        signori segretario capi gruppo gruppi relatore relatrice processo verbale onorevoli
        colleghi
        a ad al alla alle agli ai che ci con da dal dalla dei del della delle degli di e ed
        gli i il in la le lo ma ne nei nel nella non o per però se si su sua sue suo suoi
        tra fra un una uno visti vista visto considerando
        invita chiede esorta condanna deplora sottolinea esprime prende ribadisce accoglie
        plaude ritiene rammenta incarica deplora reputa
        parlamento europeo europea consiglio commissione unione stati membri stato
        presidente governo vicepresidente alto alta rappresentante speciale servizio
        organizzazione nazioni unite comitato accordo trattato dichiarazione convenzione
        risoluzione regolamento direttiva articolo paragrafo internet testi approvati asia
        centrale
    """,
    "lt": """
        tarybą tarybai taryboje komisiją komisijai parlamentą parlamentui sąjungą
        centrinei centrinės azijai azijos reporteriai be sienų demokratinis pasirinkimas
        atsižvelgdamas kadangi ir ar bet o kad kai kaip jei jog nes nors su be per prie
        pagal dėl iš į ant apie už po tarp nuo iki taip pat tai šis ši tie jie jos jo
        ragina smerkia pabrėžia išreiškia pažymi pakartoja palankiai apgailestauja mano
        primena paveda reikalauja
        europos parlamentas parlamento taryba tarybos komisija komisijos sąjunga sąjungos
        valstybės narės narių pirmininkas prezidentas prezidento vyriausybė vyriausybės
        pirmininko pavaduotoja vyriausioji įgaliotinė specialusis įgaliotinis tarnyba
        organizacija jungtinių tautų komitetas susitarimas sutartis sutarties deklaracija
        konvencija rezoliucija reglamentas direktyva straipsnis internetas priimti tekstai
        centrinė azija darbo tvarkos taisyklių
    """,
    "lv": """
        padomi padomei komisiju komisijai parlamentu parlamentam savienību
        ņemot tā kā un vai bet ja jo lai ka kas kur kad arī no uz par pie pret pēc ar bez
        līdz starp tas tā šis šī tie viņi viņa viņš
        aicina nosoda uzsver pauž atzīmē atkārtoti atzinīgi pauž nožēlo uzskata atgādina
        uzdod prasa norāda
        eiropas parlaments parlamenta padome padomes komisija komisijas savienība
        savienības dalībvalstis dalībvalstu priekšsēdētājs prezidents prezidenta valdība
        valdības priekšsēdētāja vietnieks augstais pārstāvis īpašais pārstāvis dienests
        organizācija apvienoto nāciju komiteja nolīgums līgums līguma deklarācija
        konvencija rezolūcija regula direktīva pants reglaments reglamenta internets
        pieņemtie teksti centrālāzija centrālāzijā
    """,
    "mt": """
        il l li u jew iżda ma minn fuq għal għall fil fl tal tas tat tad tar taż bħala
        billi wara kkunsidra meta biex dwar bejn lil lill ta b f kif anki wkoll
        jistieden jikkundanna jenfasizza jesprimi jinnota jtenni jilqa jiddispjaċih
        iqis ifakkar jagħti jitlob
        parlament ewropew ewropea kunsill kummissjoni unjoni stati membri stat president
        gvern viċi-president rappreżentant għoli għolja speċjali servizz organizzazzjoni
        nazzjonijiet magħquda kumitat ftehim trattat dikjarazzjoni konvenzjoni
        riżoluzzjoni regolament direttiva artikolu paragrafu internet testi adottati asja
        ċentrali regoli proċedura
    """,
    "nl": """
        mijnheer mevrouw commissaris fractie rapporteur voorzitterschap
        aan als bij dat de deze die dit door een en er het hij hun in is met na naar niet
        of om omdat onder op over te tegen tot uit van voor want wat wie zij zijn gezien
        overwegende
        verzoekt roept veroordeelt betreurt benadrukt onderstreept spreekt merkt herhaalt
        verwelkomt is herinnert draagt vindt wijst dringt
        europees europese parlement raad commissie unie lidstaten lidstaat voorzitter
        president regering vicevoorzitter hoge vertegenwoordiger speciale dienst
        organisatie verenigde naties comité overeenkomst verdrag verklaring resolutie
        verordening richtlijn artikel lid reglement internet aangenomen teksten
        centraal-azië
    """,
    "pl": """
        radę radzie radą komisję komisji komisją parlamencie parlamentem unię unią
        reporterzy granic granicy środkowej środkowa demokratyczny wybór praw człowieka
        a aby ale bez by co czy do dla gdy i jak jako jednak jego jej ich jeśli lub między
        na nad nie o od oraz po pod podczas przed przez przy się w we z za ze że który
        która które którzy uwzględniając mając
        wzywa apeluje potępia ubolewa podkreśla wyraża zauważa ponownie z zadowoleniem
        uważa przypomina zobowiązuje domaga
        europejski europejskiego europejska europejskiej parlament parlamentu rada rady
        radzie komisja komisji unia unii państwa członkowskie państw prezydent prezydenta
        przewodniczący przewodnicząca rząd rządu wiceprzewodniczący wiceprzewodnicząca
        wysoki wysoka przedstawiciel przedstawicielka specjalny specjalnego służba
        organizacja narodów zjednoczonych komitet umowa umowy traktat traktatu deklaracja
        konwencja rezolucja rozporządzenie dyrektywa art artykuł regulaminu internet teksty
        przyjęte azji centralnej azja centralna
    """,
    "pt": """
        a ao aos as com como da das de do dos e é em entre mas na nas no nos o os ou para
        pela pelas pelo pelos por que se sem sob sobre sua suas seu seus um uma tendo
        considerando
        insta exorta solicita condena lamenta sublinha salienta manifesta observa reitera
        congratula-se considera recorda encarrega entende toma
        parlamento europeu europeia conselho comissão união estados-membros estado
        presidente governo vice-presidente alto alta representante especial serviço
        organização nações unidas comité acordo tratado declaração convenção resolução
        regulamento diretiva artigo internet textos aprovados ásia central regimento
    """,
    "ro": """
        a al ale cu că care ce cel cea cei de din după fără în la nu o pe pentru prin sau
        se să și sub un una având întrucât
        invită solicită condamnă deplânge subliniază își exprimă ia reiterează salută
        consideră reamintește încredințează regretă
        parlamentul parlamentului european europene europeană consiliul consiliului
        comisia comisiei uniunea uniunii statele membre președintele președintelui
        guvernul guvernului vicepreședintele înaltul înaltului reprezentant reprezentantul
        special serviciul organizația națiunilor unite comitetul acordul tratatul
        declarația convenția rezoluția regulamentul directiva articolul internet texte
        adoptate asia centrală asiei centrale
    """,
    "sk": """
        radu rade radou komisiu komisii parlamentom úniu
        a aby ale ani až bez by do i ak ako je k keďže kde keď medzi na nad o od po pod
        podľa pre pri proti s so tak tiež to u v vo z za zo že alebo ktorý ktorá ktoré
        so zreteľom vyzýva naliehavo odsudzuje zdôrazňuje vyjadruje konštatuje opätovne
        víta domnieva pripomína poveruje ľutuje
        európsky európskeho európska európskej parlament parlamentu rada rady komisia
        komisie únia únie členské štáty štátov predseda predsedu prezident prezidenta
        vláda vlády podpredseda podpredsedníčka vysoký vysoká predstaviteľ predstaviteľka
        osobitný osobitného služba organizácia spojených národov výbor dohoda zmluva
        zmluvy vyhlásenie dohovor uznesenie nariadenie smernica článok internet prijaté
        texty strednú áziu stredná ázia rokovacieho poriadku
    """,
    "sl": """
        svetu svet komisijo komisiji parlamentu unijo
        a ali da do in iz je k ker ki kot med na nad ne o ob od po pod pri proti s se so z
        za že tudi ter to ta te ti ob upoštevanju
        poziva obsoja poudarja izraža ugotavlja ponovno pozdravlja obžaluje meni opozarja
        naroči zahteva
        evropski evropskega evropska evropske parlament parlamenta svet sveta komisija
        komisije unija unije države članice predsednik predsednika vlada vlade
        podpredsednik podpredsednica visoki visoka predstavnik predstavnica posebni
        posebnega služba organizacija združenih narodov odbor sporazum pogodba pogodbe
        izjava konvencija resolucija uredba direktiva člen internet sprejeta besedila
        srednjo azijo srednja azija poslovnika
    """,
    "sv": """
        av att de den denna dess det detta dessa efter eller en ett för från genom har
        hon i inom med men mot när och om på samt sedan som till under vid är även
        med beaktande
        uppmanar fördömer beklagar betonar understryker uttrycker noterar upprepar
        välkomnar anser påminner uppdrar framhåller kräver
        europaparlamentet europeiska europeisk parlamentet rådet kommissionen unionen
        medlemsstaterna medlemsstater ordförande president presidenten regeringen
        vice ordförande höga representant representanten särskilda tjänsten
        organisationen förenta nationerna kommittén avtalet fördraget förklaringen
        konventionen resolutionen förordningen direktivet artikel artiklarna internet
        antagna texter centralasien arbetsordningen
    """,
}

#: German common nouns and compound heads: a capitalised German word equal to one of these,
#: or ending in one of them after at least three letters, is not a name.
GERMAN_NOUNS = """
    agenda aula ära baby büro dilemma drama firma foto handy hobby kamera kilo kino klima
    komma liga lobby motto party pizza prima schema summa taxi thema veto video villa
    alibi arena aroma asthma auto casino diaspora dogma duo echo embargo embryo extra fauna
    fiasko flora info jury junta konto logo mafia panorama paradigma plasma porto propaganda
    radio razzia risiko saldo sauna scharia skala solo stigma story studio tempo trauma trio
    visa zoo halo kakao lotto piano safari salami bikini ski uni lady derby pony
    abkommen achtung akteure amt amtsträger amtsgebäude anklage anklagen angelegenheit
    angelegenheiten angriff anliegen ankündigung anstrengungen arbeit arbeitsgruppe
    arm art auto aufgabe aufforderung ausbreitung ausland ausnahmezustand auslegung ausmaß
    bande banden bedeutung bedingungen begriff behörde behörden beispiel beistand
    bekämpfung bereich bereiche berichte bericht beschränkungen besuch besuche
    bevölkerung bewegung bewegungen beziehungen bilanz blockade blutvergießen botschaft
    botschaften brandstiftung bündnis bürger bürgern
    büro demonstranten demonstration demonstrationen definition desinformationskampagne
    dialog diplomatie direktor druck einfluss einfuhr eingreifen einhaltung einmischung
    einrichtung einrichtungen einsatz einschränkung einschränkungen einschüchterung
    empfehlungen ende engagement entscheidung entwicklung entwicklungen ereignisse
    ergebnisse erklärung ermittlungen euro experten extremismus fakten fall fälle familie
    festnahme festnahmen finanzierung fleisch folter fonds forderung frage freiheit
    freiheiten freilassung funktion gas gebäude gefahr gefangene gefangenen gefängnis
    gefängnisse gemeinde gemeinden gemeinschaft gericht gerichte gerichtsverfahren
    gerechtigkeit gesellschaft gesetz gesetze gesundheit gewalt gewerkschaft
    gewerkschaften gründe grund grundlage grundrechte gruppe gruppen haft handeln hand
    hinweis informationen initiative inland instrument instrumente internet journalist
    journalisten jahr jahre jahren kapazität kinder klarstellungen kommunikation konten
    kontext korruption kraft kräfte krise kritik kundgebungen land länder lage leben
    lösung macht ministerium maßnahme maßnahmen medien meinung meinungen mensch menschen mitglied
    mitglieder mittel möglichkeit nachbarn nachrichten netz netzwerke norm normen
    opfer opposition ordnung organ organe ort partner partnerschaft person personen
    plan politik polizei potenzial praxis preis preise presse programm protest proteste
    prozess recht rechte rechtsstaatlichkeit reform reformen regel regeln region reihe
    radio repressalien resolution risiko richtung rolle rückzug sache sanktionen schutz schüsse
    sicherheit situation sitzung sonderverfahren sorge spitze sprache staat staaten
    stadt städte stelle stellen stellung strafe straflosigkeit struktur system tag tage
    tätigkeit tätigkeiten thema tod tötung treffen truppen unterstützung untersuchung
    unruhen urteil urteile verbot verbrechen verfahren verfassung verfolgung
    verhaftung verhaftungen verletzung verletzungen vermittlung verpflichtungen
    vertretung vertretungen verwaltung viehbestand visa volk vorgehen vorkehrungen
    vorwurf vorwürfe waffen wahl wahlen wahlrecht wandel weise welt werte wirtschaft
    wunsch zahl zahlen zeit zentrum zivilgesellschaft zugang zukunft zusammenarbeit
    zusammenhang zusagen
"""

#: Compound heads shorter than four letters that are still safe to match at a word's end.
GERMAN_SHORT_HEADS: tuple[str, ...] = ("gas", "amt", "rat", "tag", "tod", "ort")

#: German noun suffixes: a capitalised word ending so, without foreign letters, is common.
GERMAN_SUFFIXES: tuple[str, ...] = (
    "ung", "ungen", "in", "innen", "ium", "iums", "heit", "heiten", "keit", "keiten",
    "schaft", "schaften", "tion",
    "tionen", "sion", "sionen", "tät", "täten", "ismus", "nis", "nisse", "tum", "ment",
    "ur", "ik", "ie", "ien", "enz", "anz", "ling", "chen", "lein", "er", "ern", "en", "e",
    "el", "or", "oren", "ant", "anten", "ent", "enten", "ist", "isten", "age", "ei",
)  # fmt: skip

#: Lower-case words that stay inside a name ("Ursula von der Leyen", "Abu al-Hasan").
NAME_PARTICLES: frozenset[str] = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "al",
     "bin", "ibn", "ben", "ter", "zu", "dos", "das", "ul"}
)  # fmt: skip

#: Word endings that mark a name in German text (transliterated Russian, Kazakh, Turkic
#: and other foreign names): "-ov", "-ow", "-eva", "-ski", "-stan", "-bek".
FOREIGN_ENDINGS: tuple[str, ...] = (
    "ov", "ova", "ow", "owa", "ev", "eva", "ew", "ewa", "ski", "sky", "skaja", "stan",
    "stans", "bek", "jan", "enko", "kz",
)  # fmt: skip

#: Final letters rare on German common nouns ("Astana", "Almaty", "Wassili"): weaker
#: evidence, taken after the noun suffixes have been ruled out.
FOREIGN_FINALS: tuple[str, ...] = ("a", "i", "o", "y")
