#!/usr/bin/env python3
"""Generate the bundled sample data set ``indicators.csv`` for cyberindex.

ILLUSTRATIVE DATA ONLY. The scores, weights, targets and evidence notes in the
generated file are a made-up, Zambia-style example written to exercise the
dashboard. They are NOT official ITU Global Cybersecurity Index (GCI) or ZICTA
figures and must not be quoted as such. Names of real laws and institutions
are used only to make the example read realistically.

Regenerate (from the repository root):

    python3 scripts/make_sample.py            # write indicators.csv, then check it
    python3 scripts/make_sample.py --check    # only check an existing indicators.csv

The output is deterministic (no randomness, no timestamps). The check mode
recomputes the dashboard's scoring rules and asserts the calibration targets:

    attainment   = score / max_score
    pillar score = 100 * sum(weight * attainment) / sum(weight)
                   over the pillar's assessed (non-empty score) indicators;
                   an empty weight means 1
    overall      = plain mean of that year's pillar scores
                   (pillars with no assessed indicator are skipped)

Standard library only.
"""

import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "indicators.csv")

HEADER = [
    "country", "country_name", "region", "year", "pillar", "indicator_id",
    "indicator", "score", "max_score", "weight", "target", "evidence",
    "description", "source",
]
# The `source` cell of every row: what this data is, carried into every brief
# made from it.
SOURCE = ("Illustrative Zambia-style sample made for cyberindex; "
          "not official ITU or ZICTA data")
COUNTRY, COUNTRY_NAME, REGION = "ZMB", "Zambia", "Africa"
YEARS = [2019, 2020, 2021, 2022, 2023, 2024]
PILLARS = [
    "Legal", "Policy & Strategy", "Technical", "Capacity Development",
    "Cooperation", "Digital ID & Trust", "Interoperability",
]

N = None  # "not assessed" -> empty score cell

# Each indicator:
#   (pillar, id, name, max_score, weight cell, target cell, description,
#    scores for YEARS (None = not assessed),
#    evidence stages [(from_year, text), ...]: the latest stage whose
#    from_year <= year applies; before the first stage evidence is empty.)
# weight cell: "" or "1" both mean the default weight 1.
# target cell: "" means target = max_score.
INDICATORS = [
    # ------------------------------------------------------------------ Legal
    ("Legal", "LEG-01",
     "Cybercrime legislation in force covering offences against confidentiality, integrity and availability",
     3, "2", "",
     "Whether substantive criminal law defines and penalises attacks on computer systems and data.",
     [1.5, 1.5, 3, 3, 3, 3],
     [(2019, "Electronic Communications and Transactions Act No. 21 of 2009, Part XVI (partial coverage)"),
      (2021, "Cyber Security and Cyber Crimes Act No. 2 of 2021 enacted; https://www.parliament.gov.zm")]),
    ("Legal", "LEG-02",
     "Personal data protection law with an independent supervisory authority",
     3, "1", "",
     "Whether a comprehensive data protection law is in force and enforced by an independent authority.",
     [0, 1, 2, 3, 3, 3],
     [(2019, "No data protection statute; constitutional privacy right only"),
      (2020, "Data Protection Bill published for stakeholder consultation"),
      (2021, "Data Protection Act No. 3 of 2021"),
      (2022, "Data Protection Act No. 3 of 2021; Office of the Data Protection Commissioner operational")]),
    ("Legal", "LEG-03",
     "Legal obligations to protect critical information infrastructure and report incidents",
     3, "1", "",
     "Whether operators of critical information infrastructure have binding security and incident-reporting duties.",
     [1.5, 2, 2, 3, 3, 3],
     [(2019, "Sector licence conditions (ICT, banking) only"),
      (2021, "Cyber Security and Cyber Crimes Act 2021, Part III (critical information infrastructure)"),
      (2022, "CII designation notices and incident reporting regulations issued under the 2021 Act")]),
    ("Legal", "LEG-04",
     "Procedural powers for electronic evidence, preservation, search and seizure of computer data",
     2, "", "",
     "Whether law enforcement has specific procedural powers to obtain and preserve electronic evidence.",
     [1, 1, 2, 2, 2, 2],
     [(2019, "Criminal Procedure Code; general search warrants only"),
      (2021, "Cyber Security and Cyber Crimes Act 2021, Part VI (investigation and procedure)")]),
    ("Legal", "LEG-05",
     "Legal recognition of electronic transactions and electronic signatures",
     2, "", "",
     "Whether electronic records, contracts and signatures have legal validity.",
     [2, 2, 2, 2, 2, 2],
     [(2019, "Electronic Communications and Transactions Act No. 21 of 2009"),
      (2021, "Electronic Communications and Transactions Act No. 4 of 2021 (repeals and replaces 2009 Act)")]),
    ("Legal", "LEG-06",
     "Online child protection offences (child sexual abuse material, grooming)",
     2, "1", "",
     "Whether the law criminalises online child sexual exploitation and grooming.",
     [1, 1, 1, 2, 2, 2],
     [(2019, "Penal Code amendments (2011) on child pornography"),
      (2022, "Cyber Security and Cyber Crimes Act 2021, child online protection offences in force")]),
    ("Legal", "LEG-07",
     "Online consumer protection and e-commerce regulation",
     3, "0.5", "",
     "Whether consumers of online services benefit from specific legal protections.",
     [2, 2, 2, 2, 3, 3],
     [(2019, "Competition and Consumer Protection Act No. 24 of 2010"),
      (2023, "Competition and Consumer Protection Act 2010; ECT Act 2021 e-commerce provisions")]),

    # ------------------------------------------------------ Policy & Strategy
    ("Policy & Strategy", "POL-01",
     "National cybersecurity strategy or policy adopted, funded and under implementation",
     3, "2", "",
     "Whether an official national cybersecurity strategy exists and is being implemented.",
     [2, 2, 3, 3, 3, 3],
     [(2019, "National ICT Policy 2006 (security chapter); draft cybersecurity policy"),
      (2020, "Draft National Cybersecurity Policy validated with stakeholders"),
      (2021, "National Cybersecurity Policy 2021")]),
    ("Policy & Strategy", "POL-02",
     "Designated lead agency coordinating national cybersecurity",
     3, "", "",
     "Whether a responsible agency has a clear legal mandate to coordinate cybersecurity nationally.",
     [2, 3, 3, 3, 3, 3],
     [(2019, "ZICTA (Information and Communications Technology Authority), ECT Act 2009 mandate"),
      (2021, "Cyber security agency mandate under the Cyber Security and Cyber Crimes Act 2021")]),
    ("Policy & Strategy", "POL-03",
     "Critical information infrastructure identified and a national cyber risk register maintained",
     4, "1", "",
     "Whether the state has inventoried its critical information infrastructure and assesses its risk.",
     [2, 3, 3, 3, 3.5, 4],
     [(2020, "ZICTA CII inventory (draft)"),
      (2022, "CII designation under the 2021 Act"),
      (2023, "National cyber risk register, first edition")]),
    ("Policy & Strategy", "POL-04",
     "National child online protection strategy",
     2, "", "",
     "Whether there is a national strategy for protecting children online.",
     [2, 2, 1, 2, 2, 2],
     [(2019, "Child Online Protection strategy 2017-2020"),
      (2021, "Previous strategy expired; renewal pending"),
      (2022, "ZICTA child online protection strategy (renewed)")]),
    ("Policy & Strategy", "POL-05",
     "Dedicated cybersecurity budget line in the national budget",
     3, "", "2",
     "Whether cybersecurity activities are funded through an identifiable budget allocation.",
     [2, 2, 2, 2, 2, 2],
     [(2019, "Funded from ZICTA operating budget only"),
      (2020, "Yellow Book 2020, Ministry of Transport and Communications, cybersecurity line"),
      (2023, "Yellow Book 2023, Ministry of Technology and Science, cybersecurity programme")]),
    ("Policy & Strategy", "POL-06",
     "Sector-specific cybersecurity plans for finance, energy, telecommunications and government",
     5, "", "4",
     "How many critical sectors have an adopted sector cybersecurity plan.",
     [N, 3, 3.5, 4, 4, 4.5],
     [(2020, "Bank of Zambia cyber risk management guidelines"),
      (2022, "Bank of Zambia guidelines; ZICTA telecom sector security directive"),
      (2024, "Finance, telecom and energy sector plans adopted; government plan in draft")]),
    ("Policy & Strategy", "POL-07",
     "Monitoring and review mechanism for strategy implementation with published KPIs",
     3, "1", "",
     "Whether implementation of the strategy is tracked against published indicators and reviewed.",
     [2.5, 2.5, 2.5, 3, 3, 3],
     [(2019, "ZICTA annual report (activity reporting only)"),
      (2022, "National Cybersecurity Policy 2021 implementation plan, KPI annex")]),

    # -------------------------------------------------------------- Technical
    ("Technical", "TEC-01",
     "National CIRT (ZM-CIRT) operational with 24/7 incident handling",
     3, "2", "",
     "Whether a national computer incident response team handles incidents around the clock.",
     [3, 3, 3, 3, 3, 3],
     [(2019, "ZM-CIRT operational under ZICTA since 2016"),
      (2021, "ZM-CIRT annual report 2021"),
      (2022, "ZM-CIRT annual report 2022"),
      (2023, "ZM-CIRT annual report 2023;\nincident handling statistics in section 3"),
      (2024, "ZM-CIRT annual report 2024, incidents handled and advisories issued")]),
    ("Technical", "TEC-02",
     "Sectoral CIRTs established for finance, telecommunications, energy and government",
     5, "1.5", "",
     "How many critical sectors have an operational sectoral CIRT.",
     [2, 3, 3, 3.5, 4, 4.5],
     [(2019, "Financial sector CSIRT (Bank of Zambia)"),
      (2021, "Finance, telecom sector CIRTs"),
      (2023, "Finance, telecom, energy sector CIRTs; government CIRT in pilot"),
      (2024, "Finance, telecom, energy and government sector CIRTs operational")]),
    ("Technical", "TEC-03",
     "CIRT affiliation with FIRST and AfricaCERT and regular information sharing",
     2, "", "",
     "Whether the national CIRT is affiliated with international CIRT networks.",
     [2, 2, 2, 2, 2, 2],
     [(2019, "AfricaCERT member"),
      (2020, "AfricaCERT member; FIRST membership")]),
    ("Technical", "TEC-04",
     "Cybersecurity standards framework for the public sector",
     3, "", "",
     "Whether government bodies must follow an adopted cybersecurity standard or baseline.",
     [2, 2, 3, 2, 3, 3],
     [(2019, "Smart Zambia ICT standards (security baseline)"),
      (2021, "Government ICT security standard adopted"),
      (2022, "Compliance audit found standard not enforced in most ministries"),
      (2023, "Revised government ICT security standard with audit programme")]),
    ("Technical", "TEC-05",
     "Child online protection reporting mechanism (hotline / online portal)",
     2, "", "",
     "Whether the public can report harmful online content involving children.",
     [2, 2, 2, 2, 2, 2],
     [(2019, "ZICTA reporting portal; IWF reporting portal partnership")]),
    ("Technical", "TEC-06",
     "National vulnerability disclosure and coordinated patch advisory service",
     3, "1", "",
     "Whether a national service coordinates vulnerability disclosure and issues security advisories.",
     [2, 2, 2, 2, 3, 3],
     [(2019, "Ad hoc ZM-CIRT alerts"),
      (2020, "ZM-CIRT security advisories published"),
      (2023, "Coordinated vulnerability disclosure policy published by ZM-CIRT")]),
    ("Technical", "TEC-07",
     "Security operations centre (SOC) monitoring coverage of government networks",
     10, "", "8",
     "Share of central government networks monitored by a security operations centre (0-10 scale).",
     [N, 5.5, 6, 7.5, 8, 8],
     [(2020, "ZM-CIRT monitoring of selected government networks (partial)"),
      (2021, "Government SOC pilot (Smart Zambia Institute)"),
      (2022, "Government SOC covering core ministries"),
      (2024, "Government SOC covering ministries and provincial administrations")]),
    ("Technical", "TEC-08",
     "Certification of ICT products and services against recognised security standards",
     4, "", "3",
     "Whether there is a scheme to certify products, services or organisations against security standards.",
     [2, 3, 3, 3, 3, 3],
     [(2019, "ISO/IEC 27001 certification via private bodies"),
      (2020, "ZABS adoption of ISO/IEC 27001, 27002"),
      (2024, "ZABS and ZICTA type-approval security requirements")]),

    # --------------------------------------------------- Capacity Development
    ("Capacity Development", "CAP-01",
     "National cybersecurity awareness campaigns for the public, SMEs and children",
     3, "1", "",
     "Whether recurring, nationwide awareness campaigns are run for key audiences.",
     [1, 1, 2, 2.5, 2.5, 3],
     [(2019, "ZICTA awareness campaign (schools)"),
      (2021, "ZICTA awareness campaign; Cyber Security Awareness Month"),
      (2024, "ZICTA awareness campaign, national and provincial, public, SMEs and schools")]),
    ("Capacity Development", "CAP-02",
     "Cybersecurity curricula in universities and TVET institutions",
     4, "", "3",
     "Whether accredited cybersecurity courses or degrees are offered domestically.",
     [2, 2, 2, 3, 3, 3],
     [(2019, "Modules within computer science degrees"),
      (2021, "Cybersecurity degree programme launched (public university)"),
      (2023, "Degree and TVET diploma programmes accredited")]),
    ("Capacity Development", "CAP-03",
     "Professional cybersecurity training and certification for the public-sector workforce",
     3, "", "",
     "Whether civil servants and ICT staff receive structured cybersecurity training.",
     [2, 2, 1, 2, 2, 2],
     [(2019, "Donor-funded workshops"),
      (2021, "Training programme suspended (COVID-19 budget reallocation)"),
      (2022, "Smart Zambia Institute cybersecurity training programme")]),
    ("Capacity Development", "CAP-04",
     "Public cybersecurity research and development programmes",
     5, "", "4",
     "Whether the state funds or coordinates cybersecurity research and development.",
     [0, 1, 2, 2, 3, 3],
     [(2020, "University research projects, no national programme"),
      (2022, "National Science and Technology Council call including cybersecurity"),
      (2024, "Cybersecurity research centre (pilot)")]),
    ("Capacity Development", "CAP-05",
     "Incentives for a domestic cybersecurity industry and start-ups",
     3, "", "2",
     "Whether there are incentive schemes supporting a local cybersecurity industry.",
     [0, 0, 1, 1, 2, 2],
     [(2021, "ICT innovation hub support (BongoHive, Smart Zambia)"),
      (2023, "Start-up incentives under the Digital Transformation Strategy")]),
    ("Capacity Development", "CAP-06",
     "National cybersecurity skills baseline assessment and workforce framework",
     2, "", "",
     "Whether the national cybersecurity skills gap has been measured and a workforce framework adopted.",
     [N, 1, 1, 1, 1, 2],
     [(2020, "ITU skills assessment mission"),
      (2024, "National cybersecurity workforce framework adopted")]),
    ("Capacity Development", "CAP-07",
     "Judicial, prosecutorial and law-enforcement training on cybercrime and electronic evidence",
     3, "1.5", "",
     "Whether judges, prosecutors and police receive training on cybercrime and electronic evidence.",
     [1.5, 1.5, 2, 2, 2, 2],
     [(2019, "Zambia Police cybercrime unit; Council of Europe GLACY+ training"),
      (2022, "Judiciary training on the Cyber Security and Cyber Crimes Act 2021")]),

    # ------------------------------------------------------------ Cooperation
    ("Cooperation", "COO-01",
     "Bilateral cybersecurity cooperation agreements with other states",
     4, "", "",
     "Number and depth of bilateral agreements covering cybersecurity or cybercrime cooperation.",
     [2, 3, 3, 3, 3, 4],
     [(2019, "MoU with one neighbouring state"),
      (2020, "MoUs on ICT and cybersecurity with two states"),
      (2022, "Bilateral agreements with three states, incl. information sharing"),
      (2024, "Bilateral agreements with four states")]),
    ("Cooperation", "COO-02",
     "Multilateral cybercrime and cybersecurity conventions ratified (AU Malabo Convention, Budapest Convention)",
     3, "1.5", "",
     "Whether the state is party to multilateral cybersecurity and cybercrime conventions.",
     [2, 2, 2, 2, 2.5, 3],
     [(2019, "AU Malabo Convention signed"),
      (2023, "AU Malabo Convention ratification in progress"),
      (2024, "AU Malabo Convention ratified; Budapest Convention accession requested")]),
    ("Cooperation", "COO-03",
     "Participation in regional cyber authorities and fora (Smart Africa, ANCA, SADC, EAC)",
     3, "", "",
     "Whether the state participates actively in regional cybersecurity bodies.",
     [2, 2, 2, 3, 3, 3],
     [(2019, "SADC cybersecurity working group"),
      (2022, "Smart Africa / ANCA membership 2022"),
      (2023, "ANCA working groups, SADC, COMESA")]),
    ("Cooperation", "COO-04",
     "Public-private partnerships for cybersecurity",
     3, "", "",
     "Whether formal partnerships with industry exist for information sharing or capacity building.",
     [2, 2, 2.5, 3, 3, 2],
     [(2019, "Telecom operators' security forum"),
      (2022, "Bankers Association, telecom operators and ZICTA information sharing MoU"),
      (2024, "Information sharing MoU lapsed, renegotiation under way")]),
    ("Cooperation", "COO-05",
     "Inter-agency information sharing between government, regulators and law enforcement",
     2, "", "",
     "Whether domestic agencies have formal arrangements to share cybersecurity information.",
     [1.5, 2, 2, 2, 2, 2],
     [(2019, "Informal"),
      (2020, "Inter-agency cybersecurity committee established")]),
    ("Cooperation", "COO-06",
     "Participation in regional and international cyber drills and exercises",
     3, "", "",
     "Whether the national CIRT and agencies take part in cross-border exercises.",
     [1.5, 2.5, 2.5, 3, 3, 3],
     [(2020, "ITU Africa Regional CyberDrill 2020"),
      (2022, "ITU Africa CyberDrill; AfricaCERT exercise")]),

    # ----------------------------------------------------- Digital ID & Trust
    ("Digital ID & Trust", "DID-01",
     "National digital identity system coverage and online authentication (INRIS)",
     5, "1.5", "",
     "Coverage of the national digital identity and whether it supports online authentication.",
     [3.5, 3.5, 4, 4, 4.5, 5],
     [(2019, "National Registration Card, partial digital records"),
      (2021, "Integrated National Registration Information System (INRIS), rollout phase 1"),
      (2023, "INRIS rollout, online authentication pilot"),
      (2024, "INRIS with online authentication for e-government services")]),
    ("Digital ID & Trust", "DID-02",
     "Electronic signatures and accredited certification service providers",
     3, "", "",
     "Whether electronic signatures are used in practice with accredited providers.",
     [2.5, 2.5, 2.5, 2.5, 3, 3],
     [(2019, "ECT Act 2009 provisions"),
      (2021, "ECT Act No. 4 of 2021"),
      (2023, "First certification service provider accredited by ZICTA")]),
    ("Digital ID & Trust", "DID-03",
     "National public key infrastructure (PKI) with government root certification authority",
     3, "", "",
     "Whether a national PKI with a root certification authority is operational.",
     [2, 2, 2, 2.5, 2.5, 3],
     [(2020, "PKI design study"),
      (2022, "National PKI root CA in test operation"),
      (2024, "National PKI root CA operational")]),
    ("Digital ID & Trust", "DID-04",
     "Supervision of trust services (time-stamping, e-seals, e-delivery)",
     2, "", "",
     "Whether trust service providers are supervised by a competent authority.",
     [1.5, 2, 2, 2, 2, 2],
     [(2019, "ZICTA licensing framework"),
      (2022, "ZICTA trust service supervision guidelines")]),
    ("Digital ID & Trust", "DID-05",
     "Privacy-by-design and data minimisation requirements for digital ID",
     3, "1", "",
     "Whether digital identity systems must apply privacy-by-design and data minimisation.",
     [N, N, 2, 2, 2.5, 2.5],
     [(2021, "Data Protection Act 2021, ss. on processing principles"),
      (2023, "INRIS data protection impact assessment")]),
    ("Digital ID & Trust", "DID-06",
     "Remote identity verification (eKYC) for financial and mobile services",
     4, "", "3",
     "Whether remote identity verification is permitted and used by banks and mobile operators.",
     [N, 3, 3, N, 3, 3],
     [(2020, "Bank of Zambia tiered KYC"),
      (2023, "Bank of Zambia eKYC guidance; mobile operator SIM registration verification")]),

    # ------------------------------------------------------- Interoperability
    ("Interoperability", "INT-01",
     "Government interoperability framework adopted (Smart Zambia e-government interoperability)",
     3, "2", "",
     "Whether a whole-of-government interoperability framework is adopted.",
     [2, 2.5, 2.5, 3, 3, 3],
     [(2019, "Smart Zambia e-Government interoperability framework (draft)"),
      (2022, "E-Government Act No. 41 of 2021; interoperability framework adopted")]),
    ("Interoperability", "INT-02",
     "National data exchange platform connecting core government registries",
     5, "", "",
     "How many core registries exchange data through the national platform.",
     [3.5, 3.5, 4, 3.5, 4, 4.5],
     [(2019, "Government service bus, pilot"),
      (2021, "Government service bus: registries connected"),
      (2022, "Platform migration, two registries temporarily disconnected"),
      (2023, "Smart Zambia data exchange platform, registries reconnected"),
      (2024, "Smart Zambia data exchange platform, all core registries connected")]),
    ("Interoperability", "INT-03",
     "Common data standards and metadata for government information",
     3, "", "",
     "Whether common data and metadata standards are mandated across government.",
     [2, 2, 2, 2, 2.5, 2.5],
     [(2019, "Smart Zambia ICT standards"),
      (2023, "Government data standards catalogue")]),
    ("Interoperability", "INT-04",
     "Cross-border data and digital service interoperability (SADC, COMESA, Smart Africa)",
     4, "", "3",
     "Whether national systems interoperate with regional platforms and partners.",
     [N, 3, 3, 3, 3, 3.5],
     [(2020, "SADC roaming and payments initiatives"),
      (2022, "Smart Africa cross-border digital ID and payments pilots"),
      (2024, "Regional interoperability pilots, digital ID and payments")]),
    ("Interoperability", "INT-05",
     "Secure API gateway and service catalogue for e-government services",
     2, "0.5", "",
     "Whether e-government services are exposed through a secured and catalogued API gateway.",
     [N, N, 1, 1, 2, 2],
     [(2021, "API gateway pilot"),
      (2023, "Government API gateway and service catalogue")]),
]


def fmt_num(x):
    """Integers without a decimal point, other values with one decimal."""
    if x is None:
        return ""
    if float(x) == int(x):
        return str(int(x))
    return "%.1f" % x


def evidence_for(stages, year, score):
    if score is None:
        return ""
    text = ""
    for start, t in stages:
        if start <= year:
            text = t
    return text


def write_csv(path):
    rows = []
    for year in YEARS:
        for (pillar, iid, name, mx, weight, target, desc, scores, stages) in INDICATORS:
            score = scores[YEARS.index(year)]
            rows.append([
                COUNTRY, COUNTRY_NAME, REGION, str(year), pillar, iid, name,
                fmt_num(score), fmt_num(mx), weight, target,
                evidence_for(stages, year, score), desc, SOURCE,
            ])
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")  # default QUOTE_MINIMAL
        w.writerow(HEADER)
        w.writerows(rows)
    return len(rows)


def num(cell, default=None):
    return default if cell.strip() == "" else float(cell)


def check(path):
    with open(path, newline="", encoding="utf-8") as f:
        raw = list(csv.reader(f))
    assert raw[0] == HEADER, "header mismatch: %r" % raw[0]
    assert all(len(r) == len(HEADER) for r in raw), "inconsistent field count"
    assert all(r[-1] == SOURCE for r in raw[1:]), "every row states the source"
    rows = [dict(zip(HEADER, r)) for r in raw[1:]]

    years = sorted({int(r["year"]) for r in rows})
    assert years == YEARS, years
    pillars = []
    for r in rows:
        if r["pillar"] not in pillars:
            pillars.append(r["pillar"])
    assert pillars == PILLARS, pillars
    ids = {r["indicator_id"] for r in rows}
    assert len(ids) >= 45, len(ids)
    for p in PILLARS:
        n = len({r["indicator_id"] for r in rows if r["pillar"] == p})
        assert 5 <= n <= 8, (p, n)

    keys = [(r["country"], r["year"], r["indicator_id"]) for r in rows]
    assert len(keys) == len(set(keys)), "duplicate (country, year, indicator_id)"
    assert all((r["country"], r["country_name"], r["region"]) ==
               (COUNTRY, COUNTRY_NAME, REGION) for r in rows)

    empty = 0
    zeros = 0
    per_ind = {}
    for r in rows:
        mx = num(r["max_score"])
        assert mx > 0, r
        s = num(r["score"])
        if s is None:
            empty += 1
        else:
            assert 0 <= s <= mx, ("score out of range", r["indicator_id"], r["year"])
            zeros += s == 0
        w = num(r["weight"], 1.0)
        assert w >= 0, r
        t = num(r["target"])
        if t is not None:
            assert 0 <= t <= mx, ("target out of range", r["indicator_id"])
        assert r["description"].strip(), r
        per_ind.setdefault(r["indicator_id"], {})[int(r["year"])] = (s, mx, w, t, r["indicator"], r["description"])
    assert 8 <= empty <= 12, empty
    assert zeros >= 2, zeros

    # constant metadata per indicator
    for iid, by_year in per_ind.items():
        meta = {v[1:] for v in by_year.values()}
        assert len(meta) == 1, ("metadata varies across years", iid)

    n_targets = sum(1 for by_year in per_ind.values()
                    if next(iter(by_year.values()))[3] is not None)
    assert 8 <= n_targets <= 10, n_targets

    drops = same = 0
    for by_year in per_ind.values():
        for y0, y1 in zip(YEARS, YEARS[1:]):
            a, b = by_year[y0][0], by_year[y1][0]
            if a is not None and b is not None:
                drops += b < a
                same += b == a
    assert 3 <= drops <= 5, drops

    with_ev = sum(1 for r in rows if r["evidence"].strip())
    assert with_ev >= 0.8 * len(rows), (with_ev, len(rows))
    assert any("," in r["evidence"] for r in rows)
    assert any("\n" in r["evidence"] for r in rows)
    long_names = {r["indicator"] for r in rows if 60 <= len(r["indicator"]) <= 110}
    assert len(long_names) >= 5, len(long_names)
    assert max(len(r["indicator"]) for r in rows) <= 110
    weights = [next(iter(v.values()))[2] for v in per_ind.values()]
    assert 6 <= sum(w > 1 for w in weights) <= 8, weights
    assert 1 <= sum(w < 1 for w in weights) <= 2, weights

    # --- scoring -----------------------------------------------------------
    table = {}
    for y in YEARS:
        table[y] = {}
        for p in PILLARS:
            num_, den = 0.0, 0.0
            for r in rows:
                if int(r["year"]) != y or r["pillar"] != p:
                    continue
                s = num(r["score"])
                if s is None:
                    continue
                w = num(r["weight"], 1.0)
                num_ += w * s / num(r["max_score"])
                den += w
            if den > 0:
                table[y][p] = 100.0 * num_ / den
        table[y]["overall"] = sum(table[y][p] for p in PILLARS if p in table[y]) / \
            len([p for p in PILLARS if p in table[y]])

    short = ["Legal", "Policy", "Tech", "CapDev", "Coop", "DigID", "Interop", "Overall"]
    print("year " + "".join("%9s" % s for s in short))
    for y in YEARS:
        vals = [table[y].get(p) for p in PILLARS] + [table[y]["overall"]]
        print("%d " % y + "".join("%9.2f" % v for v in vals))
    print("rows=%d indicators=%d empty_scores=%d zeros=%d drops=%d unchanged=%d "
          "targets=%d evidence=%d/%d" % (len(rows), len(ids), empty, zeros, drops,
                                         same, n_targets, with_ev, len(rows)))

    ov = [table[y]["overall"] for y in YEARS]
    assert 60 <= ov[0] <= 64, ov[0]
    assert 68.0 <= ov[1] <= 69.9, ov[1]
    assert 72 <= ov[2] <= 78, ov[2]
    assert 79 <= ov[3] <= 85, ov[3]
    assert 85 <= ov[4] <= 90, ov[4]
    assert 91.0 <= ov[5] <= 93.5, ov[5]
    assert all(a < b for a, b in zip(ov, ov[1:])), "overall must rise each year"
    for y in YEARS:
        cd = table[y]["Capacity Development"]
        others = [table[y][p] for p in PILLARS if p != "Capacity Development"]
        assert cd < min(others), ("CD not weakest", y)
        vals = [round(table[y][p], 6) for p in PILLARS]
        assert len(set(vals)) == len(vals), ("equal pillar scores", y)
    assert 35 <= table[2020]["Capacity Development"] <= 45
    assert 70 <= table[2024]["Capacity Development"] <= 80
    assert table[2023]["Legal"] >= 95 and table[2024]["Legal"] >= 95
    assert table[2021]["Legal"] - table[2020]["Legal"] >= 20
    print("all checks passed")


def main():
    if "--check" not in sys.argv[1:]:
        n = write_csv(OUT)
        print("wrote %s (%d data rows)" % (OUT, n))
    check(OUT)


if __name__ == "__main__":
    main()
