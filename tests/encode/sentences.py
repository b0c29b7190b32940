"""Test sentences written for this project, two per official EU language, EU register."""

SENTENCES: dict[str, tuple[str, str]] = {
    "bg": (
        "Европейският парламент призовава Комисията да представи законодателно предложение до края на годината.",
        "Държавите членки следва да гарантират свободата на изразяване и на събранията.",
    ),
    "cs": (
        "Evropský parlament vyzývá Komisi, aby do konce roku předložila legislativní návrh.",
        "Členské státy by měly zaručit svobodu projevu a shromažďování.",
    ),
    "da": (
        "Europa-Parlamentet opfordrer Kommissionen til at fremlægge et lovgivningsforslag inden årets udgang.",
        "Medlemsstaterne bør sikre ytrings- og forsamlingsfriheden.",
    ),
    "de": (
        "Das Europäische Parlament fordert die Kommission auf, bis Ende des Jahres einen Gesetzgebungsvorschlag vorzulegen.",
        "Die Mitgliedstaaten sollten die Meinungs- und Versammlungsfreiheit gewährleisten.",
    ),
    "el": (
        "Το Ευρωπαϊκό Κοινοβούλιο καλεί την Επιτροπή να υποβάλει νομοθετική πρόταση έως το τέλος του έτους.",
        "Τα κράτη μέλη πρέπει να διασφαλίζουν την ελευθερία της έκφρασης και του συνέρχεσθαι.",
    ),
    "en": (
        "The European Parliament calls on the Commission to submit a legislative proposal by the end of the year.",
        "Member States should guarantee freedom of expression and of assembly.",
    ),
    "es": (
        "El Parlamento Europeo pide a la Comisión que presente una propuesta legislativa antes de que termine el año.",
        "Los Estados miembros deben garantizar la libertad de expresión y de reunión.",
    ),
    "et": (
        "Euroopa Parlament kutsub komisjoni üles esitama aasta lõpuks seadusandliku ettepaneku.",
        "Liikmesriigid peaksid tagama sõna- ja kogunemisvabaduse.",
    ),
    "fi": (
        "Euroopan parlamentti kehottaa komissiota antamaan lainsäädäntöehdotuksen vuoden loppuun mennessä.",
        "Jäsenvaltioiden olisi taattava sananvapaus ja kokoontumisvapaus.",
    ),
    "fr": (
        "Le Parlement européen invite la Commission à présenter une proposition législative d'ici la fin de l'année.",
        "Les États membres devraient garantir la liberté d'expression et de réunion.",
    ),
    "ga": (
        "Iarrann Parlaimint na hEorpa ar an gCoimisiún togra reachtach a thíolacadh faoi dheireadh na bliana.",
        "Ba cheart do na Ballstáit saoirse cainte agus saoirse tionóil a ráthú.",
    ),
    "hr": (
        "Europski parlament poziva Komisiju da do kraja godine podnese zakonodavni prijedlog.",
        "Države članice trebale bi jamčiti slobodu izražavanja i okupljanja.",
    ),
    "hu": (
        "Az Európai Parlament felhívja a Bizottságot, hogy az év végéig nyújtson be jogalkotási javaslatot.",
        "A tagállamoknak biztosítaniuk kell a véleménynyilvánítás és a gyülekezés szabadságát.",
    ),
    "it": (
        "Il Parlamento europeo invita la Commissione a presentare una proposta legislativa entro la fine dell'anno.",
        "Gli Stati membri dovrebbero garantire la libertà di espressione e di riunione.",
    ),
    "lt": (
        "Europos Parlamentas ragina Komisiją iki metų pabaigos pateikti pasiūlymą dėl teisėkūros procedūra priimamo akto.",
        "Valstybės narės turėtų užtikrinti saviraiškos ir susirinkimų laisvę.",
    ),
    "lv": (
        "Eiropas Parlaments aicina Komisiju līdz gada beigām iesniegt tiesību akta priekšlikumu.",
        "Dalībvalstīm būtu jāgarantē vārda un pulcēšanās brīvība.",
    ),
    "mt": (
        "Il-Parlament Ewropew jistieden lill-Kummissjoni tippreżenta proposta leġiżlattiva sal-aħħar tas-sena.",
        "L-Istati Membri għandhom jiggarantixxu l-libertà tal-espressjoni u tal-għaqda.",
    ),
    "nl": (
        "Het Europees Parlement verzoekt de Commissie vóór het einde van het jaar een wetgevingsvoorstel in te dienen.",
        "De lidstaten moeten de vrijheid van meningsuiting en van vergadering waarborgen.",
    ),
    "pl": (
        "Parlament Europejski wzywa Komisję do przedstawienia wniosku ustawodawczego do końca roku.",
        "Państwa członkowskie powinny zagwarantować wolność wypowiedzi i zgromadzeń.",
    ),
    "pt": (
        "O Parlamento Europeu insta a Comissão a apresentar uma proposta legislativa até ao final do ano.",
        "Os Estados-Membros devem garantir a liberdade de expressão e de reunião.",
    ),
    "ro": (
        "Parlamentul European invită Comisia să prezinte o propunere legislativă până la sfârșitul anului.",
        "Statele membre ar trebui să garanteze libertatea de exprimare și de întrunire.",
    ),
    "sk": (
        "Európsky parlament vyzýva Komisiu, aby do konca roka predložila legislatívny návrh.",
        "Členské štáty by mali zaručiť slobodu prejavu a zhromažďovania.",
    ),
    "sl": (
        "Evropski parlament poziva Komisijo, naj do konca leta predloži zakonodajni predlog.",
        "Države članice bi morale zagotoviti svobodo izražanja in zbiranja.",
    ),
    "sv": (
        "Europaparlamentet uppmanar kommissionen att lägga fram ett lagstiftningsförslag före årets slut.",
        "Medlemsstaterna bör garantera yttrande- och mötesfriheten.",
    ),
}
