/**
 * The report as data: everything in source/000_1735e186a359be7d.txt, the Dutch verbatim (line
 * breaks and double spaces of the extract collapsed to one space), with English renderings.
 * Decisions taken from source/READING-NOTES.md are recorded in `provenance.note`.
 *
 * Only `import type` from the schema: the custom-functions bundle imports this file and must not
 * pull in zod. tests/core/dataset proves the data against the schema and the source text.
 */
import type { Dataset, ReportProvenance, Text } from "./schema";
import { DATASET_VERSION } from "./version";

const t = (nl: string, en: string): Text => ({ nl, en });

const DOMAIN = "maatschappelijke noden";

const SLIDE_CONTEXT = "Zorgeconomie en groensector zijn belangrijke maatschappelijke sectoren in verandering";
const SECTION_CONTEXT = "Situering van maatschappelijke noden";
const SLIDE_CARE_TRENDS = "We identificeerden vier trends in de zorgsector";
const SLIDE_GREEN_TRENDS = "We identificeerden twee trends in de groeneconomie";
// Two slides carry this title; their panel headings tell them apart.
const SLIDE_IMPACT = "Impact van trends in maatschappelijke noden op duurzame tewerkstelling";
const SECTION_CARE = "ZORGSECTOR";
const SECTION_GREEN = "GROENSECTOR";
const SECTION_THREATS = "Bedreigingen in Maatschappelijke noden";
const SECTION_POTENTIAL = "Inschatting van opportuniteiten";
const SLIDE_OPPORTUNITIES =
  "We identificeerden enkele opportuniteiten voor duurzame tewerkstelling in maatschappelijke noden (zorgeconomie)";

const context = (note?: Text): ReportProvenance => ({ slide: SLIDE_CONTEXT, section: SECTION_CONTEXT, ...(note ? { note } : {}) });

const columnsNote = (sectorNl: string, sectorEn: string): Text =>
  t(
    `Toegewezen aan de ${sectorNl} volgens de leesnotities: de twee kolommen van de dia (Zorgeconomie, Groensector) lopen in de tekstextractie door elkaar.`,
    `Assigned to the ${sectorEn} per the reading notes: the slide's two columns (care economy, green sector) are interleaved in the extracted text.`,
  );

const POTENTIAL_NOTE = t(
  "Potentieel gelezen uit de door elkaar geschoven tabel volgens de leesnotities: de rijen staan in de extractie in de volgorde 1, 4, 5, 2, 3 (de dia gesorteerd op potentieel, hoog eerst), wat 1, 4 en 5 Hoog en 2 en 3 Medium geeft.",
  "Potential read from the scrambled table per the reading notes: the extract gives the rows in the order 1, 4, 5, 2, 3 (the slide sorted by potential, high first), which gives 1, 4 and 5 High and 2 and 3 Medium.",
);

const ACTIVITIES_NOTE = t(
  "De activiteiten (best practice) van opportuniteiten 2 en 3 staan in de extractie samen na opportuniteit 3; volgens de leesnotities hoort Passwerk bij 2 en vzw Elmer bij 3.",
  "The activities (best practice) of opportunities 2 and 3 appear together after opportunity 3 in the extract; per the reading notes Passwerk belongs to 2 and vzw Elmer to 3.",
);

const joinNotes = (...notes: Text[]): Text => t(notes.map((n) => n.nl).join(" "), notes.map((n) => n.en).join(" "));

export const REPORT: Dataset = {
  schemaVersion: 1,
  version: DATASET_VERSION,
  report: {
    title: t(
      "Impact van de strategische trends in industriële en maatschappelijke noden, herbruikbare energie en e-commerce op kansengroepen in het algemeen en de sociale economie in het bijzonder",
      "Impact of the strategic trends in industrial and societal needs, renewable energy and e-commerce on disadvantaged groups in general and the social economy in particular",
    ),
    department: t("Departement WSE", "Department WSE"),
    division: t("Afdeling Sociale Economie en Werkbaar Werk", "Division of Social Economy and Workable Work"),
    publisher: t("Departement WSE", "Department WSE (Flanders)"),
    note: t(
      "De titel zegt 'herbruikbare energie'; de Engelse titel zegt 'renewable energy', het domein zoals de leesnotities het noemen.",
      "The Dutch title says 'herbruikbare energie' (literally 'reusable energy'); the English title says 'renewable energy', the domain as the reading notes name it.",
    ),
  },
  headings: [
    t(SLIDE_CONTEXT, "Care economy and green sector are important societal sectors in transition"),
    t(SECTION_CONTEXT, "Situating societal needs"),
    t(SLIDE_CARE_TRENDS, "We identified four trends in the care sector"),
    t(SLIDE_GREEN_TRENDS, "We identified two trends in the green economy"),
    t(SLIDE_IMPACT, "Impact of trends in societal needs on sustainable employment"),
    t(SECTION_CARE, "CARE SECTOR"),
    t(SECTION_GREEN, "GREEN SECTOR"),
    t(SECTION_THREATS, "Threats in societal needs"),
    t(SECTION_POTENTIAL, "Assessment of opportunities"),
    t(SLIDE_OPPORTUNITIES, "We identified several opportunities for sustainable employment in societal needs (care economy)"),
  ],
  sectors: [
    { id: "zorg", domain: DOMAIN, label: t("Zorgeconomie", "Care economy") },
    { id: "groen", domain: DOMAIN, label: t("Groensector", "Green sector") },
  ],
  keyFigures: [
    {
      id: "care_budget_share",
      domain: DOMAIN,
      sector: "zorg",
      kind: "share",
      value: 0.27,
      printed: "27%",
      unit: t("%", "%"),
      label: t(
        "Van Vlaamse begroting gaat naar Welzijn, Volksgezondheid en gezin",
        "Share of the Flemish budget going to Welfare, Public Health and Family",
      ),
      provenance: context(
        t(
          "In de tekstextractie staan het cijfer 27% en zijn bijschrift los van elkaar; volgens de leesnotities horen ze samen en gaat het om de zorgeconomie.",
          "In the extracted text the figure 27% and its caption are separated; per the reading notes they belong together and concern the care economy.",
        ),
      ),
    },
    {
      id: "care_employment_share",
      domain: DOMAIN,
      sector: "zorg",
      kind: "share",
      value: 0.147,
      printed: "14,7%",
      unit: t("%", "%"),
      label: t(
        "Social profit is 14,7% van de totale werkgelegenheid in Vlaanderen",
        "Social profit is 14.7% of total employment in Flanders",
      ),
      provenance: context(columnsNote("zorgeconomie", "care economy")),
    },
    {
      id: "care_health_spending_gdp",
      domain: DOMAIN,
      sector: "zorg",
      kind: "share",
      value: 0.106,
      printed: "10,6%",
      unit: t("%", "%"),
      label: t("Gezondheidsuitgaven zijn 10,6% van BBP", "Health expenditure is 10.6% of GDP"),
      provenance: context(columnsNote("zorgeconomie", "care economy")),
    },
    {
      id: "green_departments",
      domain: DOMAIN,
      sector: "groen",
      kind: "count",
      value: 3,
      printed: "3",
      unit: t("departementen", "departments"),
      label: t(
        "Verdeeld over 3 departementen: Landbouw en visserij, Omgeving, Mobiliteit & openbare werken",
        "Spread over 3 departments: Agriculture and Fisheries, Environment, Mobility & Public Works",
      ),
      provenance: context(columnsNote("groensector", "green sector")),
    },
    {
      id: "green_market_trend",
      domain: DOMAIN,
      sector: "groen",
      kind: "qualitative",
      value: null,
      printed: null,
      unit: null,
      label: t(
        "Producenten: dalende trend; Dienstverleners: stijgende trend",
        "Producers: falling trend; Service providers: rising trend",
      ),
      provenance: context(
        t(
          "Een kerncijfer zonder getal: de dia toont een trend. De twee regels van de dia zijn met '; ' samengevoegd. Toegewezen aan de groensector volgens de leesnotities.",
          "A key figure without a number: the slide shows a trend. The slide's two lines are joined with '; '. Assigned to the green sector per the reading notes.",
        ),
      ),
    },
    {
      id: "green_custom_work_companies",
      domain: DOMAIN,
      sector: "groen",
      kind: "count",
      value: 50,
      printed: "50",
      unit: t("maatwerkbedrijven", "custom-work companies"),
      label: t("50 maatwerkbedrijven", "50 custom-work companies (maatwerkbedrijven)"),
      provenance: context(
        t(
          "De dia zegt alleen '50 maatwerkbedrijven'; volgens de leesnotities gaat het om maatwerkbedrijven die actief zijn in de groensector.",
          "The slide says only '50 maatwerkbedrijven'; per the reading notes these are custom-work companies active in the green sector.",
        ),
      ),
    },
    {
      id: "care_jobs_ten_years",
      domain: DOMAIN,
      sector: "zorg",
      kind: "count",
      value: 46000,
      printed: "46000",
      unit: t("jobs", "jobs"),
      label: t("46000 jobs in de zorgeconomie de komende tien jaar", "46,000 jobs in the care economy over the next ten years"),
      provenance: { slide: SLIDE_IMPACT, section: SECTION_CARE },
    },
  ],
  trends: [
    {
      id: "1",
      domain: DOMAIN,
      sector: "zorg",
      title: t("Stijgende levensverwachting kantelt “zorg” naar “gezondheid”", "Rising life expectancy shifts “care” towards “health”"),
      points: [
        t("Levensverwachting Vlamingen gaat in stijgende lijn", "The life expectancy of Flemish people is rising"),
        t("Ouder worden brengt nieuwe en andere zorgnoden met zich mee", "Growing older brings new and different care needs"),
        t("Verschuiving van curatieve gezondheid naar preventieve gezondheid", "Shift from curative health to preventive health"),
        t(
          "Verschuiving van hospitalisatie zorg naar thuis zorg of varianten",
          "Shift from hospital care to home care or variants of it",
        ),
      ],
      provenance: { slide: SLIDE_CARE_TRENDS },
    },
    {
      id: "2",
      domain: DOMAIN,
      sector: "zorg",
      title: t("patiënten worden klanten", "Patients become customers"),
      points: [
        t(
          "Digitalisering laat patiënten toe om veel meer zelf te weten, zelf te monitoren en zelf te doen",
          "Digitalisation allows patients to know much more themselves, to monitor themselves and to do more themselves",
        ),
        t("Zorgactor wordt meer een gezondheidscoach", "The care provider becomes more of a health coach"),
      ],
      provenance: { slide: SLIDE_CARE_TRENDS },
    },
    {
      id: "3",
      domain: DOMAIN,
      sector: "zorg",
      title: t("zorgeconomie is een knelpunten economie", "The care economy is a bottleneck economy"),
      points: [
        t("dubbele vergrijzing legt druk op de zorgsector", "Double ageing puts pressure on the care sector"),
        t("Nood aan (veel) meer instroom", "Need for (much) more inflow"),
        t(
          "Organisatorische moeilijkheden om zelfde zorgkwaliteit aan te houden",
          "Organisational difficulties in maintaining the same quality of care",
        ),
        t(
          "Ontwikkeling van morele stress en potentiële burn-out in deze jobs met een roeping",
          "Development of moral stress and potential burn-out in these jobs that are a vocation",
        ),
        t(
          "Nood aan multi-dimensionele en multifactoriële aanpak oplossingen",
          "Need for a multi-dimensional and multifactorial approach to solutions",
        ),
      ],
      provenance: { slide: SLIDE_CARE_TRENDS },
    },
    {
      id: "4",
      domain: DOMAIN,
      sector: "zorg",
      title: t("zorgeconomie is op zichzelf continu in verandering", "The care economy is itself continuously changing"),
      points: [
        t("Grotere zorgnetwerken", "Larger care networks"),
        t(
          "Enorme markt aan privé-spelers met nieuwe producten en diensten",
          "A huge market of private players with new products and services",
        ),
        t("Hervormingen in financiering", "Reforms in funding"),
      ],
      provenance: { slide: SLIDE_CARE_TRENDS },
    },
    {
      id: "5",
      domain: DOMAIN,
      sector: "groen",
      title: t("ecologie en duurzaam zijn het nieuwe normaal", "Ecology and sustainability are the new normal"),
      points: [
        t("consumenten eten/leven bewuster", "Consumers eat/live more consciously"),
        t("Heropwaardering kleinschaligheid", "Renewed appreciation of small scale"),
        t("Ecologie als vereiste voor de publieke sector", "Ecology as a requirement for the public sector"),
      ],
      provenance: { slide: SLIDE_GREEN_TRENDS },
    },
    {
      id: "6",
      domain: DOMAIN,
      sector: "groen",
      title: t("Minder producenten en meer dienstverleners", "Fewer producers and more service providers"),
      points: [
        t(
          "Producenten hebben het eerder moeilijk om economisch te overleven",
          "Producers find it rather hard to survive economically",
        ),
        t(
          "Veel kleine spelers in de tuinaanleg en het groenonderhoud wat een (negatieve) impact heeft op de prijssetting van de dienstverlening en de overlevingskansen van individuele initiatieven",
          "Many small players in garden landscaping and green maintenance, which has a (negative) impact on the pricing of the services and on the chances of survival of individual initiatives",
        ),
      ],
      provenance: {
        slide: SLIDE_GREEN_TRENDS,
        note: t(
          "De bron nummert deze trend een tweede keer als '5'; volgens de leesnotities gelezen als trend 6.",
          "The source numbers this trend '5' a second time; read as trend 6 per the reading notes.",
        ),
      },
    },
  ],
  impacts: [
    {
      id: "zorg",
      domain: DOMAIN,
      sector: "zorg",
      points: [
        t("46000 jobs in de zorgeconomie de komende tien jaar", "46,000 jobs in the care economy over the next ten years"),
        t(
          "Weinig referenties van duurzame tewerkstelling van kansengroepen in de zorgeconomie",
          "Few references of sustainable employment of disadvantaged groups in the care economy",
        ),
      ],
      references: [
        t("IN.Z + CM", "IN.Z + CM"),
        t("Vzw Elmer", "vzw Elmer (non-profit organisation)"),
        t("Proeftuinen zorg (Deloitte/TwInsight)", "Care pilot projects, 'Proeftuinen zorg' (Deloitte/TwInsight)"),
      ],
      provenance: { slide: SLIDE_IMPACT, section: SECTION_CARE },
    },
    {
      id: "groen",
      domain: DOMAIN,
      sector: "groen",
      points: [
        t(
          "Een groeiende groensector staat niet garant voor een gelijkaardige groei in tewerkstelling",
          "A growing green sector does not guarantee a similar growth in employment",
        ),
        t(
          "Duurzame tewerkstelling van kansengroepen in de groensector",
          "Sustainable employment of disadvantaged groups in the green sector",
        ),
      ],
      references: [],
      headline: t("Groeiende sector ≠ gelijke groei in tewerkstelling", "Growing sector ≠ equal growth in employment"),
      provenance: {
        slide: SLIDE_IMPACT,
        section: SECTION_GREEN,
        note: t(
          "De extractie geeft onder het tweede punt geen referenties; op de dia staat wel een los streepje (-), waaraan de dataset geen betekenis geeft.",
          "The extract gives no references under the second point; the slide does show a lone dash (-), to which the dataset gives no meaning.",
        ),
      },
    },
  ],
  assessments: [
    {
      id: "maatschappelijke_noden",
      domain: DOMAIN,
      paragraphs: [
        t(
          "De impact van de trends in maatschappelijke noden op duurzame tewerkstelling is hoog als het gaat over de huidige tewerkstelling in maatschappelijke voor kansengroepen en sociale economie in het bijzonder. Dit omdat de huidige tewerkstelling in deze sector hoog is, én trends in industriële noden grote impact hebben op huidige activiteiten in sociale economie voor groenzorg, en opportuniteiten bieden in de zorgsector.",
          "The impact of the trends in societal needs on sustainable employment is high when it comes to current employment in societal [needs] for disadvantaged groups, and in the social economy in particular. This is because current employment in this sector is high, and trends in industrial needs have a large impact on current social-economy activities in green care, and offer opportunities in the care sector.",
        ),
        t(
          "Anderzijds bieden industriële ontwikkelingen enkele opportuniteiten voor duurzame tewerkstelling maar moet rekening worden gehouden met veel bedreigingen.",
          "On the other hand, industrial developments offer some opportunities for sustainable employment, but many threats must be taken into account.",
        ),
      ],
      provenance: {
        slide: SLIDE_IMPACT,
        section: SECTION_THREATS,
        note: t(
          "Tekst zoals afgedrukt: na 'in maatschappelijke' lijkt een woord te ontbreken, en deze dia over maatschappelijke noden spreekt van 'industriële noden' en 'industriële ontwikkelingen'. De Engelse weergave volgt de afgedrukte tekst; '[needs]' is ingevoegd.",
          "Text as printed: a word seems to be missing after 'in maatschappelijke', and this slide on societal needs speaks of 'industrial needs' and 'industrial developments'. The English follows the printed text; '[needs]' is inserted.",
        ),
      },
    },
  ],
  potentialRule: {
    criteria: [
      { id: "demand", name: t("tewerkstellingsvraag", "employment demand") },
      { id: "investment", name: t("investeringen", "investment") },
      { id: "fit", name: t("fit", "fit") },
      { id: "local", name: t("lokale verbondenheid", "local connectedness") },
    ],
    levels: [
      {
        level: "high",
        definition: t("We schatten opportuniteiten in als hoog potentieel wanneer", "We assess opportunities as high potential when"),
        conditions: [
          {
            criterion: "demand",
            text: t("Er een grote tewerkstellingsvraag is vanuit de markt en", "there is a large employment demand from the market and"),
          },
          {
            criterion: "investment",
            text: t("Er weinig investeringen nodig zijn vanuit SEC en", "little investment is needed from the SEC and"),
          },
          {
            criterion: "fit",
            text: t(
              "Er een hoge fit is tussen de activiteiten en de competenties van doelgroepmedewerkers",
              "there is a high fit between the activities and the competences of target-group employees",
            ),
          },
          { criterion: "local", text: t("Er een sterke lokale verbondenheid is", "there is a strong local connectedness") },
        ],
      },
      {
        level: "low",
        definition: t("We schatten opportuniteiten in als laag potentieel wanneer", "We assess opportunities as low potential when"),
        conditions: [
          {
            criterion: "demand",
            text: t(
              "Er een lage tewerkstellingsvraag of saturatie is vanuit de markt en/of",
              "there is a low employment demand or saturation from the market and/or",
            ),
          },
          {
            criterion: "investment",
            text: t("Er hoge investeringen nodig zijn vanuit SEC en/of", "high investment is needed from the SEC and/or"),
          },
          {
            criterion: "fit",
            text: t(
              "Er een lage fit is tussen de activiteiten en de competenties van doelgroepmedewerkers",
              "there is a low fit between the activities and the competences of target-group employees",
            ),
          },
          { criterion: "local", text: t("Er geen lokale verbondenheid is", "there is no local connectedness") },
        ],
      },
      {
        level: "medium",
        definition: t(
          "We schatten opportuniteiten in als gemiddeld potentieel wanneer er een mix is van criteria uit hoog en laag potentieel",
          "We assess opportunities as medium potential when there is a mix of criteria from high and low potential",
        ),
        conditions: [],
      },
    ],
    remark: t(
      "Opportuniteiten worden inhoudelijk toegelicht op de volgende slide",
      "The content of the opportunities is explained on the next slide",
    ),
    provenance: {
      slide: SLIDE_IMPACT,
      section: SECTION_POTENTIAL,
      note: t(
        "SEC is volgens de leesnotities het sociale-economiebedrijf. De namen van de vier criteria zijn woorden uit de voorwaarden zelf.",
        "Per the reading notes SEC is the social-economy company. The names of the four criteria are words taken from the conditions themselves.",
      ),
    },
  },
  threats: [
    {
      id: "1",
      domain: DOMAIN,
      sector: "zorg",
      title: t("Zorg: Kostenplaatje en regelgeving", "Care: Costs and regulation"),
      description: t(
        "Zorgeconomie is een sector die op zichzelf verder zal moeten evolueren naar een kostenbewuste organisatie. Bovendien is heel veel in wetten/kaders/decreten gereglementeerd (wat op zich goed is), maar tegelijk ook deuren sluit voor nieuwe mogelijkheden.",
        "The care economy is a sector that will itself have to evolve further towards a cost-conscious organisation. Moreover, a great deal is regulated in laws/frameworks/decrees (which in itself is good), but this at the same time also closes doors to new possibilities.",
      ),
      provenance: { slide: SLIDE_IMPACT, section: SECTION_THREATS },
    },
    {
      id: "2",
      domain: DOMAIN,
      sector: "zorg",
      title: t("Zorg: Diplomagerichtheid", "Care: Focus on diplomas"),
      description: t(
        "Medewerkers uit de kansengroepen hebben vaak geen diploma, wat een vereiste is voor vele functies in de zorgsector. Het zou echter ook mogelijk moeten zijn om een alternatief traject uit te bouwen (cfr. supra) waarbij een kwalificatie wordt opgebouwd doorheen de actuele tewerkstelling.",
        "Employees from disadvantaged groups often have no diploma, which is a requirement for many jobs in the care sector. It should, however, also be possible to build an alternative pathway (cf. supra) in which a qualification is built up through the current employment.",
      ),
      provenance: { slide: SLIDE_IMPACT, section: SECTION_THREATS },
    },
    {
      id: "3",
      domain: DOMAIN,
      sector: "zorg",
      title: t("Zorg: Begeleidingsnood", "Care: Need for guidance"),
      description: t(
        "Medewerkers uit de kansengroepen hebben per definitie een begeleidingsnood, maar deze heeft daarom niet noodzakelijk een permanent karakter.",
        "Employees from disadvantaged groups by definition need guidance, but that need is not necessarily permanent.",
      ),
      provenance: { slide: SLIDE_IMPACT, section: SECTION_THREATS },
    },
    {
      id: "4",
      domain: DOMAIN,
      sector: "groen",
      title: t("Groen: fysieke belasting & tempo", "Green: physical strain & pace"),
      description: t(
        "De noodzaak van een goede fysieke conditie en een langdurige inzet op een kort tijdsbestek reduceert het aantal potentiële medewerkers uit de kansengroepen die we in deze sector kunnen tewerkstellen.",
        "The need for good physical fitness and sustained effort within a short time frame reduces the number of potential employees from disadvantaged groups whom we can employ in this sector.",
      ),
      provenance: { slide: SLIDE_IMPACT, section: SECTION_THREATS },
    },
    {
      id: "5",
      domain: DOMAIN,
      sector: "groen",
      title: t("Groen: lopende klacht BFG/ABSU", "Green: pending complaint BFG/ABSU"),
      description: t(
        "In 2014 legden de BFG samen met de ABSU een officiële klacht neer bij de Europese Commissie",
        "In 2014 the BFG, together with the ABSU, lodged an official complaint with the European Commission",
      ),
      provenance: {
        slide: SLIDE_IMPACT,
        section: SECTION_THREATS,
        note: t(
          "De extractie drukt deze bedreiging af na het paneel 'Inschatting van opportuniteiten'; gelezen als de vijfde bedreiging, zoals in de leesnotities.",
          "The extract prints this threat after the 'Inschatting van opportuniteiten' panel; read as the fifth threat, as in the reading notes.",
        ),
      },
    },
  ],
  opportunities: [
    {
      id: "1",
      domain: DOMAIN,
      sector: "zorg",
      origin: "report",
      title: t("Sociale injecties versus eenzaamheid", "Social injections versus loneliness"),
      description: t(
        "Eenzaamheid is een belangrijke problematiek bij een steeds grotere groep ouderen. Medewerkers uit doelgroep kunnen perfect een aantal activiteiten uitvoeren die hieraan tegemoet komen.",
        "Loneliness is an important problem for an ever larger group of older people. Employees from the target group can perfectly well carry out a number of activities that address it.",
      ),
      activities: t(
        "Gezelschap houden, wandeling maken, begeleiden bij verplaatsingen, krant voorlezen, boterham smeren, brievenbus legen … (expertise In-Z)",
        "Keeping company, going for a walk, accompanying people when they go out, reading the newspaper aloud, making sandwiches, emptying the letterbox … (expertise In-Z)",
      ),
      potential: "high",
      provenance: { slide: SLIDE_OPPORTUNITIES, note: POTENTIAL_NOTE },
    },
    {
      id: "2",
      domain: DOMAIN,
      sector: "zorg",
      origin: "report",
      title: t("Activiteiten in digitale toepassingen", "Activities in digital applications"),
      description: t(
        "In onderbouw van artificiële intelligentie en big data is onder meer heel wat repetitief voorbereidend werk noodzakelijk. In de sector van de zorgeconomie staat digitale evolutie nog maar in de kinderschoenen.",
        "Underpinning artificial intelligence and big data requires, among other things, a great deal of repetitive preparatory work. In the care economy sector, digital evolution is still in its infancy.",
      ),
      activities: t(
        "Sommige medewerkers uit de doelgroep met specifieke kenmerken (bvb. ASP) zijn uitermate geschikt voor intellectueel repetitief werk (expertise Passwerk)",
        "Some employees from the target group with specific characteristics (e.g. ASP, the autism spectrum) are extremely well suited to intellectual repetitive work (expertise Passwerk)",
      ),
      potential: "medium",
      provenance: { slide: SLIDE_OPPORTUNITIES, note: joinNotes(POTENTIAL_NOTE, ACTIVITIES_NOTE) },
    },
    {
      id: "3",
      domain: DOMAIN,
      sector: "zorg",
      origin: "report",
      title: t("Doorgroei-trajecten in de zorg", "Progression pathways in care"),
      description: t(
        "Logistieke functies of functies van polyvalent medewerker zijn op competentie-niveau voor medewerkers doelgroep zeker haalbaar. Vanuit EVC-oogpunt kunnen doorgroei-trajecten naar zorg opgezet worden.",
        "Logistics jobs or jobs as a multi-skilled employee are certainly feasible at competence level for target-group employees. From the point of view of EVC (recognition of acquired competences), progression pathways towards care can be set up.",
      ),
      activities: t(
        "Participatie van kansengroepen in zorgeconomie is traject op lange termijn, met verschillende tussenstappen (case vzw Elmer)",
        "Participation of disadvantaged groups in the care economy is a long-term trajectory, with several intermediate steps (case vzw Elmer)",
      ),
      potential: "medium",
      provenance: { slide: SLIDE_OPPORTUNITIES, note: joinNotes(POTENTIAL_NOTE, ACTIVITIES_NOTE) },
    },
    {
      id: "4",
      domain: DOMAIN,
      sector: "zorg",
      origin: "report",
      title: t("‘multi-enclaves in WZC", "‘Multi-enclaves’ in residential care centres (WZC)"),
      description: t(
        "In WZC heb je veel verschillende functies/taken met soms weinig functiehouders (klusjes, wasserij, logistiek, …), die samen genomen economisch gezien wel voldoen aan enclave-norm.",
        "Residential care centres (WZC) have many different functions/tasks, sometimes with few job holders (odd jobs, laundry, logistics, …), which taken together do meet the enclave norm in economic terms.",
      ),
      activities: t(
        "Diverse taken en flexibiliteit in competentie-opbouw en uitvoering.",
        "Various tasks and flexibility in building up and applying competences.",
      ),
      potential: "high",
      provenance: {
        slide: SLIDE_OPPORTUNITIES,
        note: joinNotes(
          POTENTIAL_NOTE,
          t(
            "De Nederlandse titel behoudt het enkele openingsaanhalingsteken zoals afgedrukt (‘multi-enclaves).",
            "The Dutch title keeps the single opening quotation mark as printed (‘multi-enclaves).",
          ),
        ),
      },
    },
    {
      id: "5",
      domain: DOMAIN,
      sector: "zorg",
      origin: "report",
      title: t("Doorstroom enclaves in ziekenhuizen", "Transition enclaves in hospitals"),
      description: t(
        "In ziekenhuizen zijn er in het logistieke domein activiteiten met veel functiehouders tegelijkertijd. Dit is een ideale basis voor een doorstroom-enclave.",
        "In hospitals, the logistics domain has activities with many job holders at the same time. This is an ideal basis for a transition enclave.",
      ),
      activities: t(
        "Meewerken in grootkeukens, cafetaria, poetsen, logistiek (koffie, maaltijden, intern transport …)",
        "Helping in large-scale kitchens, cafeteria, cleaning, logistics (coffee, meals, internal transport …)",
      ),
      potential: "high",
      provenance: { slide: SLIDE_OPPORTUNITIES, note: POTENTIAL_NOTE },
    },
  ],
};
