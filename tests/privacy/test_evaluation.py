"""Scores on the labelled evaluation sets (tests/privacy/data, built by make_eval_sets.py).

Four sets: TUNING (the detectors were iterated on it), HELD-OUT (written in other
registers; its errors were later read and fixed, so it is no longer unseen), FRESH
(written after that, in yet other registers, and scored once with the detectors frozen)
and NOVEL (written by someone who had not read the detectors, in registers none of the
others uses). The goals are asserted on FRESH, and met there since the rules for chat,
lists and lower-case names, which were written after reading FRESH's errors.

NOVEL was scored once with the detectors frozen at commit 3186f2d, and missed the goals
(micro F1 0.888, leak rate 10.63%). Its errors have since been READ, and rules for its
registers (speaker labels, table columns, signatures, "SURNAME, Given", "… e Surname",
full stops, column gaps, e-mail reply prefixes…) were written after them: no set here is
unseen any more. The guards below hold the figures reached (F1 0.997, leak 0.56%); they
say that the rules fix what they were written for, not that they generalise. Judging
them again needs a fifth set, written without reading the detectors.

FIFTH is that set (registers none of the others uses: chatbot and WhatsApp logs, log
lines in tickets, powers of attorney, police reports, OCR'd contracts, referral and
exam-request forms, insurance claims, invoices, Pix receipts…). It was scored once with
the detectors frozen at commit 551c72f: micro F1 0.912, PERSON recall 0.954, leak rate
3.22%, so on unseen text the goals (F1 >= 0.95, leak <= 1%) are not met. Its errors
have since been READ, and rules for its registers (streets without a number as places,
registers with the state after the number and TISS's "Número no conselho", NF-e keys,
virtual assistants' names, firms signing, JSON/key=value name fields, chat-export
senders, "doravante denominado", "Jr.", lines ending without punctuation…) were written
after them: fifth is no longer unseen either. The guard below holds the figures reached
(F1 0.999, PERSON recall 0.998, leak 0.06%); judging the rules needs a sixth set.

SIXTH is that set (call-centre scorecards, gatehouse logbooks, passenger lists, notarial
deeds, court dockets, probate heirs, SAMU logs, dispensing books, credit memos, rent
receipts…; long documents, unknown given names with unknown surnames). Scored once with
the detectors frozen at commit e747654: micro F1 0.956, PERSON recall 0.919 (both goals
met on unseen text for the first time), leak rate 7.51% (not met: 144 missed names).
Its errors have since been READ ("more general evidence" in docs/privacy.md: name shape,
gendered role labels, agent nouns…); the guard below holds what was reached (F1 0.987,
leak 2.43%). Judging those rules needs a seventh set.

SEVENTH is that set (app reviews, DMs, return labels, SISBAJUD orders, surgical
checklists, rosters, bank statements, consórcio minutes…; a third of its names are also
words: Rosa, Flor, Luz, Serafim). Scored once with the detectors frozen at commit e507bfc:
micro F1 0.944, PERSON recall 0.891, leak rate 9.10% — none of the goals met. Its
errors have since been READ; the guard below holds F1 0.972, leak 4.65%.

EIGHTH (speech-analytics transcripts, SMS reports, ICU evolutions, payslips, card
statements, remittances…; a quarter of its names of immigrant origin) was scored once
with the detectors frozen at commit e2c5256: micro F1 0.922, PERSON recall 0.870, leak
rate 11.69% — no goal met.

NINTH and TENTH (make_ninth_set.py, make_tenth_set.py; written blind) judged the learned
person tagger, scored once with the detectors frozen at commit 8e53e6b: ninth F1 0.947,
PERSON recall 0.919, leak 4.31% (rules alone 0.934 / 0.862 / 6.94%); tenth F1 0.953,
PERSON recall 0.909, leak 4.02% (rules alone 0.937 / 0.843 / 7.05%). Their errors have
since been read. ELEVENTH and TWELFTH (written blind) judged what was built after,
scored once frozen at commit 771000c: eleventh F1 0.943, PERSON recall 0.939, leak 4.72%
(rules alone 0.934 / 0.883 / 8.17%); twelfth F1 0.897, PERSON recall 0.909, leak 9.39%
(rules alone 0.877 / 0.813 / 14.25%). Their errors have since been read (guards below).

THIRTEENTH (long-form prose: sentenças, acórdãos, deeds, discharge summaries, credit
memos, audit reports; written blind) and FOURTEENTH (speech transcripts and machine
formats: ASR calls, hearings, voice notes, FHIR, NF-e, eSocial, TISS, OFX, CSV, SQL;
written blind) judged what was built after, scored once frozen at commit 8e08f29:
thirteenth F1 0.975, PERSON recall 0.969, leak 1.49% (rules alone 0.970 / 0.930 /
4.27%); fourteenth F1 0.881, PERSON recall 0.877, leak 11.16% (rules alone 0.851 /
0.733 / 18.18%). Fourteenth's errors have since been read.

FIFTEENTH (back-office documents: helpdesk ticket histories, e-mail chains with
signatures, HR forms, insurance claims, collection logs, board and CIPA minutes; written
blind) and SIXTEENTH (social-media threads, Telegram exports, SAMU radio logs, podcast
transcripts, hurried notes; vCard, LDAP, CRM/bank JSON, court XML, fixed-width mainframe
records, Markdown tables; written blind) judged what was built after, scored once frozen
at commit 8a20dff: fifteenth F1 0.964, PERSON recall 0.948, leak 2.19% (rules alone
0.954 / 0.894 / 5.34%); sixteenth F1 0.910, PERSON recall 0.879, leak 8.86% (rules alone
0.864 / 0.698 / 17.51%). Their errors have since been read.

SEVENTEENTH (regulated public-facing documents: Diário Oficial acts, civil-registry
certificates, auction notices, labour settlements, DETRAN proceedings, SUS referrals,
controlled-drug prescriptions, KYC forms, INSS letters, e-CAC messages; written blind)
and EIGHTEENTH (text as it reaches a fine-tuning team: instruction pairs, evaluation
sheets, quoted-printable and HTML e-mails, PDF extractions with hyphenation, OCR'd
handwritten forms, diarised transcripts, Slack exports, GitHub issues, Jupyter output,
translation memories; damaged values labelled as they stand; written blind) judged what
was built after, scored once frozen at commit 75e4fd1: seventeenth F1 0.969, PERSON
recall 0.980, leak 1.82% (rules alone 0.962 / 0.937 / 4.78%); eighteenth F1 0.893,
PERSON recall 0.927, leak 13.00% (rules alone 0.871 / 0.812 / 18.08%). Their errors have
since been read.

NINETEENTH (everyday prose by ordinary people and small businesses: orders and
appointments by e-mail, classifieds, lost-and-found posts, leases between individuals,
small-claims complaints, vet records, gym forms, class-parents groups in lower case; pets
named like people; written blind) and TWENTIETH (corporate data analysis: dbt and SQL
results in tickets, BI exports, data-catalog profiles, RoPA inventories, churn feature
dumps, REDCap-like extracts, credit-score explanations, customer-360 cards; written blind)
judged what was built after, scored once frozen at commit 430cbd2: nineteenth F1 0.954,
PERSON recall 0.901, leak 2.85% (rules alone 0.910 / 0.723 / 8.78%); twentieth F1 0.942,
PERSON recall 0.929, leak 6.83% (rules alone 0.914 / 0.778 / 14.14%). Their errors have
since been read.

TWENTYFIRST (the text of fine-tuning datasets: instruction pairs, Alpaca and ShareGPT/
ChatML/Llama transcripts, few-shot prompts, classification, summarisation and extraction
pairs, macros with placeholders; written by a helper who, for want of its brief's rules,
saw commit subjects and part of this file, never the detectors) and TWENTYSECOND (small
organisations' paperwork as PDF-to-text or OCR gives it: payslips, boletos, receipts,
leases, condominium notices, school and church records, lab reports, workshop orders;
written blind) judged what was built after, scored once frozen at commit 1c79859:
twentyfirst F1 0.968, PERSON recall 0.968, leak 3.28% (rules alone 0.957 / 0.907 /
6.18%); twentysecond F1 0.965, PERSON recall 0.973, leak 4.16% (rules alone 0.961 /
0.934 / 6.36%). Their errors have since been read.

TWENTYTHIRD (public-sector and social-services casework: ombudsman complaints, CRAS and
Conselho Tutelar reports, Defensoria intake, police occurrence reports, SISREG and INSS
requests, CadÚnico extracts; written blind) and TWENTYFOURTH (sales and CRM records: lead
cards, call scripts, speech analytics, chatbots with handoff, NPS answers, insurance and
consórcio proposals; written blind) judged what was built after, scored once frozen at
commit b561e5f: twentythird F1 0.943, PERSON recall 0.962, PERSON precision 0.890, leak
4.99% (rules alone 0.940 / 0.932 / 6.54%); twentyfourth F1 0.956, PERSON recall 0.964,
PERSON precision 0.866, leak 2.37% (rules alone 0.950 / 0.911 / 4.09%). Their errors have
since been read.

TWENTYFIFTH (hospital and clinic records as they leave an EHR: admission and progress
notes, handovers, discharge summaries, prescriptions and dispensing logs, lab reports,
patient-portal threads, audit trails, billing and TISS appeals; written blind) and
TWENTYSIXTH (court and law-firm case files: petitions, hearing minutes, acórdãos citing
case law, DJe lists, inventories, SISBAJUD reports, case-management exports; written
blind) judged what was built after, scored once frozen at commit 6dd4046: twentyfifth F1
0.971, PERSON recall 0.989, PERSON precision 0.926, leak 2.02% (rules alone 0.967 / 0.948
/ 4.04%); twentysixth F1 0.966, PERSON recall 0.990, PERSON precision 0.903, leak 0.78%
(rules alone 0.965 / 0.968 / 2.21%), the first unseen set on which all three goals hold.
Their errors have since been read (7a7da76, 638da8f): twentyfifth F1 0.983, leak 0.18%;
twentysixth F1 0.971, leak 0.21%.

TWENTYSEVENTH (human resources and people operations: HR helpdesk tickets, onboarding,
recruiting chats, TRCT, labour claims and hearings, ASO/CAT, medical certificates,
payslips, payroll remittances, eSocial XML, benefits with dependants, CVs; written blind)
and TWENTYEIGHTH (insurance, banking back office and collections: claim first-notice
calls, roadside dispatch logs, card disputes, collection queues, fraud investigations,
BACEN answers, prior authorisations and reimbursements, KYC dossiers, Open Finance logs,
Pix MED disputes, COAF notes; written blind) judged what was built after, scored once
frozen at commit 638da8f: twentyseventh F1 0.968, PERSON recall 0.981, PERSON precision
0.932, leak 1.72% (rules alone 0.966 / 0.946 / 2.98%); twentyeighth F1 0.959, PERSON
recall 0.968, PERSON precision 0.892, leak 2.50% (rules alone 0.956 / 0.924 / 4.48%).
Their errors have since been read: twentyseventh F1 0.979, PERSON recall 0.991, leak 0.30%;
twentyeighth F1 0.980, PERSON recall 0.977, PERSON precision 0.972, leak 0.57%.

TWENTYNINTH (logistics, e-commerce and delivery: marketplace mediation, returns, carrier
tracking logs, courier chats, delivery-failure reports, shipping labels, JEC petitions,
freight protests, pharmacy and lab deliveries, chargebacks, COD close-outs, seller payouts,
DANFE; written blind) and THIRTIETH (utilities, telecom and real estate: field service
orders in capitals, meter-reading and cut-off lists, Anatel complaints, ownership changes,
tenant screening, eviction and small-claims cases, leases, energy-theft reports,
electro-dependent patients, renegotiations, collection letters, deposits, credit-bureau
batches; written blind) judged the rules above, scored once frozen at commit c331f0a:
twentyninth F1 0.969, PERSON recall 0.976, PERSON precision 0.942, leak 2.86% (rules
alone 0.961 / 0.920 / 4.49%); thirtieth F1 0.911, PERSON recall 0.967, PERSON precision
0.897, leak 8.75% (rules alone 0.907 / 0.916 / 10.43%): its addresses (recall 0.647), bank
accounts (0.612), CEPs (0.718), dates of birth (0.756) and IP addresses (0.318) were
missed most. Their errors have since been read: twentyninth F1 0.981, PERSON recall 0.988,
leak 0.50%; thirtieth F1 0.950, PERSON recall 0.978, leak 3.65% (most of what is left is a
credit bureau's batch whose fields are glued without separators).

THIRTYFIRST (education and research: enrolment forms, school-app chats, transfers,
fixed-width attendance sheets, school-bus lists, registrar e-mails, admissions checks,
public defender petitions, bullying cases, FICAI, disciplinary hearings, ethics opinions,
internship agreements, digital diplomas, school nurses' logs, TCLE, scholarships, student
loans, tuition collection, proctors' payments; written blind) and THIRTYSECOND
(agribusiness and rural life: grain delivery tickets, cooperative admissions, producers'
WhatsApp groups, CAF/Pronaf, CAR/CCIR/ITR, agronomists' visits with ART, usucapião,
rural leases, labour inspections, SINAN pesticide poisonings, vaccination certificates,
e-GTA, rural credit, CPR, harvest payrolls, Proagro; written blind) judged the rules
above, scored once frozen at commit 7836dc0: thirtyfirst F1 0.966, PERSON recall 0.983,
PERSON precision 0.925, leak 1.78% (rules alone 0.961 / 0.941 / 3.22%); thirtysecond F1
0.939, PERSON recall 0.980, PERSON precision 0.854, leak 5.83% (rules alone 0.934 / 0.926
/ 6.91%): rural roads ("Linha", "Ramal", "Travessão" with km and lot) were missed (ADDRESS
recall 0.461), animals' names and birth dates taken for people's. Their non-name errors have
since been read (rural roads, ruled reports, plates after "veículos", cards with their
expiry): thirtyfirst F1 0.976, leak 0.84%; thirtysecond F1 0.952, leak 1.53%.

THIRTYTHIRD (travel, tourism and hospitality: hotel registrations, booking exports,
passenger manifests with PNR-like records, lost luggage, tour rosters, event lists,
cancelled-flight complaints and JEC cases, travel insurance, first aid, chargebacks,
commissions, refunds; written blind) and THIRTYFOURTH (construction and property
development: site diaries, worker admissions and NR training, time clocks, ART/RRT with
CREA and CAU, habite-se, off-plan sales, defects, labour and delay suits, CAT, ASO, EPI
receipts, payment plans, subcontractor measurements; written blind) judged the rules
above, scored once frozen at commit e037f5e: thirtythird F1 0.974, PERSON recall 0.970,
PERSON precision 0.955, leak 2.41% (rules alone 0.967 / 0.908 / 4.05%); thirtyfourth F1
0.976, PERSON recall 0.957, PERSON precision 0.948, leak 1.61% (rules alone 0.962 / 0.874 /
3.88%). Their errors have since been read (airline name fields and birth dates, plates
after "ambulância", CAU numbers, a condominium inside an address): thirtythird F1 0.979,
leak 0.98%; thirtyfourth F1 0.978, leak 1.16%.

THIRTYFIFTH (pharmacy retail, the pharmaceutical industry and clinical research: loyalty
sign-ups, delivery orders, SAC adverse-event tickets, SNGPC controlled-drug books, CIOMS-like
forms, trial screening logs, consent pages, monitoring reports, participant reimbursements,
high-cost drug lawsuits; written without reading the detectors, though its writer, given a
brief without its rules at first, saw commit subject lines before finding them) was scored
once frozen at commit f9de828: F1 0.971, PERSON recall 0.981, PERSON precision 0.933, leak
1.03% (rules alone 0.971 / 0.939 / 2.25%). Its errors have since been read (role mailboxes
of drugstores and research sites, a name before a council's or a document's acronym, the
document's type in the cell before its number, "26 MAI 1995", drug makers, English form
labels): F1 0.987, leak 0.49%.

THIRTYSIXTH (automotive services and urban mobility: dealership forms, workshop service
orders in capitals, recalls, tow-truck chats, ride-hailing disputes, transit-card requests,
car-park logs, DPVAT petitions, collision judgments, DETRAN driver indications, driver
health exams, SAMU records, financing proposals, toll-tag statements, fuel cards, driving
schools; written blind) was scored once frozen at commit 62b5293 (after the rules written
for thirtyfifth): F1 0.979, PERSON recall 0.987, PERSON precision 0.944, leak 0.45% (rules
alone 0.977 / 0.949 / 1.21%): all three goals met on unseen text, the second set so. Its
errors have since been read (a table's plate under its own header, plates given as a chat's
reply, dot leaders, car trades as contexts, dealers and car models as no names): F1 0.990,
leak 0.25%.

THIRTYSEVENTH (private security, condominium administration and facility services:
gatehouse access logs, condominium WhatsApp groups, gatehouse logbooks, resident-register
screens, fixed-width alarm-monitoring exports, fee collection suits, guards' labour claims,
assembly minutes, CCTV requests, ASOs, CATs, sick-note reports, payroll, accounts
statements; written blind) was scored once frozen at commit 411fe45: F1 0.964, PERSON
recall 0.979, PERSON precision 0.915, leak 1.48% (rules alone 0.961 / 0.940 / 3.07%).
THIRTYEIGHTH (the third sector: donor CRMs, volunteer sign-ups, food-bank registers, migrant
intake interviews, parish books, labour claims of social educators, shelter reports,
community health agents' notebooks, accountability reports to public funders, micro-credit
notebooks, tithe lists; written blind, its writer ran `git show --stat` on its own commit
after committing) was scored once frozen at commit 9f8d056 (411fe45 less 18 given names):
F1 0.970, PERSON recall 0.970, PERSON precision 0.918, leak 1.99% (rules alone 0.965 /
0.896 / 3.76%). Their errors have since been read (an attendance sheet's header of days,
long birth labels, births spelled out, lower-case abbreviated streets, contexts inside
sentences in capitals, signatures' posts on the next line, "Via" streets, plates and dates
under the header of their own column): thirtyseventh F1 0.969, leak 0.88%; thirtyeighth
F1 0.979, leak 0.53%.

THIRTYNINTH (death and what follows it: funeral service orders and plans, family contact
CSVs, crematorium schedules, notarial inventory deeds, judicial inventories, transcribed
death certificates, ITCMD exports, exhumation requests, SIRC returns, DOs in the SIM, morgue
release books, palliative-care notes, life-insurance claims, INSS survivors' pensions,
account closures, partilha worksheets) and FORTIETH (sport, fitness and live events: gym
sign-ups with PAR-Q and CREF, membership cancellations, race registrations, cancelled-show
ticket disputes, stadium access screens, class rolls, betting KYC chats, athletes' labour
claims, image-rights contracts, transfer screens, youth-academy consents, press
accreditation lists, physiotherapy and doping forms, cardiac screenings, chargebacks,
payroll with image-rights companies, race results with prizes), both written blind, were
scored once frozen at commit 9b80bd6: thirtyninth F1 0.974, PERSON recall 0.979, PERSON
precision 0.949, leak 1.41% (rules alone 0.970 / 0.939 / 2.35%); fortieth F1 0.952,
PERSON recall 0.975, PERSON precision 0.848, leak 1.79% (rules alone 0.955 / 0.929 /
3.34%). Their errors have since been read (a ruled report's header that numbers a
column, headers one blank apart, a cell that fills its ruled column, a column of either of
two persons, bank columns beside an agency's, a savings variation, bank/agency/account in
one field, "sem número", self-introductions and signatures of one word, nicknames in
brackets, sports and event organisations, logins, pain scores, answers of fields split by
slashes): thirtyninth F1 0.984, leak 0.33%; fortieth F1 0.982, leak 0.62%.

FORTYFIRST (media, publishing, advertising and the creative industries: streaming support,
ombudsman tickets, casting forms, call sheets, image and voice releases, right-of-reply
requests, author and influencer contracts, copyright petitions, performers' health
certificates, stunt insurance, RPA receipts, royalty statements, payout CSVs) and
FORTYSECOND (data protection, IT operations and fraud prevention: DPO requests and answers,
breach notices, SOC alerts and access logs, helpdesk tickets, SIM-swap and account-takeover
cases, legal holds, e-discovery exports, chart-access audits, KYC dossiers), both written
blind, were scored once frozen at commit 27e8667: fortyfirst F1 0.960, PERSON recall 0.967,
PERSON precision 0.897, leak 2.75% (rules alone 0.952 / 0.896 / 5.02%); fortysecond F1
0.975, PERSON recall 0.970, PERSON precision 0.948, leak 2.26% (rules alone 0.969 / 0.906
/ 4.51%). Their errors have since been read (Pix key columns, DRT and MTb registrations,
bare CEPs after the city and state, agency/account after "conta", savings after an agency,
e-discovery custodians, key=value counterparties, DICOM names, "aqui é", titles of works in
quotes, media organisations): fortyfirst F1 0.977, leak 0.85%; fortysecond F1 0.981, leak
0.59%.

FORTYTHIRD (beauty, aesthetics, dentistry and personal care: salon bookings and client
cards, guardians' consents for tattoos, cosmetics shop tickets, spa agendas, complaints,
filler-complication petitions, CRO and COREN cases, orthodontic contracts, odontograms,
filler records, prosthesis lab orders, GTO claims, commission CSVs, chargeback JSON, NFS-e)
and FORTYFOURTH (the penal system and public security: visitor registrations and lists,
vehicle-theft reports, ombudsman e-mails, ankle-monitor logs, PROVITA forms, admission
records, BNMP extracts, sentence-progression petitions, custody hearings, transfer orders,
TB screening, psychiatric reports, prison pharmacy sheets, remission and pecúlio CSVs, bail
receipts, auxílio-reclusão claims), both written blind, were scored once frozen at commit
8669e2c: fortythird F1 0.962, PERSON recall 0.963, PERSON precision 0.889, leak 1.91%
(rules alone 0.957 / 0.900 / 4.26%); fortyfourth F1 0.977, PERSON recall 0.971, PERSON
precision 0.919, leak 0.86% (rules alone 0.976 / 0.945 / 2.26%) -- every goal met on
unseen text, the third set to do so. Their errors have since been read (WhatsApp's "~ "
senders, turn marks in brackets, dates under a CPF in answers typed one field a line, cards
and documents keyed in JSON, receptionists, dental auxiliaries' categories, "Pç.",
nicknames after "vulgo/alcunha", prison fields, dates of birth in brackets before the
documents, words that are no names, salon organisations): fortythird F1 0.984, leak 0.97%;
fortyfourth F1 0.982, leak 0.46%.

FORTYFIFTH (elections and political life: voter registration forms, TRE chats, e-mails to
councillors' offices, ombudsman complaints, public-hearing attendance lists, poll-worker
sign-ups, help-line transcripts, Pardal complaints, vote-buying judgments, candidate
registrations, party-membership notices, election-day police reports, content-removal
answers with access logs, poll workers' excuses, campaign donations and payroll) and
FORTYSIXTH (pets and veterinary services: clinic WhatsApp exports, grooming agendas,
adoption forms, dog-walker tickets, grooming-injury complaints, loyalty JSON, barking-dog
complaints, dog-bite petitions, CRMV complaints, adoption terms, animal-abuse reports,
clinic records, anti-rabies forms, vaccination cards, surgery and euthanasia consents,
zoonoses CSVs, pet-insurance claims, walker payouts; animals' names are no persons), both
written blind, were scored once frozen at commit 818c910: fortyfifth F1 0.943, PERSON
recall 0.977, PERSON precision 0.870, leak 3.96% (rules alone 0.936 / 0.920 / 6.50%);
fortysixth F1 0.947, PERSON recall 0.960, PERSON precision 0.807, leak 1.66% (rules alone
0.947 / 0.904 / 3.61%). Their errors have since been read (columns named with a year,
phone-number speakers, the título after "inscrição", in an "INSCRIÇÃO" column, as a chat
answer or read in groups, lower-case names answering a name question, "nome de urna",
roles after a comma, institutions as chat senders, pets named after their kind or before
their breed, names cut to an initial, notes on how to find a house): fortyfifth F1 0.979,
leak 0.58%; fortysixth F1 0.962, leak 1.05%.

FORTYSEVENTH (elderly and long-term care: ILPI reception chats, visit logs, caregivers'
WhatsApp handovers, ombudsman e-mails, funeral-plan and home-care tickets, curatorship
petitions, Disque 100 reports, financial-abuse police reports, admission contracts,
caregivers' labour claims, resident files, medication records, fall reports, home visits,
BPC applications, caregivers' payslips, consignado fraud tickets) and FORTYEIGHTH
(military service, the armed forces and firearms control: enlistment chats and forms,
reservist certificates, SINARM tickets, shooting clubs' chats and books, veterans' CSVs,
duty rosters, desertion records, military-court minutes, seized firearms, barracks
bulletins, health boards, military hospitals, psychological reports, fitness tests,
pensions, pay slips, gun shops' sales maps), both written blind, were scored once frozen
at commit f1a59cd: fortyseventh F1 0.989, PERSON recall 0.984, PERSON precision 0.972, leak
0.53% (rules alone 0.984 / 0.942 / 2.32%) -- every goal met on unseen text, the fourth set
to do so; fortyeighth F1 0.967, PERSON recall 0.946, PERSON precision 0.935, leak 2.48%
(rules alone 0.960 / 0.889 / 4.80%). Their errors have since been read (the armed forces'
dates, "PNR" complements, ranks as contexts, @mentions, dressed mobile numbers after another
document's word): fortyseventh F1 0.989, leak 0.53%; fortyeighth F1 0.974, leak 1.58%.

FORTYNINTH (ports, shipping, foreign trade and customs: brokers' e-mail threads, courier
tax chats, terminal gate logs, crew lists, freight quotes, Radar tickets, seizure notices,
writs, maritime claims, port workers' labour claims, powers of attorney, ASOs, port clinic
logs, CATs, medical evacuations, disbursement accounts, DI extracts, OGMO payrolls, refund
CSVs, demurrage, truck drivers' freight payments) and FIFTIETH (consumer credit and
over-indebtedness: store credit forms, carnê chats, renegotiation offers, fair attendance
lists, wrongful-listing complaints, collection scripts, budget worksheets, repactuação
petitions, Procon minutes, SISBAJUD reports, guarantors' notices, hospital bills, hardship
reports, CAPS referrals, fintech loan logs, statements, Desenrola CSVs, payroll-loan
fraud), both written blind, were scored once frozen at commit bc155e4: fortyninth F1 0.965,
PERSON recall 0.990, PERSON precision 0.905, leak 1.71% (rules alone 0.967 / 0.944 /
3.68%); fiftieth F1 0.986, PERSON recall 0.983, PERSON precision 0.945, leak 0.39% (rules
alone 0.981 / 0.941 / 2.12%) -- every goal met on unseen text, the fifth set to do so.
Their errors have since been read (dates with the month in English, "Branch"/"Account",
"Surname, Given names" columns, a single name with a kinship in brackets): fortyninth F1
0.969, leak 1.26%; fiftieth F1 0.986, leak 0.35%.

FIFTYFIRST (families, children and family courts: CMEI waiting lists and enrolment forms,
Conselho Tutelar intakes, school-transport contracts, CRAS visits, child-support petitions
and enforcement, CEJUSC minutes, divorces, DNA reports, adoption studies, care-home
reports, prenatal and paediatric notes, newborn discharges, violence notifications,
child-support statements, payroll deductions, arrears calculations, CadÚnico summaries)
and FIFTYSECOND (household and small-business energy: solar sales chats, gas delivery
lists, inverter app tickets, EV charging chats, fuel complaints and loyalty exports,
electricians' orders, inspection (TOI) claims and judgments, solar contracts, gas-leak
records, electrocution threads, burn and CO records, ASOs, solar financing, fleet fuel
cards, chargebacks, gas depots' credit notebooks, cooperative payouts), both written
blind, were scored once frozen at commit 64e678a: fiftyfirst F1 0.983, PERSON recall
0.989, PERSON precision 0.950, leak 0.51% (rules alone 0.978 / 0.962 / 1.59%) -- every
goal met on unseen text, the sixth set to do so; fiftysecond F1 0.978, PERSON recall
0.957, PERSON precision 0.935, leak 1.28% (rules alone 0.976 / 0.918 / 2.49%). Their
errors have since been read (a blank line or a sentence's end before a name no longer
makes it part of an organisation's; a phone number right after a name; a judgment's
rapporteur, signatures by proxy, shift handovers, a van's monitor, "cc:"; a chat's speaker
with a department; "Aqui é <name> da <firm>"; an addressee opening an e-mail; children's
dates of birth in brackets; CRT registrations; numbered kitnets; vans' plates; a random
key called "aleatória"): fiftyfirst F1 0.985, leak 0.22%; fiftysecond F1 0.983, leak
0.56%.

FIFTYTHIRD (notaries and registry offices: WhatsApp chats, signature cards, e-Notariado
session logs, CRC certificate requests, marriage desk schedules and banns, Corregedoria
complaints, queue exports, deeds of sale, powers of attorney, inventories, divorce deeds,
property records, protest notices, birth-record corrections, death registrations, DNV
exports, capacity reports, living wills, hospital signings, SIRC reports, fee receipts,
CRA batches, DOI worksheets, heirs' bank letters, cash closings, despachante invoices,
fiduciary notices) and FIFTYFOURTH (industrial plants and occupational safety: gate access
logs, supervisors' WhatsApp groups, insalubridade tickets, contractor onboarding, NR-35/
NR-12 attendance lists, hotline exports, CIPA minutes, labour claims, expert reports,
hearing minutes, settlements, accident e-mail threads, inspectors' notices, contractor
agreements, ASOs, CATs, PCMSO calls, audiometry, infirmary logs, return-to-work e-mails,
ER records, shift payrolls, payslips, work orders, expense reports, TRCTs, EPI records,
RPA batches), both written blind, were scored once frozen at commit fd33c21: fiftythird
F1 0.979, PERSON recall 0.986, PERSON precision 0.959, leak 1.04% (rules alone 0.976 /
0.956 / 2.36%); fiftyfourth F1 0.971, PERSON recall 0.982, PERSON precision 0.915, leak
1.43% (rules alone 0.968 / 0.928 / 3.50%). Their errors have since been read
(work-safety technicians' MTE/SRTE registrations, "sobreloja", "Primo" and "Nora" as
given names, "avisei", "ver com", "aprovado por", "Filiação", "apresentante",
"Oficial/Tabelião", posts after a name, a scan's "l" for an "I" in capitals): fiftythird
F1 0.980, leak 0.47%; fiftyfourth F1 0.977, leak 0.30%.

FIFTYFIFTH (telecom retail and mobile/broadband plans: store sales orders, retention
chats, SIM swap and portability forms, fibre work orders, top-up gateway logs, Anatel
complaints, sellers' WhatsApp chats, SIM-swap fraud petitions, number-cloning police
reports, conciliation minutes, data-retention notices, subscriber-data answers to court
orders, dealer contracts, insurance claim denials, medical-leave call logs, installers'
accidents, corporate line lists, home-care device e-mails, voice assessments, health
agents' chip CSVs, panic-button forms, collection letters and queues, insurance payouts,
chargebacks, commission CSVs, credit analyses, SIM-swap fraud reports) and FIFTYSIXTH
(temporary-work and staffing agencies: job-portal forms, CVs, interview schedules, job
groups' WhatsApp exports, benefit-card e-mails, clock-in tickets, OCR'd registration
sheets, temp contracts, labour claims, hearing minutes, document requests, lawsuit CSVs,
settlement petitions, inspection notices, ASOs, exam schedules, sick-note e-mails,
toxicology reports, CATs, health-plan files, infirmary logs, payslips, Pix batches,
timesheets, TRCTs, invoices, VR/VT orders, advance approvals), both written blind, were
scored once frozen at commit 929d378: fiftyfifth F1 0.966, PERSON recall 0.964, PERSON
precision 0.947, leak 1.03% (rules alone 0.964 / 0.926 / 2.34%); fiftysixth F1 0.970,
PERSON recall 0.960, PERSON precision 0.915, leak 1.68% (rules alone 0.966 / 0.920 /
3.33%). Their errors have since been read (a scan's letters for digits and "l"/"I"
confusions undone in a second view of the text; chat exports' timestamps are no dates of
birth and their date-and-time turn marks are turns; a table of fields and values; IMEIs
are no cards; "d'" inside a street's name; a contact saved with the store after the name;
"Aux.", kinship after a dash, an e-mail's "--" signature, gendered column headers, "DN"
after a name in a log, "ex-" posts, "Auditor(a)-Fiscal:", "reagendou"): fiftyfifth F1
0.984, leak 0.31%; fiftysixth F1 0.975, leak 0.88%.

FIFTYSEVENTH (crypto-asset exchanges and investment fintechs: KYC records, support chats,
account-takeover incidents, P2P trade appeals, scam e-mails, OCR'd CNHs with parsed JSON,
KYC queues, asset-freeze orders, COAF reports, scam petitions, police requests,
consumidor.gov.br complaints, litigation CSVs, counsel threads, ICU withdrawal requests,
guardianship reports, exam CSVs, health-plan files, OCR'd death certificates, tax-receipt
chats, Pix refund JSON, income-tax reports, treasury CSVs, IN 1.888 pipe files,
statements, card disputes, source-of-funds reviews, OTC confirmations) and FIFTYEIGHTH
(online gaming, esports and streaming: ban appeals with login tables, account-recovery
chats, parental consents, moderation CSVs, LAN-house registers, refund threads,
accreditation lists, athlete contracts, extrajudicial notices, small-claims petitions,
OCR'd police reports, Marco Civil answers, powers of attorney, case CSVs, gaming-disorder
notes, CAPSi referrals, intake forms, physiotherapy evaluations, clinic agendas, medical
rosters, psychologist chats, chargebacks, prize sheets, sponsorship e-mails, payouts, RPAs,
takeover logs, KYC JSON), both written blind, were scored once frozen at commit 629270c:
fiftyseventh F1 0.958, PERSON recall 0.983, PERSON precision 0.925, leak 3.76% (rules alone
0.950 / 0.921 / 6.82%); fiftyeighth F1 0.965, PERSON recall 0.983, PERSON precision 0.898,
leak 1.43% (rules alone 0.965 / 0.935 / 3.18%). Their errors have since been read (a
dot leader glued to its value set apart in the second view; a record split by bars: the
street's field, the CEP after the city and state; a random key alone in a chat's turn
after a Pix word on the line above; payout keys; a form's lower-case "Nome :" field):
fiftyseventh F1 0.972, leak 0.99%; fiftyeighth F1 0.968, leak 1.28%.

FIFTYNINTH (urban mobility: driver onboarding forms, passenger complaint chats,
deactivation appeals with login IPs, fare-card gratuity requests and blocking queues,
scooter incidents, courier chats, JARI appeals, OCR'd driver identification forms,
deactivation petitions, accident reports, answers to court orders, insurer settlements,
portfolio CSVs, ER records, licence fitness reports, disability fare-pass reports,
couriers' physiotherapy, clinic agendas, SAMU logs, occupational CSVs, fleet earnings,
courier payouts, fine bills, recharge refunds, rental billing, accident insurance claims,
fraud logs) and SIXTIETH (non-profits, churches and charities: donor CRM cards, OCR'd
volunteer forms, parish chats, food-basket lists, shelter referrals, donation-portal logs,
tithe-payer forms, assembly minutes, expulsion petitions, volunteer agreements,
safeguarding reports, notices to a former treasurer, registry requests, LGPD deletion
requests, shelter triage, health-fair CSVs, child-weighing sheets, grant reports, CAPS
referrals, volunteers' chats, OCR'd prescriptions, recurring-donation CSVs, tithe ledgers,
RPAs, donation receipts, refund tickets, cash-aid batches, bank reconciliations), both
written blind, were scored once frozen at commit b91bb20: fiftyninth F1 0.984, PERSON
recall 0.982, PERSON precision 0.944, leak 0.74% (rules alone 0.983 / 0.954 / 1.80%) --
every goal met on unseen text, the seventh set to do so; sixtieth F1 0.970, PERSON recall
0.980, PERSON precision 0.922, leak 1.26% (rules alone 0.964 / 0.937 / 3.29%). Their
errors have since been read ("TÍT. ELEITOR" headers, a council's region with its state,
a card dictated "por telefone", a name written on the line to sign on): fiftyninth
unchanged; sixtieth F1 0.973, leak 0.79%.

SIXTYFIRST (agribusiness and rural producers: cooperative member files, grain reception
chats, GTA e-mail threads, members' portal logs, OCR'd CAF registrations, delivery
schedules, extension visit reports, possession petitions, crop bonds (CPR), rural labour
claims, lease notices, boundary conciliation minutes, farm probate deeds, case CSVs,
pesticide-poisoning notifications, harvest crews' ASOs, CATs, veterinary certificates,
pesticide prescriptions, health agents' chats, vaccination CSVs, Pronaf proposals, grain
delivery statements, harvest payrolls, input-account renegotiations, ITR/CCIR summaries,
cattle auction settlements, farm-store reconciliations) and SIXTYSECOND (hotels, tourism
and events: FNRH guest forms, booking-platform exports, late-arrival chats, lost-and-found
books, complaints, accreditation lists, agency vouchers with Cadastur guides, small-claims
and labour petitions, Procon defences, security incident reports, venue contracts, LGPD
requests, food-poisoning settlements and investigations, resort medical posts, ASOs,
CATs, food handlers' exams, event medical reports, OCR'd sick notes, payrolls, refunds,
agency sales sheets, ticketing exports, freelance payment batches, reconciliations,
rooming lists), both written blind, were scored once frozen at commit c9a7e83: sixtyfirst
F1 0.965, PERSON recall 0.977, PERSON precision 0.922, leak 2.17% (rules alone 0.963 /
0.941 / 3.34%); sixtysecond F1 0.963, PERSON recall 0.979, PERSON precision 0.916, leak
3.32% (rules alone 0.965 / 0.931 / 5.59%). Their errors have since been read (a driving
licence column "CNH mot.", rural roads in lower case or with a tract after a dash, a tour
guide's Cadastur number, a table of fields and values with a column before the field's,
names greeted without a comma, a list's "name, date of birth, CNS" records): sixtyfirst
F1 0.975, leak 0.40%; sixtysecond F1 0.975, leak 0.62%.

SIXTYTHIRD (pharmacies, drugstores and pharmacy benefit programmes: loyalty sign-ups,
delivery chats and tickets, compounding orders, sanitary fines and defences, Procon
complaints, small-claims and labour petitions, responsibility contracts, LGPD requests,
controlled-medicine books, SNGPC XML, adverse-event reports, Farmácia Popular receipts and
reconciliations, OCR'd prescriptions, chargebacks, riders' payments, NFC-e receipts) and
SIXTYFOURTH (migration and foreigners in Brazil: NGO intakes, job-placement chats,
course CSVs, relocation lists, consular notes, sworn translations, asylum requests,
residence-permit checklists, writs, powers of attorney, SUS registrations, screening
tables, interpreting logs, remittance receipts, KYC exports, cash-aid batches, payrolls,
AML alerts, microcredit applications), both written blind, were scored once frozen at
commit 28fc975: sixtythird F1 0.968, PERSON recall 0.967, PERSON precision 0.958, leak
2.27% (rules alone 0.966 / 0.925 / 3.87%); sixtyfourth F1 0.968, PERSON recall 0.976,
PERSON precision 0.932, leak 3.41% (rules alone 0.959 / 0.897 / 6.00%). Their errors have
since been read (phones abroad, sworn translators' Junta Comercial registrations, SNGPC's
prescriber and buyer fields, misread particles and digits, "Jardim" as a surname, Chinese
names in their own order, nationalities after a name, streets named by a number):
sixtythird F1 0.977, leak 1.12%; sixtyfourth F1 0.980, leak 0.87%.

SIXTYFIFTH (labour unions, pension funds and social-security claims: membership forms,
dues opt-outs, pension-fund chats, homologation terms, INSS petitions, fee contracts,
strike lists, bargaining minutes, medical-expert reports, BPC/LOAS assessments, CATs,
PPPs, consignado statements, portability terms, beneficiary designations, death-benefit
claims) and SIXTYSIXTH (K-12 schools and creches: enrolment forms with pick-up people,
parents' chats, agenda apps, van routes, portal logs, Conselho Tutelar notices, incident
reports, tuition notices, AEE reports, nurse's logs, vaccination checks, scholarship
files, payrolls, Pix reconciliations), both written blind, were scored once frozen at
commit 3b1aaba: sixtyfifth F1 0.977, PERSON recall 0.989, PERSON precision 0.921, leak
0.36% (rules alone 0.976 / 0.948 / 1.76%) -- every goal met on unseen text, the eighth set
to do so; sixtysixth F1 0.980, PERSON recall 0.981, PERSON precision 0.949, leak 1.22%
(rules alone 0.975 / 0.937 / 2.89%). Their errors have since been read (a payment log's
"pan=" key, a child's NIS column, a van's boarding-point column, "AG/TIPO" and
"CONTA/CHAVE" bank columns): sixtyfifth leak 0.30%; sixtysixth F1 0.984, leak 0.58%.

SIXTYSEVENTH (domestic employment and home services: cleaning-app bookings and tickets,
employer-worker chats, agency candidate forms, eSocial e-mails, background checks, labour
claims, contracts, dismissal notices, home-care schedules, medication records, carers'
logs, payslips, DAE guides, TRCTs, Pix receipts, app payouts) and SIXTYEIGHTH (clinical
research: screening logs, participant chats, LGPD requests, pre-screening CSVs, TCLE
pages with e-signature trails, Plataforma Brasil pages, delegation logs, investigators'
CVs, SAE reports, ANVISA notifications, monitoring reports, sample manifests,
reimbursement batches and receipts, RPAs, CRA expenses), both written blind, were scored
once frozen at commit 14ce792: sixtyseventh F1 0.982, PERSON recall 0.982, PERSON
precision 0.977, leak 0.90% (rules alone 0.973 / 0.926 / 2.69%) -- every goal met on
unseen text, the ninth set to do so; sixtyeighth F1 0.980, PERSON recall 0.986, PERSON
precision 0.951, leak 1.34% (rules alone 0.972 / 0.935 / 3.38%). Their errors have since
been read (a Pix key alone in a chat's turn answering a request lines up, a mobile number
as a Pix key, "ted:bank/agency/account", a date of birth after a record's number and a
diagnosis' code): sixtyseventh F1 0.985, leak 0.63%; sixtyeighth F1 0.981, leak 1.07%.

SIXTYNINTH (personal income tax and small accounting offices: clients' chats sending
documents, intake forms, client CSVs, e-CAC tickets and logs, malha fina notices and
replies, alimony agreements, powers of attorney, MEI contracts, medical-expense receipts,
deduction worksheets, exemption reports, DMED files, income statements, DAS guides,
carnê-leão worksheets, billing exports) and SEVENTIETH (civil defence after floods and
landslides: shelter sheets, volunteers' chats, missing-person reports, donation receipts,
radio logs, damages petitions, interdiction reports, rent-aid decisions, triage sheets,
SINAN forms, psychosocial logs, IML records, reconstruction-aid receipts, Pix batches,
chargebacks, indemnities, transparency extracts), both written blind, were scored once
frozen at commit 9b83523: sixtyninth F1 0.982, PERSON recall 0.987, PERSON precision
0.988, leak 1.43% (rules alone 0.978 / 0.964 / 2.47%); seventieth F1 0.982, PERSON
recall 0.987, PERSON precision 0.936, leak 0.44% (rules alone 0.977 / 0.953 / 2.24%) --
every goal met on unseen text, the tenth set to do so. Their errors have since been read
(a DMED file's dependant records, "RG ou CNH", a state's medical council's acronym, a
money word with its amount on the line above): sixtyninth F1 0.985, leak 1.11% (0800
lines, which afinar leaves by design, are much of the rest); seventieth F1 0.983, leak
0.31%.

SEVENTYFIRST (offshore oil and gas and mining: persons-on-board lists, helicopter
manifests, rotation CSVs, gate access logs, a dam emergency plan's residents, accident
investigations, bargaining minutes, labour claims, ASOs, medevac e-mails, CATs, per-diem
sheets, hazard-pay payrolls, emergency aid, a treasury batch log with a CNAB-like file)
and SEVENTYSECOND (artisanal fishing communities: membership forms, seguro-defeso chats
and lists, boat transfers, assembly minutes, IBAMA defences, JEF petitions, ICMBio
seizures, ACS home visits, a river health boat's register, fish-stall notebooks, ice and
diesel credit, dues CSVs, microcredit proposals), both written blind, were scored once
frozen at commit f015ef5: seventyfirst F1 0.946, PERSON recall 0.984, PERSON precision
0.904, leak 4.46% (rules alone 0.942 / 0.925 / 6.85%) -- micro F1 missed (private IPs
labelled by its writer, a CNAB file's accounts); seventysecond F1 0.971, PERSON recall
0.968, PERSON precision 0.932, leak 2.54% (rules alone 0.967 / 0.921 / 4.24%). Their
errors have since been read (CNAB 240 payment batches read by position, a record's fields
and values one a line, firms ending in their legal form, columns of firms and trades,
dams and mines, boats, flights, cost centres, role mailboxes, house complements and
landmarks, rural roads with the home or the farm on them, "Juiz Federal …"):
seventyfirst F1 0.984, leak 1.43% (private IPs, left by design, are 0.6 points of it);
seventysecond F1 0.981, leak 0.73%.

SEVENTYTHIRD (road freight and trucking: freight agents' chats with self-employed drivers,
risk-management registrations, gate logs, tracking consoles, complaint e-mails, 0800
driving-behaviour calls, app signups, labour petitions and hearings, cargo-theft reports,
PRF accident extracts, weighing-station defences, freight contracts, subrogation threads,
toxicology reports, ASOs, ER records, CATs, sleep studies, truck-stop health points,
telemedicine chats, CIOT statements, toll-tag invoices, CT-e CSVs, insurance memos,
payrolls, fine chargebacks, fuel-card statements; every plate labelled, fleet's too) and
SEVENTYFOURTH (universities: SISU lists, enrolment forms, portal help chats, diploma and
apostille threads, housing and meal-card rosters, portal logs, thesis-defence minutes,
quota-committee hearings, disciplinary hearings, writs, FIES settlements, powers of
attorney, DPO requests, residency intake, teaching clinics, ward notes, student-health
CSVs, vaccination checks, needle-stick notices, residents' chats, FIES statements,
tuition-debt exports, grant sheets, donation receipts, meal-card top-ups, per-diem files,
ProUni income checks), both written blind, were scored once frozen at commit 11c9391:
seventythird F1 0.970, PERSON recall 0.977, PERSON precision 0.933, leak 1.72% (rules
alone 0.967 / 0.940 / 3.25%); seventyfourth F1 0.980, PERSON recall 0.989, PERSON
precision 0.941, leak 0.73% (rules alone 0.976 / 0.949 / 2.51%) -- every goal met on
unseen text, the eleventh set to do so. Their errors have since been read (Mercosul plates
with a hyphen, plates a scanner misread after "placa", "Estrada" as a surname, an age is
no house number, "CPF ou matrícula", dot leaders and bar-led field lists with bank rows,
"HE50%" headers, students' and grantees' columns, a university's halls and blocks,
freight firms' words, a bot as chat sender): seventythird F1 0.987, leak 0.54%;
seventyfourth F1 0.991, leak 0.23%.

SEVENTYFIFTH (water and sanitation utilities: WhatsApp transcripts, second-copy and bill
review e-mails, field work orders, social-tariff enrolments, ombudsman letters, cut-off
logs, regulator complaints, small-claims petitions, burst-main judgements, sewer fines,
protest batches, debt confessions, litigation tables, conciliation minutes, SINAN-like
notifications, surveillance line lists, ASOs, CATs, vaccination CSVs, health agents'
visits, sick notes, bills as text, dictated collections calls, debit forms, refund tickets,
debt files, measurement bulletins, meter readers' reimbursements) and SEVENTYSIXTH (civil
construction and new homes: sales-stand leads, after-sales chats, handover inspections,
neighbours' complaints, buyers' portal logs, first assemblies, after-sales CSVs, distrato
petitions, contract summaries, defect notices, workers' labour claims, ART/RRT records,
conciliation minutes, powers of attorney, CATs, ASO batches, site reports, medical
certificates, UPA records, clinic e-mails, health ombudsman complaints, housing-finance
files, crew payrolls, rental invoices, collections threads, distrato memos, measurement
bulletins, card reports), both written blind, were scored once frozen at commit cc0e124:
seventyfifth F1 0.980, PERSON recall 0.976, PERSON precision 0.955, leak 1.43% (rules
alone 0.974 / 0.933 / 3.29%); seventysixth F1 0.973, PERSON recall 0.985, PERSON
precision 0.898, leak 0.76% (rules alone 0.974 / 0.950 / 2.27%) -- every goal met on
unseen text, the twelfth set to do so. Their errors have since been read (a card and a
phone read aloud digit by digit, chemists' and biologists' councils, a debtor's document
column, lower-case streets opening a list's line, "casa dos fundos", "del" in a street's
name, neighbours, foremen and who came along, 'tit="…"', a name after a signature's line,
"resp.", builders' and developments' words, bots by their role): seventyfifth F1 0.983,
leak 0.54%; seventysixth F1 0.988, leak 0.50%.

SEVENTYSEVENTH (air travel and airports: baggage-desk reports, rebooking chats,
special-assistance threads, unaccompanied-minor forms, manifests, consumer complaints,
lost-and-found registers, small-claims petitions, court pages, ANAC notices, airport
police reports, powers of attorney, hearing minutes, loyalty-fraud dossiers, CMAs, medical
post records, CATs, MEDIFs, crew-roster e-mails, vaccination logs, agency invoices,
refunds, chargebacks, fraud CSVs, per-diems, baggage indemnities, car rentals; airline
"SURNAME/GIVEN" names and "13DEC86" birth dates) and SEVENTYEIGHTH (car and home
insurance: proposals with driver profiles, assistance chats, renewal e-mails, claim
notices, assistance CSVs, claims-portal logs, inspection reports, petitions over denied
claims, SUSEP complaints, total-loss checklists, fraud memos, subrogation letters, hearing
minutes, litigation sheets, passengers' claims, hospital bills, disability reports,
ambulance records, home-assistance reports, medical audits, death claims, commission
statements, payment orders, repair budgets, adjusters' reports, payment batches, gateway
events, payoff letters), both written blind, were scored once frozen at commit 871979a:
seventyseventh F1 0.970, PERSON recall 0.969, PERSON precision 0.917, leak 2.02% (rules
alone 0.965 / 0.931 / 3.80%); seventyeighth F1 0.975, PERSON recall 0.987, PERSON
precision 0.934, leak 1.11% (rules alone 0.974 / 0.950 / 2.73%). Their errors have since
been read (airline SURNAME/GIVEN names after a crew code, "INFT/", a form's label or in a
record before the CPF; "10APR1998" and an infant's birth date; airlines and aviation
words; bots named by role or brand; an age-band header; key=value bank fields; "placa
ANO-6569"; lower-case streets after a chat's sender, in a CSV cell, after "na"):
seventyseventh F1 0.985, leak 1.07%; seventyeighth F1 0.982, leak 0.42%.

SEVENTYNINTH (libraries, museums, archives and cultural funding: membership forms, loan
statements, overdue-fine e-mails, group-visit bookings, visitor chats, reading-room logs,
ombudsman tickets, deeds of gift, image-use licences, notices over lost loans, small-claims
judgments, exhibition loan agreements, DPO answers, funding opinions, restorers' ASOs,
biological monitoring, visitor incidents, CATs, clinic notes, certificates, vaccination
CSVs, grant payment batches, accountability reports, funding-call forms, unpaid fines,
chargebacks, donations, RPA receipts; catalogue authors are persons, CRB librarians'
registrations are PROFESSIONAL_ID) and EIGHTIETH (weddings and private events: planners'
WhatsApp groups, guest lists with minors and valet plates, food-poisoning complaints,
cancellation chats, booking forms, honeymoon e-mails, OCR'd service orders, Procon forms,
small-claims petitions, photography and band contracts, marriage habilitation papers,
hearing minutes, a kitchen accident's thread, outbreak line lists, ER records, CATs,
catering rosters, certificates, allergy lists, the health inspectorate's e-mails, bank
statements, gateway logs, NFS-e, refunds, freelancers' payments, budgets, travel invoices),
both written blind, were scored once frozen at commit 7ad0802: seventyninth F1 0.968,
PERSON recall 0.978, PERSON precision 0.885, leak 1.81% (rules alone 0.964 / 0.924 /
4.09%); eightieth F1 0.966, PERSON recall 0.961, PERSON precision 0.887, leak 1.20% (rules
alone 0.966 / 0.921 / 2.91%). Their errors have since been read (church words as surnames
after a name word, CRB, museums', libraries', archives', venues' and caterers' words, a
menu's assistant, "V. Sa.", logins and techniques under role columns, guest and contact
columns, a wedding's couple, "entrou na conversa", one name word before a council, "— CNS",
a given name after an article and before its firm, dates of birth answering a chat, "CPF ou
nº do contrato", a home on a highway, a firm's address after its CNPJ line, a boleto's last
field): seventyninth F1 0.992, leak 0.82%; eightieth F1 0.995, leak 0.31%.

EIGHTYFIRST (gyms, personal trainers, martial-arts schools and amateur leagues: a trainer's
WhatsApp class group, cancellation chats, turnstile logs, enrolment forms with guardians,
charge disputes, youth-league registrations, an OCR'd federation form, Procon complaints,
small-claims petitions, membership contracts, athletes' transfer forms, tournament waivers,
conciliation minutes, a trainer's labour claim, PAR-Q questionnaires, physical assessments,
injury reports, OCR'd certificates, physiotherapy notes, weigh-in triage CSVs, a concussion
protocol, recurring-billing logs, chargeback dossiers, club payroll, commission statements,
bank statements, collections sheets, tournament fee reconciliation; CREF and CREFITO numbers
are PROFESSIONAL_ID) and EIGHTYSECOND (investment brokerage and PGBL/VGBL pension plans:
advisers' WhatsApp exports, KYC forms, suitability e-mails, pension chats, ombudsman
threads, call transcripts, consumidor.gov.br complaints, VGBL death claims, court orders for
heirs, CVM complaints, COAF dossiers, powers of attorney, beneficiary changes, probate
threads, disability reports, health statements, tax-exemption requests, a hospital's
corporate PGBL payroll, death certificates, guardianship blocks, income reports, custody
statements, brokerage notes, redemption batches, portability API logs, a card gateway's
leak, returned TEDs; client and adviser codes are not labelled), both written blind, were
scored once frozen at commit d127252: eightyfirst F1 0.974, PERSON recall 0.980, PERSON
precision 0.929, leak 1.31% (rules alone 0.963 / 0.891 / 4.69%); eightysecond F1 0.972,
PERSON recall 0.983, PERSON precision 0.922, leak 0.98% (rules alone 0.972 / 0.944 /
2.29%) -- every goal met on unseen text. Their errors have since been read (an identity
document's column, a statement's "documento" and counterparties, chat speakers in braces,
robot-faced and "-bot" assistants, brands in camel case, clubs' forms, sports', brokers'
and funds' words, trainers', athletes' and participants' columns, more councils as a cue,
"Nascimento:" as a form's next field, a zero for an "o", "conta/chave", "cobertura 2",
"Rod.", a CEP after city and state): eightyfirst F1 0.991, leak 0.46%; eightysecond F1
0.984, leak 0.56%.

EIGHTYTHIRD (appliance and electronics repair: work orders with serials and IMEIs, SAC chats
with a word-named bot, WhatsApp visit bookings, call transcripts, RMA threads, technicians'
route sheets and field logs, public complaints, Procon forms, small-claims petitions, an
OCR'd judgment, a legal case list, settlements, representation letters, LGPD answers, CATs,
burn ER records, safety investigations, occupational-health rosters, a doctor's request for
an oxygen machine's repair, certificates, hearing-aid orders, DANFEs, chargebacks, refund
CSVs, extended-warranty claims, payment-page logs, RPA statements, collection e-mails; a
customer's home where a technician worked is an ADDRESS) and EIGHTYFOURTH (urban public
transport: half-fare registrations with guardians, top-up chats, lost-and-found logs,
ombudsman e-mails, an OCR'd free-fare application, failed top-up CSVs, account-takeover
tickets, labour claims, camera-footage requests, fare-evasion notices, civil-liability
notices, labour settlements, LGPD trip-history answers, collision reports, drivers' ASOs,
CATs after assaults, SAMU sheets, sick-note lists, psychologist referrals, ER records,
toxicology CSVs, balance refunds, insurance claims, payroll remittances, chargebacks, fine
tables, voucher orders, indemnity approvals; transit-card numbers are not labelled), both
written blind, were scored once frozen at commit 871b2eb: eightythird F1 0.969, PERSON
recall 0.990, PERSON precision 0.895, leak 0.69% (rules alone 0.972 / 0.959 / 1.64%);
eightyfourth F1 0.982, PERSON recall 0.982, PERSON precision 0.959, leak 0.81% (rules alone
0.981 / 0.945 / 2.10%) -- every goal met on unseen text by both. Their errors have since
been read and rules written (a column headed "nasc./idade", an RG scanned with letters for
digits, a home's unit or farm after a highway's kilometre, a chat's answer to an address
question, CFT/CRT councils with a CPF for a number, desks' mailboxes, a work card's number
and "Nosso número", a firm's premises after its CNPJ and a middle dot or under "EMITENTE:",
a bus crew's post after one name word, "Auxiliar:" and "Delegado(a)" as person contexts,
"NASCIMENTO" as a surname in capitals, a firm introducing itself in a chat, a brand after a
product's size, repair shops', transit consortia's and cards' words): eightythird F1 0.993,
leak 0.17%; eightyfourth F1 0.994, leak 0.22%.

EIGHTYFIFTH (driving schools and the DETRAN: enrolment forms, school chats with a bot,
renewal e-mails, instructors' rosters, exam-schedule CSVs, an OCR'd licence request, portal
tickets with login logs, JARI appeals, suspension defences, a company car's driver, a writ
over a cloned plate, powers of attorney to a dispatcher, transfer e-mails, JARI minutes,
fitness and psychological reports, a clinic's schedule, medical-board appeals, disabled
drivers' reports, toxicology CSVs, an elderly driver's OCR'd exam, debts statements,
instalment plans with a gateway log, receivables CSVs, instructors' pay, quotes, refunds,
chargebacks; RENACH, RENAVAM and fine numbers are not labelled) and EIGHTYSIXTH
(residential rentals: applications with spouses and guarantors, applicant chats, key logs,
repair requests, CRM exports, inspection reports, OCR'd payslips and bills, leases and
addenda, notices, eviction petitions, a tracking sheet, settlements, gazette clippings,
accessibility and mould reports, a hospitalisation, an evacuation list, owners' statements
and transfer batches, boletos, credit checks, deposit refunds, a collection log, guarantee
insurance), both written blind, were scored once frozen at commit e30dc17: eightyfifth F1
0.980, PERSON recall 0.988, PERSON precision 0.969, leak 1.22% (rules alone 0.973 / 0.940 /
2.93%); eightysixth F1 0.984, PERSON recall 0.986, PERSON precision 0.973, leak 0.52% (rules
alone 0.981 / 0.957 / 1.84%) -- eightysixth meets every goal on unseen text, eightyfifth
all but the leak rate. Their errors have since been read and rules written (CRDD, a firm's
CRECI-J, desks' mailboxes, "habilitado(a) sob o registro", "Escritório:" and a seat in
brackets, scanned numbers after "Doc. ldent.", "Conta:", "Agência:", misread check digits
and a council's dotted number, references with kin after a dash, "Visto coord.",
"encaminhada por", a first name over its office, a note's author in brackets, a town with
its state, an RG's state prefix, cents no house number, driving schools' and letting
agents' words, a surname's initial): eightyfifth F1 0.995, leak 0.43%; eightysixth F1
0.994, leak 0.32%.

EIGHTYSEVENTH (app-based delivery couriers: support chats with a bot, sign-up records,
restaurants' and customers' complaints, deactivation appeals with session logs, risk-engine
JSON, an association's WhatsApp group, a labour suit and hearing minutes, an OCR'd power of
attorney, a union roster, an LGPD JSON answer, a fraud report, a settlement, ER and SAMU
records, an expert's report, CATs, physiotherapy notes, a FHIR-like bundle, insurance
claims, earnings statements, payout CSVs, MEI e-mails, chargebacks, a rental contract,
payout webhooks, an income report) and EIGHTYEIGHTH (language schools and study-abroad
agencies: minors' enrolments with guardians, chats with parents, rosters, host-family
confirmations, lead CSVs, portal tickets, OCR'd visa declarations, contracts, travel
authorisations, Procon complaints, refund petitions, an LGPD inventory, travel insurance
claims, vaccination histories, bilingual medical forms, an emergency-line log, instalment
statements, exchange receipts, payroll, scholarship minutes, chargebacks; people and
street addresses abroad are labelled, foreign postcodes are not), both written blind, were
scored once frozen at commit 332c442: eightyseventh F1 0.979, PERSON recall 0.986, PERSON
precision 0.930, leak 0.46% (rules alone 0.975 / 0.931 / 2.50%); eightyeighth F1 0.968,
PERSON recall 0.985, PERSON precision 0.904, leak 1.45% (rules alone 0.966 / 0.918 / 3.75%)
-- eightyseventh meets every goal on unseen text, eightyeighth all but the leak rate. Their
errors have since been read and rules written ("Título/NIS resp." columns, a number in
brackets after whose it is, a CEP in the cell after a street, streets abroad, a lawyer's
office, lower-case name fields, a reply's signer before the team, recurrence of a given
name that opened a whole name and of a couple's shared surname, minutes, a street's title,
"::", mailboxes, organisation words, cities abroad): eightyseventh F1 0.988, leak 0.41%;
eightyeighth F1 0.984, leak 0.53%.

EIGHTYNINTH (sport and fitness: kit pick-up lists, a futsal team's WhatsApp group, app
tickets with enrolment JSON, race CSVs, tryout forms, súmulas, TJD decisions, sponsorship
contracts, physical assessments, HL7 v2 messages, direct-debit return files, KYC JSON, RPA
receipts) and NINETIETH (funeral, cemetery and bereavement services: service orders,
obituaries, memorial JSON, 24h-line transcripts, burial registers, probate deeds, death
declarations, mortuary and cremation records, funeral-plan contracts, insurance and SPVAT
claims, survivor pensions), both written blind, were scored once frozen at commit d3f3f9f:
eightyninth F1 0.961, PERSON recall 0.967, PERSON precision 0.903, leak 1.88% (rules alone
0.959 / 0.926 / 3.42%); ninetieth F1 0.982, PERSON recall 0.989, PERSON precision 0.939,
leak 0.69% (rules alone 0.981 / 0.948 / 2.10%) -- ninetieth meets every goal on unseen
text, eightyninth all but the leak rate. Their errors have since been read and rules
written (HL7 v2 name, CPF and postal-code fields, club forms, graves' blocks and lots,
sports courts, "AGEN" headers, a label's note in brackets, a birth after a CPF in a chat,
DDMMYYYY births in boxes, deaths marked "(ób.)", a form's next box, a ranked list's
ordinal, a register in brackets, organisation and non-name words): eightyninth F1 0.987,
leak 0.58%; ninetieth F1 0.990, leak 0.65%.

NINETYFIRST (agribusiness and rural life: a milk producers' WhatsApp group, cooperative
registers, rural union e-mails, weighing tickets, rural credit notes, usucapião petitions,
harvest contracts, pesticide prescriptions, cattle vaccination CSVs, e-SUS JSON, Proagro
claims, milk statements, harvest payrolls) and NINETYSECOND (telecom and internet
providers: work orders, portability JSON, SIM registrations, Anatel complaints, call
transcripts, Marco Civil court orders with RADIUS/NAT logs, LGPD exports, tower leases,
climbers' health records, CDR CSVs, collection logs, SIM-swap reports), both written
blind, were scored once frozen at commit 405cb11: ninetyfirst F1 0.959, PERSON recall
0.988, PERSON precision 0.864, leak 2.62% (rules alone 0.960 / 0.947 / 4.08%);
ninetysecond F1 0.968, PERSON recall 0.985, PERSON precision 0.936, leak 1.06% (rules
alone 0.964 / 0.949 / 2.18%) -- both meet micro F1 and PERSON recall on unseen text, not
the leak rate. Their errors have since been read and rules written (IPv6 prefixes,
"bilhete", desks' mailboxes, providers' and rural organisation words, farm animals, rural
roads "s/n", titles): ninetyfirst F1 0.972, leak 2.16%; ninetysecond F1 0.978, leak 1.06%.

NINETYTHIRD (sports betting and lotteries: a bet's site chat, a Jogo Responsável desk's
WhatsApp, KYC JSON, call transcripts, lottery prize forms, affiliate e-mails, Procon
complaints, petitions over frozen wins and prodigality curatorships, OCR'd police reports
on illegal casinos, court orders with login IPs and Pix CSVs, CAPS AD intake forms, mutual
help groups, Pix cash-in/out CSVs, Coaf reports, fraud-engine syslog lines) and
NINETYFOURTH (mental health and psychology: online therapy tickets, practices' WhatsApp,
CAPS intake forms, EAP queues, school psychologists' e-mails, letters on involuntary
admissions, curatorship petitions, OCR'd expert reports, CRP ethics complaints, session
notes, RAPS referrals, SAMU records, therapeutic-community rosters, e-SUS JSON,
reimbursement requests, receipts, curators' accounts), both written blind, were scored
once frozen at commit 2a4a9e3: ninetythird F1 0.976, PERSON recall 0.975, PERSON
precision 0.948, leak 1.91% (rules alone 0.965 / 0.904 / 4.06%); ninetyfourth F1 0.974,
PERSON recall 0.973, PERSON precision 0.959, leak 2.29% (rules alone 0.965 / 0.917 /
4.25%) -- both meet micro F1 and PERSON recall on unseen text, not the leak rate. Their
errors have since been read and rules written (psychologists' registers with the number
sign before the region and dictated, a record's fields in a ruled box, role mailboxes,
payment firms, lottery outlets, sanatoriums and practices, chat time stamps, a birth date
under a CPF or named earlier in the sentence, CPFs dictated with "traço", listed PIX
keys, social names, shelters' residents, "Senhora" as a title, teams in brackets, job
titles under a signature): ninetythird F1 0.986, leak 1.21%; ninetyfourth F1 0.989, leak
0.96%.

NINETYFIFTH (blood banks, organ and tissue donation and transplantation: donor forms and
call-backs, a REDOME volunteer's e-mails, call transcripts, scheduling JSON with nginx
lines, blood-drive lists, OCR'd screening questionnaires, petitions and judgments on
transplant access, family consent terms, CIHDOTT minutes, HL7-like messages, waiting
lists, brain-death notifications, apheresis logs, eye-bank tables, TFD and reimbursement
claims, dispensing reports, TISS-like XML, a crowdfunding page) and NINETYSIXTH (waste,
recycling and the environment: 156 API JSON, pickers' cooperatives' WhatsApp and member
registers, call transcripts, e-waste pickups, ecoponto logs, OCR'd infraction notices,
civil inquiries, licences, TACs with e-signature logs, labour claims, hearing minutes,
needlestick and leptospirosis forms, vaccination CSVs, ASO results, e-SUS JSON, rateio
CSVs, recycling credits paid by Pix, scrap dealers' records, bank statements), both
written blind, were scored once frozen at commit 07168ec: ninetyfifth F1 0.965, PERSON
recall 0.979, PERSON precision 0.916, leak 2.07% (rules alone 0.964 / 0.945 / 3.20%);
ninetysixth F1 0.968, PERSON recall 0.954, PERSON precision 0.928, leak 1.77% (rules
alone 0.962 / 0.912 / 3.32%) -- both meet micro F1 and PERSON recall on unseen text, not
the leak rate. Their errors have since been read and rules written (blood banks',
transplant committees' and waste services' names, their role mailboxes, HL7's typed CNS
and address field, a robot-marked chat sender, an agent's opening verb, spelled births in
a transcript's answer, times after "às", random keys pasted alone or under "pago_a",
plural nicknames and "apelido", an ecoponto's operator, timestamps no cards, a dash ending
a CSV value no hyphenation): ninetyfifth F1 0.982, leak 0.93%; ninetysixth F1 0.983, leak
1.28%.

NINETYSEVENTH (auctions and consórcios: bidder KYC JSON, a consórcio's WhatsApp, call
transcripts, seized vehicles' yard check-in, auction editais, fiduciary-sale notices,
repossession petitions, an elderly debtor's petition with a medical report, arrematação
records, assembly minutes, an OCR'd writ, credit-life insurance claims, toxicology exams,
consórcio statements, auction winners' CSVs, an anti-money-laundering dossier, collection
queues, an auctioneer's accounts) and NINETYEIGHTH (restaurants, food service and health
surveillance: reservation JSON, delivery-app chats, a cake order's allergy on WhatsApp,
call transcripts, school-meal complaints, labour claims over tips, OCR'd sanitary
infraction notices, food-poisoning suits, ASOs, outbreak case lists, food-history
interviews, fixed-width lab reports, DANFEs, tips splits, payrolls, payout statements),
both written blind, were scored once frozen at commit 27db1b2: ninetyseventh F1 0.971,
PERSON recall 0.979, PERSON precision 0.936, leak 2.13% (rules alone 0.964 / 0.919 /
4.91%); ninetyeighth F1 0.975, PERSON recall 0.967, PERSON precision 0.947, leak 1.65%
(rules alone 0.972 / 0.925 / 2.97%) -- both meet micro F1 and PERSON recall on unseen
text, not the leak rate. Their errors have since been read and rules written (an official
auctioneer's Junta Comercial registration, documents typed beside a bare JSON number, a
lab's box of one person's fields, dotted leaders as colons, fixed-width rows without a
gap, a payroll's "conta_ou_chave", an auction's "arrematante", the Secretária, food
service's, consórcios' and auctions' organisation words, JSON values under a firm's or a
plan's key, health-plan member numbers no cards, a workshop's yard no home, CIEVS and
credit desks' mailboxes, a column header over a number at a line's start):
ninetyseventh F1 0.989, leak 0.54%; ninetyeighth F1 0.987, leak 0.99%.

NINETYNINTH (assisted reproduction and fertility: IVF clinics' WhatsApp and portal chats,
first-consultation forms, sperm banks' e-mails, nurses' call transcripts, scheduling API
JSON with access logs, consent and embryo-custody terms with e-signature logs, surrogacy
terms, family-court petitions over frozen embryos, judgments, LGPD exports, OCR'd notices,
HL7 messages, semen analyses, embryology sheets, clinical notes, cycle CSVs, PGT reports,
budgets, financing JSON, reimbursement claims, NFS-e, collection queues, chargeback
dossiers, fixed-width fee splits) and HUNDREDTH (the prison system: visit scheduling chats
and call transcripts, visitor registration JSON, canteen deposit e-mails, ombudsman forms,
gate logs, regime progression and remission petitions, SEEU summaries, habeas corpus, an
OCR'd letter in capitals, release warrants, prison health records, vaccination CSVs, TB
screening tables, escorted referrals, auxílio-reclusão claims, deposit statements, a
fixed-width inmate payroll, DANFEs, pecúlio payouts, a leaked checkout log), both written
blind, were scored once frozen at commit 92d1d32: ninetyninth F1 0.976, PERSON recall
0.982, PERSON precision 0.960, leak 0.71% (rules alone 0.971 / 0.944 / 2.35%) -- every
goal met on unseen text; hundredth F1 0.962, PERSON recall 0.985, PERSON precision 0.906,
leak 1.81% (rules alone 0.961 / 0.955 / 3.22%) -- micro F1 and PERSON recall met, not the
leak rate. Their errors have since been read and rules written (a record's id with a
slash no plate, an inmate's savings account under "CONTA PEC." and "Conta pecúlio", a
report's header over its ruler no names, prisons', courts' and fertility clinics'
organisation words, a virtual assistant named with its institution, nicknames after a
dotted leader and in a record's box, a prison's and an STI service's mailboxes, an HL7
order's numbers no phones, an account after "usuário", Infopen and NIP numbers, a law
intern's "OAB-PI 162532E", the DPO's label, "nome." ending a sentence, an article alone no
name): ninetyninth F1 0.990, leak 0.69%; hundredth F1 0.996, leak 0.72%.

HUNDREDFIRST (dating apps, matchmaking agencies and romance scams: account-recovery and
selfie-verification chats, scam-profile reports as JSON, a matchmaking agency's intake
forms and WhatsApp, ban appeals, moderation queues, OCR'd police reports of romance scams
and sextortion, small-claims petitions, protective measures, LGPD exports, Marco Civil
orders with access logs, hearing minutes, CTA records, a fixed-width PrEP list, a
psychologist's notes, PEP referrals, SINAN-style forms, telehealth JSON, MED disputes,
bank statements, chargebacks, app-store receipts, fraud-line transcripts, AML reports on
mule accounts) and HUNDREDSECOND (car rental, fleet leasing and car subscription: booking
chats and call transcripts, counter check-ins with the CNH, roadside-assistance JSON,
damage inspections, deposit e-mails, traffic-fine driver nominations, lawsuits and
small claims, an all-caps police report, leasing contracts with e-signature logs,
ambulance and ER records, drivers' toxicology CSVs and ASOs, accident-insurance claims,
deposit pre-authorisation logs, closing statements, subscription billing CSVs, a
fixed-width leasing invoice with its drivers, re-billed fines), both written blind, were
scored once frozen at commit 2d87d75: hundredfirst F1 0.958, PERSON recall 0.959, PERSON
precision 0.868, leak 1.32% (rules alone 0.946 / 0.862 / 4.17%); hundredsecond F1 0.966,
PERSON recall 0.990, PERSON precision 0.940, leak 1.39% (rules alone 0.962 / 0.947 /
2.91%) -- both meet micro F1 and PERSON recall on unseen text, not the leak rate. Their
errors have since been read and rules written (the CNH answering the question for it and
under "cnh_registro", CPFs dictated with "dígito", a plate after whose it is, a birth date
under a CPF sent alone by a chat's sender, a fleet's cost centre no account, a branch's
address in brackets or under its letterhead, firms' chat accounts, a bot named "… Bot",
matchmaking, testing-centre and car-rental organisation words, a name's field with
qualifiers, names given with "se chama" and "se apresentava como"): hundredfirst F1
0.969, leak 1.19%; hundredsecond F1 0.989, leak 0.42%.

HUNDREDTHIRD (ophthalmology clinics and optical stores: store WhatsApp with typed
prescriptions, exam-booking transcripts, walk-in forms, a contact-lens site chat, warranty
claims, SUS cataract call lists, booking JSON, consumer complaints, malpractice suits, an
all-caps Procon record, consent forms with e-signature logs, an expert's report,
collection notices, settlements, exam reports, surgery notes, screening CSVs, referrals,
HL7/FHIR, prescriptions, progress notes, sales CSVs, card logs, reimbursements, DANFEs,
commission reports, crediário files, SUS billing) and HUNDREDFOURTH (moving companies,
self-storage and furniture assembly: quote chats and calls, survey forms with
inventories, a box's gate log, sign-up JSON, assembly orders, insurer notices, small
claims, a box's eviction notice and auction, contracts with e-signature logs, hearing
records, an all-caps police report, powers of attorney, CATs, ASOs, an ER record, exam
CSVs, a crew's WhatsApp, certificates as JSON lines, card-gateway logs, box billing CSVs,
a fixed-width payroll, relocation invoices, deposit refunds, collection queues, helpers'
Pix payments), both written blind, were scored once frozen at commit 8b393fd:
hundredthird F1 0.961, PERSON recall 0.984, PERSON precision 0.948, leak 2.10% (rules
alone 0.960 / 0.957 / 3.31%) -- micro F1 and PERSON recall met, not the leak rate;
hundredfourth F1 0.973, PERSON recall 0.981, PERSON precision 0.958, leak 0.85% (rules
alone 0.968 / 0.942 / 2.00%) -- every goal met on unseen text. Their errors have since
been read and rules written (an "AGÊNCIA CONTA" header over two cells, a bank's code and
the agency in one cell, CROO registrations, a name that filled its fixed-width column,
stores', clinics' and firms' addresses by what stands before them or in a firm's block,
a street's words no name even where the address is a firm's, a city's dateline no
address, a physician's specialty no surname, optical, mover and self-storage organisation
words, lens, frame and truck brands, firms' chat accounts their agents introduce, FHIR
names, dated log authors, a call answered "boa tarde naomi falando", a server's private
IP): hundredthird F1 0.995, leak 0.46%; hundredfourth F1 0.992, leak 0.55%.

HUNDREDFIFTH (home mortgages and real-estate financing: a correspondent's WhatsApp, arrears
calls, appraisal e-mails, sales-stand forms, CRM lead CSVs, a bank app's chat log, lien
release complaints, fiduciary-lien contracts, the registry's intimations, OCR'd registry
folios, auction notices and minutes, petitions, ITBI declarations, powers of attorney,
DPS health declarations, disability and death claims under MIP insurance, medical
auditors' threads, claims queues, INSS letters, amortisation tables, FGTS statements,
credit-analysis JSON, debit return files, collection queues, payslips, developers'
commission statements) and HUNDREDSIXTH (licensed sports betting and online gaming: KYC
chats, blocked-withdrawal calls, families' self-exclusion e-mails, Pix receipts in chats,
responsible-gaming JSON, an ombudsman's fixed-width queue, a VIP manager's Telegram, terms
with acceptance logs, small claims, an all-caps Procon record, guardianship suits,
sentences, influencer contracts, an OCR'd notice about a minor, psychiatric reports, CAPS
AD referrals and attendance CSVs, home-visit reports, helpline JSON lines, cashier logs,
settlement files, AML exports, chargeback reports, prize and tax reports, affiliate
commissions), both written blind, were scored once frozen at commit cac5d33 (after the
hundred-and-third's and hundred-and-fourth's rules): hundredfifth F1 0.963, PERSON recall
0.968, PERSON precision 0.970, leak 3.04% (rules alone 0.953 / 0.901 / 5.09%);
hundredsixth F1 0.957, PERSON recall 0.973, PERSON precision 0.902, leak 2.82% (rules
alone 0.948 / 0.912 / 5.04%) -- both meet micro F1 and PERSON recall on unseen text, not
the leak rate. Their errors have since been read and rules written (FEBRABAN's
automatic-debit files by position, CPFs dictated with "ponto", a KYC form's document, a
scan's zeros for "O" in capitals and keywords misread before a date, birth dates answering
a request in a JSON-lines log or after a CPF and a comma, chat logs' "bot" and "agent"
keys, agents introducing themselves as the firm's with their role, betting brands, record
boxes with four known fields, condolences, ages after a name, sentences after a label):
hundredfifth F1 0.990, leak 0.62%; hundredsixth F1 0.972, leak 1.96%.

HUNDREDSEVENTH (direct selling and network marketing: resellers' WhatsApp groups with
customers, SAC calls, sign-up e-mails and forms, a reseller app's JSON chat, SAC queues,
customers' complaints about resellers, reseller contracts, collection notices, Procon
records, a leader's labour claim, a pyramid-scheme sentence, debt confessions, hearing
minutes, cosmetovigilance forms and exports, dermatology notes, ASOs, an emergency record,
a medical expert's report, order and commission exports, collection queues, portal logs,
bonus statements, payout files, a credit analysis) and HUNDREDEIGHTH (recycling
cooperatives, waste pickers and reverse logistics: the 156 hotline's WhatsApp, calls,
e-waste pickup e-mails, a scrap dealer's chat, pickup JSON, an ombudsman's queue, member
sign-up forms, municipal contracts, labour-inspection reports, a sham-cooperative claim,
assembly minutes, sentences, an OCR'd environmental notice, credit contracts, CATs, a
needlestick record, ASO CSVs, vaccination tables, INSS reports, a child-labour visit,
health-unit JSON lines, scale tickets, apportionment CSVs, bank API exports, DANFEs,
certificate statements, a checkout log, a board's Telegram), both written blind, were
scored once frozen at commit 0db829e (after the hundred-and-fifth's and
hundred-and-sixth's rules): hundredseventh F1 0.958, PERSON recall 0.985, PERSON precision
0.894, leak 1.96% (rules alone 0.956 / 0.936 / 4.02%); hundredeighth F1 0.980, PERSON
recall 0.972, PERSON precision 0.936, leak 1.07% (rules alone 0.975 / 0.935 / 2.36%) --
both meet micro F1 and PERSON recall on unseen text, not the leak rate (the
hundred-and-eighth misses it by 0.07 points). Their false names have since been read and
rules written (direct-selling brands and products, recycling and scrap-dealer words, "está
falando com"): hundredseventh F1 0.968, leak 1.96%; hundredeighth F1 0.983, leak 1.06%.
Their misses were read in the next session, with the hundred-and-sixth's (headerless
fixed-width payment files read by columns guessed from their values, record boxes with a
field twice, a Telegram sender above timed messages, a note's author in brackets, a
professional before the council registration, a date of birth after the CPF in a JSON
log's message, CRQ regions, "cadunico"): hundredsixth F1 0.984, leak 0.71%; hundredseventh
F1 0.981, leak 0.60%; hundredeighth F1 0.985, leak 0.83%.

HUNDREDNINTH (elections, political parties and campaigns: a TRE assistant's and a
registry office's WhatsApp, a poll worker's call to be excused, ombudsman e-mails,
volunteer sign-ups as JSON, a campaign team's WhatsApp group, a registry office's
fixed-width queue, membership forms and disaffiliation letters, an AIJE petition, a
challenge to a candidate's registration, sentences on propaganda and on campaign accounts,
hearing minutes, an OCR'd notice to an absent poll worker, vehicle rentals with e-signature
logs, poll workers' medical certificates, accessible-section requests, emergency records,
an e-SUS export, campaign finance exports, bank API statements, expense and fuel reports,
a crowdfunding donor report, paid staff CSVs, a polling institute's Telegram) and
HUNDREDTENTH (gyms, fitness studios, personal trainers and amateur sports: cancellation
WhatsApp, a freeze call, wellness check-in e-mails, a gym app's JSON chat, sign-up forms
with the PAR-Q, turnstile reports, race kit pickups, an equipment-accident claim, Procon
records, an instructor's labour claim, a sports-court decision, trainer contracts and
image licences, collection notices, small-claims minutes, clearance certificates,
physiotherapy and nutrition records, injury CSVs, doping-control forms, a race's medical
post, physical assessments, recurring-billing logs, wellness payouts, a trainer's NFS-e,
collection queues, race registration CSVs, instructor payments, a league board's chat),
both written blind, were scored once frozen at commit 6d5778a (after the misses of the
hundred-and-sixth to hundred-and-eighth were read): hundredninth F1 0.967, PERSON recall
0.992, PERSON precision 0.890, leak 1.92% (rules alone 0.959 / 0.936 / 4.04%);
hundredtenth F1 0.978, PERSON recall 0.983, PERSON precision 0.944, leak 1.06% (rules
alone 0.974 / 0.937 / 2.78%) -- both meet micro F1 and PERSON recall on unseen text, not
the leak rate. Their errors have since been read and rules written (CONRE, role and
numbered electoral mailboxes, a state body's chat account, a chat sender's label opening
speech, an office numbered by an ordinal, an agent joining a chat, parties and gyms as
organisations, a date of birth answered in several messages, lists of dates of birth, a
change log's birth date, a bank API's path, a document field told by its digits, a
transcript's speaker label that is a keyword, and a bug: names whose first word opens a
listed firm's name were refused in records): hundredninth F1 0.991, leak 1.23%;
hundredtenth F1 0.990, leak 0.91%.

HUNDREDELEVENTH (airlines, airports and air travel: a cancelled flight's WhatsApp under
ANAC 400, a lost-bag call, PNAE assistance e-mails, GDS-style PNR displays, an airport's
lost-and-found CSV, a loyalty programme's fraud events, unaccompanied-minor forms,
small-claims petitions, a Procon record in capitals, consumidor.gov.br complaints, a
flight attendant's labour claim, hearing minutes, a Federal Police TCO, overbooking
settlements, CMA exams, in-flight medical reports, an airport clinic's log, MEDIF
threads, crew sick leaves, an OCR'd yellow-fever certificate, travel-insurance chat,
checkout logs, refund queues, agency commissions, a miles broker's CSV, a chargeback
defence, a crew per-diem file, a travel agency's WhatsApp) and HUNDREDTWELFTH (intercity
and interstate bus travel: a bus company's WhatsApp, a call about a lost object, a
counter's Passe Livre screen, ombudsman e-mails, a station's lost-and-found book, a
fixed-width passenger manifest, a charter trip's group, an accident claim, a roadside
inspection in capitals, a driver's labour claim, small-claims minutes, an OCR'd PRF
accident report, an insurer's claim file, a telemetry overspeed report, toxicology,
ASO and sleep reports, a station's first-aid log, a fitness thread, a mass-casualty
triage CSV, a CAT, a ticket platform's payment log, a refund queue, agency commissions,
a fuel-card statement, a payroll, a debt agreement, a treasury chat), both written
blind, were scored once frozen at commit f3f4be7 (after what the hundredninth had left
was read): hundredeleventh F1 0.969, PERSON recall 0.962, PERSON precision 0.941, leak
2.71% (rules alone 0.967 / 0.921 / 4.35%) -- micro F1 and PERSON recall met, not the
leak rate; hundredtwelfth F1 0.986, PERSON recall 0.987, PERSON precision 0.948, leak
0.88% (rules alone 0.983 / 0.953 / 2.08%) -- every goal met on unseen text. Their errors
have since been read and rules written (an airline reservation as a GDS prints it,
detectors/gds.py; "SURNAME/GIVEN" names in lists, JSON, forms and tables; an airline's
desks as role mailboxes; name, CPF and date of birth on one line; an aircraft's crew as
contexts; a name after a firm's "Ltda."; whose a document is after its number; a
lower-case name before its RG and CPF): hundredeleventh F1 0.980, leak 1.31%;
hundredtwelfth F1 0.987, leak 0.72%.

HUNDREDTHIRTEENTH (ports, shipping, customs brokers and international couriers: gate
logs, scheduling chats, Remessa Conforme e-mails, crew changes, dock workers' claims
against the OGMO, Receita Federal notices, a federal police report, a ship's hospital
log, ASOs, CATs, medical evacuations, invoices, demurrage statements, payrolls) and
HUNDREDFOURTEENTH (beauty salons, barbershops, tattoo studios and aesthetic clinics:
booking chats, anamnesis and consent forms, Procon threads, burn claims, salão-parceiro
contracts, VISA adverse-event reports, laser logs, card machine statements, commission
splits, subscriptions, gift cards), both written blind, were scored once frozen at
commit 3a5ee82 (the detectors of c1b4f3b): hundredthirteenth F1 0.975, PERSON recall
0.980, PERSON precision 0.915, leak 0.87% (rules alone 0.975 / 0.931 / 2.70%) -- every
goal met on unseen text; hundredfourteenth F1 0.983, PERSON recall 0.959, PERSON
precision 0.964, leak 1.21% (rules alone 0.978 / 0.919 / 2.57%) -- micro F1 and PERSON
recall met, not the leak rate. Their errors have since been read and rules written (a
merchant ship's "MV" prefix; a crew list's rank, nationality and status columns; a ruled
box of a record's fields whose first lines hold numbers; an automatic answering service
and a desk's chat account named after its terminal; occupations and nationalities in a
qualification; partners joined by "&" in a firm's name in capitals; shipping, tattoo and
beauty firms' words; a ship's desks as role mailboxes; who did a salon's service under
"profissional"): hundredthirteenth F1 0.992, leak 0.85%; hundredfourteenth F1 0.992,
PERSON recall 0.983, leak 0.73%.

HUNDREDFIFTEENTH (veterinary clinics, pet shops and animal welfare: grooming bookings,
tutor screens, adoption forms and terms, pet-taxi apps, zoonosis centres' CSVs, pet
health plans, malpractice claims, cruelty reports, euthanasia authorisations,
consultation records with CRMV, vaccination cards, SINAN bite notifications, travel
certificates, insurance claims, payouts, card statements; animals named like people are
never persons) and HUNDREDSIXTEENTH (driving schools and driver licensing: enrolment
chats and contracts, DETRAN screens, renewal calls, test rosters, JARI appeals, suspension
notices, CETRAN minutes, instructors' claims, powers of attorney to despachantes, medical
and psychological fitness reports, a clinic's agenda, DAE slips, CNH Social lists,
chargebacks, instructors' pay, fines paid in instalments), both written blind, were
scored once frozen at commit df2e0c0 (after the hundredthirteenth's and
hundredfourteenth's errors were read): hundredfifteenth F1 0.961, PERSON recall 0.979,
PERSON precision 0.861, leak 1.27% (rules alone 0.962 / 0.946 / 2.29%); hundredsixteenth
F1 0.985, PERSON recall 0.978, PERSON precision 0.983, leak 1.91% (rules alone 0.981 /
0.947 / 3.18%) -- micro F1 and PERSON recall met on both, not the leak rate. Their errors
have since been read and rules written (animals named like people: after their species,
before it, under an "animal" column, their birth dates; CPFs, CNHs and CEPs read out digit
by digit in words, detectors/spoken_digits.py; a CNH read out in groups or named in the
message before; a shack's number in an address; an attendant after "ATENDIMENTO POR" in
capitals; a header over a solid rule; a heading's phrase; an app's events; zoonosis,
clinic, DETRAN and school role mailboxes): hundredfifteenth F1 0.990, leak 0.66%;
hundredsixteenth F1 0.994, leak 0.54%.

HUNDREDSEVENTEENTH (private security firms and guards: a post's WhatsApp group, logbooks
in capitals, CCTV requests under the LGPD, a monitoring centre's call, rounds and visitor
logs, labour claims, shoplifting reports, DELESP inspections, weapons custody, cash-in-transit
statements, ASOs, firearm psychological assessments, CATs, payrolls, invoices, TRCTs) and
HUNDREDEIGHTEENTH (lottery outlets and banking correspondents: bolão chats, terminal
receipts, benefit calls, ombudsman complaints, prize claims, correspondents' CSVs, syndicate
suits, robbery reports, bank audits, powers of attorney, a robbery victim's follow-up,
prize receipts, cash reconciliation, Pix statements, bolão settlements), both written
blind, were scored once frozen at commit 1ab5935 (after the hundredfifteenth's and
hundredsixteenth's errors were read): hundredseventeenth F1 0.982, PERSON recall 0.965,
PERSON precision 0.968, leak 1.54% (rules alone 0.973 / 0.903 / 3.69%); hundredeighteenth
F1 0.991, PERSON recall 0.973, PERSON precision 0.984, leak 1.37% (rules alone 0.980 /
0.914 / 3.57%) -- micro F1 and PERSON recall met on both, not the leak rate. After their
errors were read (a role after its article in capitals or lower case, a role's employer
after "da" no name, a chat's answer of a name and a CPF, a lower-case numbered list of
names, a signature's name and role after a dash, a chat export's one-word contact in its
title, a PIS dictated in groups or words, "via rádio" no street): hundredseventeenth F1
0.986, PERSON recall 0.981, leak 0.68%; hundredeighteenth F1 0.992, PERSON recall 0.977,
leak 0.81%.

HUNDREDNINETEENTH (laundries, dry cleaners, tailors and shoe repair: a shop's WhatsApp, a
delivery route, a laundromat app's LGPD request, a call about a damaged wedding dress,
franchise tickets, a seamstress's order book, review-site complaints, PROCON and small-claims
pieces, franchise and hospital-linen contracts, an ironer's labour claim, an OCR'd theft
report, hearing minutes, ASOs, a CCIH report, dermatitis records, a CAT, sick notes,
physiotherapy agendas, vaccination lists, payroll, DANFEs, royalty statements, chargebacks,
boletos, collection messages, a TRCT) and HUNDREDTWENTIETH (circuses, theatre companies and
live-show production: a ticket office's chat, a touring crew's WhatsApp, a box office's LGPD
request, a lost-item call, audition forms, accreditation lists, fans' e-mails, artists'
contracts, a child artist's court authorisation, a stagehand's claim, an OCR'd accident
report, an ECAD notice, a circus permit, hearing minutes, injury and first-aid records, ASOs
for work at height, speech-therapy notes, sick notes, crew vaccinations, fee payments, an
incentive-law cost report, ticketing payouts, chargebacks, per diem sheets, an RPA receipt,
a sponsor's collection), both written blind, were scored once frozen at commit aed3a95
(after the hundredseventeenth's and hundredeighteenth's errors were read):
hundrednineteenth F1 0.974, PERSON recall 0.970, PERSON precision 0.934, leak 1.66% (rules
alone 0.970 / 0.929 / 2.76%); hundredtwentieth F1 0.971, PERSON recall 0.936, PERSON
precision 0.926, leak 2.28% (rules alone 0.964 / 0.860 / 4.32%) -- micro F1 and PERSON
recall met on both, not the leak rate. After their errors were read (lower-case names
before a bracketed CPF or RG or a doctor's council, before their role in apposition, after
a role after a comma; stage names announced or quoted; a signature's name before an address
or a council after a dash; circus, laundry and publishing firms' words; a Pix key's
keyword farther back on its line; desks' mailboxes): hundrednineteenth F1 0.987, PERSON
recall 0.973, leak 1.13%; hundredtwentieth F1 0.983, PERSON recall 0.960, leak 1.54%.

HUNDREDTWENTYFIRST (museums, cultural centres, archives and libraries: group bookings by
chat, a school's visit roster, a library's reader record and overdue notice, a transcribed
call to an archive, a reading room's form and logbook, the guides' and volunteers' group, a
visitor's complaint thread, a loan agreement for works of art, an image-use licence, a
guard's labour claim, a theft report in capitals, a donation deed, an incentive-project
appeal, hearing minutes, ASOs, a first-aid log, a visitor accident report, a mould-exposure
record, sick notes, vaccinations, a CAT, payroll, an incentive-project report, donors, an
insurance claim, image-bank sales, an RPA batch, a lost book's collection) and
HUNDREDTWENTYSECOND (street markets, municipal markets, stallholders and food trucks: orders
by WhatsApp, a call to the city's line, a stall permit application, a festival complaint, a
gatehouse logbook, the stallholders' group, a delivery app's ticket, a permit contract, a
health-inspection notice, an eviction suit, a helper's labour claim, a police report, a
food-poisoning petition, an assembly's minutes, an outbreak investigation, an emergency
record, an ASO, an audio transcript and sick note, a health drive's spreadsheet, a CAT, a
lab report, a cash notebook, Pix receipts, a farmer's order, overdue rent, chargebacks, a
microcredit proposal, an accountant's e-mail), both written blind, were scored once frozen
at commit 92f40b2 (after the hundrednineteenth's and hundredtwentieth's errors were read):
hundredtwentyfirst F1 0.974, PERSON recall 0.960, PERSON precision 0.951, leak 2.22% (rules
alone 0.970 / 0.912 / 3.61%); hundredtwentysecond F1 0.967, PERSON recall 0.933, PERSON
precision 0.905, leak 2.37% (rules alone 0.960 / 0.859 / 3.64%) -- micro F1 and PERSON
recall met on both, not the leak rate. After their errors were read (museologists' and
librarians' councils; a project's "conta captação/movimento"; a date after a name and a CPF,
a list of names and dates under a request for birth dates; a phone read out in words; a
transcript's answer to a question for a name; watchmen's, first-aiders', treasurers',
couriers' roles; a nickname in quotes after where it is known; a lost child's name and age
in brackets; a sole trader's legal name; street-food trades; museums', libraries' and
markets' mailboxes; a lower-case name before a car's plate): hundredtwentyfirst F1 0.988,
PERSON recall 0.968, leak 0.82%;
hundredtwentysecond F1 0.981, PERSON recall 0.938, leak 1.81%.

HUNDREDTWENTYTHIRD (orchestras, music schools, choirs and freelance musicians: a school's
enrolment by chat, an audition form, a transcribed call to the musicians' order (OMB), a
luthier's thread, a choir's bus list, a lessons platform's ticket, a stage door's logbook, a
tour contract, an instrument loan, a musician's labour claim, a composer's notice over
royalties, a culture grant's term, a theft report, hearing minutes, audiometry, ASOs, a
strain injury's physiotherapy, an inspector's chat with a sick note, a CAT, an ENT record, a
health drive, RPA receipts, tuition, a royalty statement, a tour's passenger list and per
diem, a grant's report, unpaid fees, a luthier's cash book) and HUNDREDTWENTYFOURTH
(coworking spaces, shared and virtual offices, fiscal addresses and mail handling: sign-up
and KYC forms, room bookings, a reception's logbook and access CSV, a mail register, a call
hiring a fiscal address, a Slack export, a member's complaint, a virtual-office contract, an
eviction notice, a startup worker's claim, hearing minutes, a partners' agreement, a theft
report, a court order to the provider, ASOs, an ergonomic assessment, a first-aid log, a
strain injury, sick notes, a CAT, a health week, billing, chargebacks, Pix receipts, a cap
table, payroll, collections, expense claims), both written blind, were scored once frozen
at commit 2ba65e4 (after the hundredtwentyfirst's and hundredtwentysecond's errors were
read): hundredtwentythird F1 0.964, PERSON recall 0.948, PERSON precision 0.938, leak 3.85%
(rules alone 0.956 / 0.882 / 5.59%); hundredtwentyfourth F1 0.971, PERSON recall 0.973,
PERSON precision 0.928, leak 0.88% (rules alone 0.969 / 0.938 / 1.94%) -- micro F1 and
PERSON recall met on both, the leak rate on the hundredtwentyfourth. After their errors were
read (the musicians' order's registration; a CPF glued to its keyword; a scan's five and
eight in words in capitals; an RG read out in words; lower-case mentions by a given name; a
sign-off; a nickname in apposition; executives' titles; a signature's role after a comma):
hundredtwentythird F1 0.976, PERSON recall 0.950, leak 1.89%; hundredtwentyfourth F1 0.973,
PERSON recall 0.982, leak 0.63%.

HUNDREDTWENTYFIFTH (artisanal fishing: a colony's WhatsApp group, a transcribed call about a
denied closed-season insurance (seguro-defeso), a membership form in capitals, the colony's
sheet of defeso applications, letters to the harbour master, a marine shop's order, an
assembly's minutes; a fisher's petition against the INSS, a boat sale, a self-declaration as
a special insured, hearing minutes, a stolen engine's police report, a crew member's claim, a
shrimp pond's lease; an occupational health record, a diver's decompression report, an ASO, a
stingray sting by chat, a CAT, a referral, a health action; a cooperative's fish intake, a
microcredit proposal, Pix receipts, a production payroll, a boat's catch shares, a shop's
store credit, a buyer's JSON lines) and HUNDREDTWENTYSIXTH (recycling: a pickup booked by
chat, a call to the city's 156 line, a member's registration form, a scrap yard's purchase
register, an electronics take-back e-mail, the members' group in lower case, an ecopoint's
log; assembly minutes, the city's collection contract, a sorter's labour claim, a copper
theft report in capitals, a prosecutor's conduct term with its pickers, a notice over unpaid
loads, hearing minutes; a needle-stick notification, a vaccination list, an accident
report, a SOAP record, a health agent's chat, an ASO, a sick note; weighing tickets, the
monthly share-out, a bank's Pix export, receipts in capitals, a buyer's e-mails, the city's
measurement, a reverse-logistics platform's JSON lines), both written blind, were scored
once frozen at commit 6d52e6c (the detectors of 0e50920, after the hundredtwentythird's and
hundredtwentyfourth's errors were read): hundredtwentyfifth F1 0.973, PERSON recall 0.948,
PERSON precision 0.918, leak 2.04% (rules alone 0.970 / 0.902 / 3.18%); hundredtwentysixth
F1 0.976, PERSON recall 0.939, PERSON precision 0.956, leak 1.80% (rules alone 0.965 /
0.862 / 3.62%) -- micro F1 and PERSON recall met on both, the leak rate on neither. After
their errors were read (a supplier's JSON key holding a person; nicknames of a name and a
trade, announced, in brackets after the name, or with the trade's goods after a particle; a
shop's "&" sender and its chat's title; "artesanal"; hardware and net shops' trades; fishers'
colonies named as boats are; community health agents and weighers as fields; a date of birth
read out with its numbers apart; a firm's acronym and desk as a sender):
hundredtwentyfifth F1 0.986, PERSON recall 0.978, leak 0.72%; hundredtwentysixth F1 0.980,
PERSON recall 0.948, leak 1.37%.

HUNDREDTWENTYSEVENTH (beekeeping and honey: swarm removals booked by chat, a transcribed call to
the fire brigade or the city, an association's membership form, an extraction house's booking
sheet, an online honey shop's reply to a complaint, the beekeepers' group in lower case, a
fair's registration list; a pollination contract, a neighbour's small-claims petition,
hearing minutes, an inspection's seizure notice in capitals, a theft report or a complaint
over bees killed by spraying, a cooperative's assembly minutes, a helper's labour claim; an
emergency record after many stings, a SINAN form, an allergist's chart for venom
immunotherapy, a teleconsultation, an apiary's health inspection, ASOs, a pre-hospital care
report; a honey intake ledger, payouts per beekeeper, a pollination bill, an online shop's
orders, a rural credit proposal in capitals, receipts, a bank's Pix batch) and
HUNDREDTWENTYEIGHTH (exam preparation and private tutoring: an enrolment chat, a transcribed
call about a scholarship, a community course's registration form, a study group in lower
case, a refund complaint, a república's chat, a tutor's student list; a tutoring contract, a
room's lease and house rules, a small-claims petition, conciliation minutes, an appeal against
a refused fee waiver, a theft report in capitals, a minor's travel authorisation; an anxiety
counselling record, a medical certificate for a missed mock exam, a boarding house's health
sheet, a psychological support chat, a report asking for exam arrangements, an e-SUS record,
a referral sheet; instalments, tutors' payroll by Pix, bills split in a house's group,
receipts, a payment gateway's JSON lines, a bank statement in fixed width, overdue fees),
both written blind, were scored once frozen at commit c04cc43 (after the hundredtwentyfifth's
and hundredtwentysixth's errors were read): hundredtwentyseventh F1 0.981, PERSON recall
0.960, PERSON precision 0.950, leak 1.35% (rules alone 0.974 / 0.906 / 2.95%);
hundredtwentyeighth F1 0.978, PERSON recall 0.961, PERSON precision 0.944, leak 1.43% (rules
alone 0.971 / 0.911 / 2.57%) -- micro F1 and PERSON recall met on both, the leak rate on
neither. After their errors were read (a stepfather, a roommate, a beekeeper, a child victim,
a lay judge as contexts before a name; a driver, a pupil, a companion after a participle; a
statement's transfer with the counterparty's agency and account before the name; a
beekeeper's goods as a nickname's epithet; a lower-case name between commas after its role;
a random key in a payment column; a date between a name and a CPF in a chat's message; a
table's column of nicknames; a nickname in apposition after a name only the tagger found): hundredtwentyseventh F1 0.983,
PERSON recall 0.973, leak 0.98%; hundredtwentyeighth F1 0.982, PERSON recall 0.974, leak
0.79%.

HUNDREDTWENTYNINTH (samba schools, carnival blocks and street carnival: a wing's joining chat,
a transcribed call to a ticket line, member and drummer registration forms (typed, boxed, in
capitals or scanned), a wing's or a bateria's group in lower case, the city's lost-and-found
list and an e-mail thread, a box refund complaint quoted under the answer, a block's volunteer
sheet; image-rights releases, costume-making contracts, a street-parade permit and the city's
decision, police reports in capitals, a workshop worker's labour claim, a board election's
minutes with its attendance list, small-claims conciliation minutes; first-aid records at the
parade ground and in a street tent, a member's health sheet with a cardiologist's certificate,
a physiotherapist's chat, an ambulance transfer, a medical certificate typed out, a work
accident's notification; a wing's costume payments, the workshop's payroll in fixed width,
a sponsor's finance thread, ticket orders as JSON lines, receipts, a block's statement, a
bateria's fee split) and HUNDREDTHIRTIETH (shooting clubs, hunting and firearm licensing: a
club's joining chat, a transcribed call to a licensing agent, membership forms, range
bookings and attendance logs, a gun shop's reply over a complaint, a boar-control team's
group, a gunsmith's service orders; an indictment for illegal possession, a landowner's
authorisation for boar control, a writ against a refused licence, custody hearing minutes, a
sale between two collectors, a stolen firearm's report in capitals, a club's ethics
committee; psychological assessments, a clinic's e-mail over a health questionnaire, a
hunting or range accident's emergency record, occupational exams with blood lead, a
psychologist's chat, a shooting-capacity test, hunters' surveillance after wild boars; an
overdue fee's thread, a gun shop's invoices, instructors' payroll, receipts in words, a
booking platform's JSON lines, a club's statement, a boar team's cost split), both written
blind, were scored once frozen at commit 0fa203b (the detectors of c04cc43, before the
hundredtwentyseventh's and hundredtwentyeighth's errors were read): hundredtwentyninth F1
0.970, PERSON recall 0.935, PERSON precision 0.945, leak 2.02% (rules alone 0.961 / 0.865 /
4.04%); hundredthirtieth F1 0.977, PERSON recall 0.969, PERSON precision 0.939, leak 1.40%
(rules alone 0.971 / 0.905 / 3.11%) -- micro F1 and PERSON recall met on both, the leak rate
on neither.

HUNDREDTHIRTYFIRST (land surveying and land-title regularisation, REURB: a city REURB office's
chat, a transcribed call to a surveying firm, a socio-economic registration form, a residents'
association's group, a lot buyer's complaint under the firm's reply, a field work order with
its vertex table, an ombudsman screen; a usucapião petition, an out-of-court usucapião with
the registry's demands, boundary-dispute hearing minutes, the occupants' list of a
regularisation certificate, a public notice and an objection, an informal lot sale, a police
report in capitals over pulled-out markers; a snake bite at work, a family health team's
household register, a risk-area inspection, a field surveyor's occupational exam, a request
for priority with a medical report, a nurse's chat, a flood's case list; a survey quote with
an e-signature log, a field crew's payroll in fixed width, an association's cash book,
receipts in words, income screening as JSON lines, a firm's statement, a thread with the land
registry) and HUNDREDTHIRTYSECOND (sugarcane, coffee and orange harvest labour: a crew's
recruiting group, a harvest worker's registration form, the transport desk's radio log, an
employer's HR e-mail over a union complaint, a contractor's lodging sheet, a worker app's
ticket, a union hotline's transcribed call; a labour claim, hearing minutes with a conduct
agreement, a harvest contract signed by proxy, a crew bus accident's report in capitals, an
itinerant court's minutes, a group power of attorney, a dead cutter's heirs' petition; a heat
illness notification, occupational exams, a field clinic's register, a supervisor's chat
with the safety team, an emergency record, a vaccination export, an expert's report; a
production statement in fixed width, payslips, terminations as CSV in an e-mail, a
supervisor's notebook in lower case, a counting app's JSON lines, cash-advance receipts, a
bank's list of salary accounts), both written blind, were scored once frozen at commit
0522951 (the detectors of 2599cab, before the hundredtwentyninth's and hundredthirtieth's errors
were read): hundredthirtyfirst F1 0.974, PERSON recall 0.954, PERSON precision 0.942, leak
1.48% (rules alone 0.968 / 0.908 / 2.55%); hundredthirtysecond F1 0.974, PERSON recall 0.939,
PERSON precision 0.953, leak 3.48% (rules alone 0.962 / 0.858 / 5.79%) -- micro F1 and PERSON
recall met on both, the leak rate on neither.

HUNDREDTHIRTYTHIRD (taxi drivers' cooperatives and municipal taxi permits: a cooperative's
dispatch group, a cooperado's admission form, a transcribed call to the central over a lost
item, an e-mail thread over a passenger's complaint, a taxi stand's roster, an OCR'd
auxiliary-driver registration, the app's support tickets as JSON lines; a petition against a
cooperado's exclusion, a taxi robbery's police report in capitals, a permit holder's contract
with an auxiliary driver, a permit's transfer to heirs, small-claims hearing minutes, a power
of attorney for a tax-exempt car, a traffic-fine appeal naming the driver; a clinic's list of
licence and toxicology exams, a SAMU record of a taxi crash, a driver's chat with a clinic, an
assaulted driver's emergency record, a vaccination day's table, a disabled passenger's medical
report, a health-plan enrolment CSV; a monthly settlement with agencies and accounts, voucher
billing, dues in arrears, ride receipts in words, a car financing proposal, a quota-share
statement, a Pix dispute e-mail) and HUNDREDTHIRTYFOURTH (home renovations by self-employed
tradesmen: a quote chat with a mason, a condominium's renovation notice, a store's delivery
route, a home-services app's ticket with its access log, a neighbour's e-mail to the
condominium, a transcribed call to a store and its typed record, a dumpster firm's sheet; a
labour-only building contract, a small-claims petition over an abandoned work, a helper's
labour claim, the union's homologation, a building-without-permit notice, a leak dispute's
conciliation minutes, a power of attorney with a poverty declaration; a tradesman's fall or
shock in an emergency unit, a work-accident form, a small firm's ASO batch, a family group
after an electrician's shock, an INSS expert report, a complaint over a neighbour's rubble, a
poison-control call about a child; a store's credit-account statement and credit form, a
mason's crew payment, a receipt in words, a collection e-mail with a card number typed in a
reply, a tradesman's quote, a renovation-financing proposal), both written blind, were scored
once frozen at commit 1282223 (the detectors of 9ee3047, after the hundredthirtyfirst's and
hundredthirtysecond's errors were read): hundredthirtythird F1 0.979, PERSON recall 0.974,
PERSON precision 0.917, leak 1.25% (rules alone 0.974 / 0.932 / 2.35%); hundredthirtyfourth
F1 0.988, PERSON recall 0.968, PERSON precision 0.982, leak 0.54% (rules alone 0.983 / 0.933 /
1.28%) -- micro F1 and PERSON recall met on both, the leak rate on the hundredthirtyfourth.
After their errors were read (a receipt's payer, "um tal de", a group's members, a regulating
doctor, a union's assistant, a permit holder, tradesmen with an article, a possessive between a
role and the article, a trade or a document in brackets after one name word, a name given in
passing with "chama"/"chamava", who answered, a ride's lower-case pickup street, an unnamed
street's number, a two-column box's field before its value, an account under an agency in a
box, "NASCIRNENTO"; against false finds: taxi cooperatives and dumpster firms, their role
mailboxes, "dona," addressed, a phone word ending a lower-case name, no tagger name across a
tab, a country alone in a cell): hundredthirtythird F1 0.993, PERSON recall 0.991, leak 0.40%;
hundredthirtyfourth F1 0.994, PERSON recall 0.985, leak 0.26%.

HUNDREDTHIRTYFIFTH (travelling funfairs: a crew's group before moving town, the box office's
book of lost children, a transcribed call over a double charge, an e-mail asking a school to
take itinerant children, a contacts export as vCards, an OCR'd employee registration, a noise
complaint to the ombudsman; a small-claims petition after a ride accident, a permit for a
public area, a ride operator's labour claim, a police report in capitals, a lot's lease, a
conduct agreement with the prosecutor, a child's travel authorisation; an emergency record, an
ASO batch as CSV/TSV, a vaccination table, a mother's chat with a health unit, a SINAN-style
notification, an eSocial S-2210 XML in an e-mail, a SAMU call with its regulation record; a
box office's fixed-width report, the crew's wages by Pix, a ride insurance proposal, a receipt
in words, ticket orders as JSON lines, a fixed-width bank statement, a microcredit
application) and HUNDREDTHIRTYSIXTH (school transport: the parents' group of a van, a pupil's
registration form, a transcribed call to the city's line with its typed record, an e-mail
thread, the driver's route sheet, a vCard export, a tracking app's events as JSON lines or SQL
INSERTs; the service contract, an extrajudicial notice over fees, a police report in capitals,
a small-claims judgment, an infraction and seizure notice, conciliation minutes, a permit
renewal with an iCalendar appointment; a children's emergency record, a notification for a
child forgotten in a van, a clinic's exams of drivers and monitors, a mother's chat with the
monitor, the pupils' health sheet, a medical report for adapted transport, a SAMU call; the
fee sheet, receipts in words, a collection e-mail with a card typed in a reply, Pix receipts,
a van financing proposal, an NFS-e invoice in XML, the driver's fixed-width statement), both
written blind, were scored once frozen at commit 80529bb (after the hundredthirtythird's and
hundredthirtyfourth's errors were read): hundredthirtyfifth F1 0.981, PERSON recall 0.957,
PERSON precision 0.945, leak 1.22% (rules alone 0.974 / 0.887 / 3.06%); hundredthirtysixth F1
0.965, PERSON recall 0.952, PERSON precision 0.937, leak 1.60% (rules alone 0.955 / 0.884 /
3.07%) -- micro F1 and PERSON recall met on both, the leak rate on neither. After their
errors were read (a vCard contact's name without the trade written after it, a name with its
login in brackets, a receipt's payer without "Recebi de", statement counterparties after a
dash or before the amount in reais, a transcript's answer to "nome e telefone" going on with
the next thing asked, a whole name before the birth date asked for after it, "data_nascimento"
keys, "nasceu 22 09 05", who drove as a witness named them, who took the cash, a ride's
operator, an NFS-e's number and complement elements after the street's; against false finds:
the school van alone, gas and tyre sellers, a city hall cut short, a state school's "E.E.", a
statement's document numbers, a phone's word in any case): hundredthirtyfifth F1 0.986,
PERSON recall 0.976, leak 0.69%; hundredthirtysixth F1 0.987, PERSON recall 0.964, leak 1.04%.

HUNDREDTHIRTYSEVENTH (community radio stations and their volunteer presenters: a listeners'
group, notices read on air, a call-in show's transcript with the winners' table, a complaint
thread, a volunteer's registration form, a programme grid or a podcast's RSS feed, prize-draw
sign-ups as JSON lines or SQL; assembly minutes, an Anatel inspection report, a right of
reply, a voluntary service term with an e-signature log, a mast's lease, a police report in
capitals, a volunteer's labour claim; a fall from the mast in an emergency record, a health
unit's list to call on air, a SAMU call, a speech therapist's report, a screening table, SRT
captions, certificates in an e-mail; sponsorship sheet, donation receipts, a statement in
fixed width or OFX, a raffle, the treasurer's accounts, a reimbursement form, payslips) and
HUNDREDTHIRTYEIGHTH (the public defender's office: its WhatsApp channel, the walk-in triage
queue, a tenant's transcribed call, the scheduling export as JSON lines, YAML or HTML, an
e-mail thread, an SMS reminder log, a prison's visit printout in capitals; a child-support or
paternity petition, an eviction defence, family mediation minutes, a requisition letter, a
petition to the execution court, a court docket, a paternity acknowledgement; an e-mail
thread with the city pharmacy, a DNA collection schedule and report, a prisoner's mother's
call, a prison health team's report, a psychosocial study, a spreadsheet of health demands;
income screening forms, a payroll-loan statement, child-support arrears, a rent agreement, a
repayment plan, a judicial deposit's transfer order in XML, a report on a Pix scam), both
written blind, were scored once frozen at commit a2b34c3 (the detectors of e2d21a7, after the
hundredthirtyfifth's and hundredthirtysixth's errors were read): hundredthirtyseventh F1
0.982, PERSON recall 0.968, PERSON precision 0.938, leak 1.24% (rules alone 0.974 / 0.901 /
2.90%); hundredthirtyeighth F1 0.978, PERSON recall 0.983, PERSON precision 0.968, leak 1.51%
(rules alone 0.971 / 0.931 / 2.69%) -- micro F1 and PERSON recall met on both, the leak rate
on neither. After their errors were read (the next session), the rules written for them took
hundredthirtyseventh to F1 0.992 / PERSON recall 0.981 / leak 0.71% and hundredthirtyeighth to
0.989 / 0.992 / 0.48%: figures of text read, no longer unseen.

HUNDREDTHIRTYNINTH (river passenger and cargo boats: ticket agencies' chats and bots, passenger
lists for the Navy's dispatch, a transcribed call about a lost parcel, booking exports as JSON
lines, YAML or HTML, a complaint forwarded to the regulator, a ferry's vehicle queue with its
SMS log, a parcels book; small claims, a Navy accident inquiry, a crew member's labour claim,
notices of infraction, a charter contract, a court docket in a scalping suit, a boat's sale;
a river health unit's stop list, a scalping clinical summary, crews' health certificates, a
river ambulance's call and record, the boat's occurrence book, a vaccination spreadsheet,
out-of-town treatment by e-mail; freight bills, a boat finance proposal, a ticket counter's
cash closing, a crew's payroll, a DPEM claim, a floating fuel station's credit ledger, a
chargeback file) and HUNDREDFORTIETH (pest control, water-tank cleaning and urban vector
control: booking chats, technicians' route sheets, a call about scorpions or termites, a
complaint portal, a condominium manager's e-mails, booking-app exports, certificates of
service; an applicator's labour claim, a pet poisoned by rat bait, a health-inspection fine, a
pest-management contract, fake pest-control agents in a police report, an LGPD request,
assembly minutes on termites; a poison-control call, a SINAN form, applicators'
cholinesterase, a dengue agent's bulletin, an ER record, a zoonoses centre's scorpion visit,
a leptospirosis thread; invoices, payroll, a card dispute, a collection letter, an expense
report, a purchase order, an MEI's monthly sheet), both written blind, were scored once frozen
at commit 86585fa (after the hundredthirtyseventh's and hundredthirtyeighth's errors were
read): hundredthirtyninth F1 0.969, PERSON recall 0.982, PERSON precision 0.889, leak 2.20%
(rules alone 0.971 / 0.954 / 2.90%); hundredfortieth F1 0.979, PERSON recall 0.989, PERSON
precision 0.931, leak 0.998% (rules alone 0.972 / 0.929 / 2.47%) -- micro F1 and PERSON recall
met on both, the leak rate on the hundredfortieth: every goal. After their errors were read
(the same session, once the benchmark had run on them), the rules written for them took
hundredthirtyninth to F1 0.982 / PERSON recall 0.986 / leak 0.96% and hundredfortieth to
0.980 / 0.989 / 0.80%: figures of text read, no longer unseen.

HUNDREDFORTYFIRST (hearing aids and hearing health: hearing-test bookings by a son or
daughter on WhatsApp, an audiologist's agenda in table styles, a home-visit call transcribed in
lower case, a complaint portal, repair orders (some OCR'd), a remote-fitting app's exports, a
fitting thread with a Libras interpreter; a refund claim, a cochlear implant sued from the
State, a complaint to the ANS, an audiologist's labour claim, a Procon record, a sales contract
with its e-signature log, a police report on the "free hearing aid" payroll-loan scam; an
audiology report, a newborn hearing-test book, the SUS hearing-aid request, an implant team's
minutes, an ENT record, a care-home visit, a referral guide; invoices and NF-e XML,
commissions, a credit proposal, a card dispute, a collection notice, a reimbursement request, a
battery subscription's billing) and HUNDREDFORTYSECOND (emergency water trucks, Operação
Carro-Pipa, in the semi-arid's small towns and sítios: a community's WhatsApp group with the
pipeiro and the apontador, delivery sheets in table styles, a call to Defesa Civil in lower
case, an ombudsman report, a pipeiro's credentialing thread, a water seller's app export, a
cistern programme's registration; a prosecutor's complaint over ghost deliveries, a
credentialing term, a police report in capitals, a small claim, an association's minutes, a
landowner's notice, the Army's administrative procedure; a diarrhoea line list, e-SUS home
visits, a water-quality report, a primary-care record, a SINAN venomous-animal form, a CAT in
capitals, a contaminated-source thread; the monthly measurement and payment list, an RPA, the
Garantia-Safra list, a microcredit proposal, a private pipeiro's sales book, fuel vouchers, a
cooperative's collection), both written blind, were scored once frozen at commit 00928e0 (the
detectors of 14d0af7, after the hundredthirtyninth's and hundredfortieth's errors were read):
hundredfortyfirst F1 0.978, PERSON recall 0.976, PERSON precision 0.937, leak 0.71% (rules
alone 0.973 / 0.934 / 2.45%) -- every goal met; hundredfortysecond F1 0.982, PERSON recall
0.974, PERSON precision 0.981, leak 1.38% (rules alone 0.973 / 0.921 / 3.45%) -- micro F1 and
PERSON recall met, not the leak rate. After their errors were read (the same session, while the
benchmark ran on the frozen commit), the rules written for them took hundredfortyfirst to F1
0.985 / PERSON recall 0.990 / leak 0.42% and hundredfortysecond to 0.989 / 0.986 / 0.44%:
figures of text read, no longer unseen.

HUNDREDFORTYTHIRD (a city's tax office back office: the WhatsApp channel and its bot, a 156 call
in lower case, the counter's ticket log, an ISS auditor's thread, the portal's audit log, an
heir's ombudsman complaint, the cadastre form; an IPTU appeal, the tax court, an enforcement
suit with its CDA table, a protest notice in capitals, an ITBI review, an ISS infringement
notice, a writ; serious-illness exemptions with the medical board, a rehabilitation report, an
anti-rabies form, home visits; the IPTU bill, REFIS, debts sent to protest, refunds, the
fixed-ISS roll in six table styles, a card terminal's report, an ITBI guide) and
HUNDREDFORTYFOURTH (tobacco growing under integration contracts in the South: an instructor's
chat with a grower, the reception unit's unloading schedule in six table styles, the hotline in
lower case, an app's profile export, a carrier's thread, an OCR'd letter, a field visit; the
integration contract, a grading petition, a police report in capitals, a labour inspection,
CADEC minutes, a power of attorney "a rogo", a notice; a SINAN intoxication form, a
cholinesterase table, an emergency record, a CEREST investigation, a referral, a CAT, a health
agent's CSV; a sales settlement, an input order, a Pronaf note, day wages, a firewood seller's
CSV, a hail claim, a Pix dispute), both written blind, were scored once frozen at commit 33bcf56
(after the hundredfortyfirst's and hundredfortysecond's errors were read): hundredfortythird
F1 0.985, PERSON recall 0.986, PERSON precision 0.983, leak 0.56% (rules alone 0.979 / 0.944 /
2.35%) -- every goal met; hundredfortyfourth F1 0.960, PERSON recall 0.976, PERSON precision
0.857, leak 1.71% (rules alone 0.954 / 0.913 / 4.05%) -- micro F1 and PERSON recall met, not
the leak rate. After their errors were read (the same session, while the benchmark ran on the
frozen commit), the rules written for them took hundredfortythird to F1 0.986 / PERSON recall
0.990 / leak 0.38% and hundredfortyfourth to 0.982 / 0.988 / 0.76%: figures of text read, no
longer unseen.

HUNDREDFORTYFIFTH (graduation companies, class committees and the seniors' trip: a committee's
WhatsApp group, a gown-session grid, an adhesion's cancellation ticket, a PDF form, a call as
SRT subtitles, the ball's door list, a bus passenger list; a services contract, a joint
petition, a police report, a Procon file, a small-claims judgment, a minor's travel
authorisation, an LGPD request; a first-aid log, a traveller's health form, a travel
assistance case, a medical certificate, hiring exams, a diabetic student's thread, a
telemedicine JSON; instalments, payment slips, a chargeback, refunds, a statement, RPAs, the
committee's accounts) and HUNDREDFORTYSIXTH (indigenous health districts of the North and
Centre-West: a health team's WhatsApp group, a base post's radio log, the CASAI's bed map, an
ombudsman form, an on-call transcript, an appointments JSON, a village leader's letter; a
statement with an interpreter, maternity pay, a labour claim, a police report on miners, a
boat rental, a refusal of removal "a rogo", a council's minutes; a SIVEP-Malária form, a slide
book, child weights, an air removal, nursing notes, a counter-referral, a vaccination table;
receipts, per diems with a login log, fuel, an air taxi's invoice, payroll, CadÚnico, a
reimbursement with card numbers), both written blind, were scored once frozen at commit
174d373 (the detectors of f6498b4, after the hundredfortythird's and hundredfortyfourth's
errors were read): hundredfortyfifth F1 0.972, PERSON recall 0.971, PERSON precision 0.920,
leak 2.53% (rules alone 0.968 / 0.919 / 4.37%) -- micro F1 and PERSON recall met, not the leak
rate; hundredfortysixth F1 0.941, PERSON recall 0.964, PERSON precision 0.775, leak 2.14%
(rules alone 0.962 / 0.909 / 4.22%) -- PERSON recall met, not micro F1 nor the leak rate.
After their errors were read (the same session), the rules written for them took
hundredfortyfifth to F1 0.973 / PERSON recall 0.971 / leak 2.39% and hundredfortysixth to
0.975 / 0.966 / 1.91%: figures of text read, no longer unseen.

HUNDREDFORTYSEVENTH (precatórios and RPVs: a credit buyer's WhatsApp with creditors and heirs,
CRM call notes, an heir's call as speech-to-text, a lawyer's e-mail thread, JSON leads, an
OCR'd form, a complaint; an assignment contract, heirs' habilitação, a notice with the
decision, a due-diligence checklist, the court's chronological list, a notary's deed, a payment
order; a priority request, medical and expert reports, a visit record, pending priorities, a
home-care quote, a disability report; RPV receipts, a matching CSV, a fund statement, a payment
order, a fixed-width portfolio, an income-tax statement, a treasury channel) and
HUNDREDFORTYEIGHTH (orthodontics and aligner clinics: a WhatsApp Business chat, a call log, an
agenda, an NPS CSV, a call transcript, a complaint thread, a minor's OCR'd form; a Procon
intake and reply, a minor's contract, a debt confession, a consent term, a small-claims
petition, a record request; a treatment plan with an odontogram, CRO-signed notes, a lab order,
a dental plan's guide, a cephalometric report, an anamnesis, an on-call log; instalments, a
reconciliation CSV, glosas, an overdue list, payouts, a refund, an income-tax statement), both
written blind, were scored once frozen at commit 1ff870d (after the hundredfortyfifth's and
hundredfortysixth's errors were read): hundredfortyseventh F1 0.977, PERSON recall 0.991, PERSON
precision 0.911, leak 0.70% (rules alone 0.975 / 0.940 / 2.67%) -- every goal met;
hundredfortyeighth F1 0.972, PERSON recall 0.990, PERSON precision 0.929, leak 1.40% (rules
alone 0.971 / 0.952 / 2.73%) -- micro F1 and PERSON recall met, not the leak rate.
"""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from afinar.privacy.evaluation import EvaluationReport, evaluate_afinar, leak_counts, overmask_counts, score_detection
from afinar.privacy.folding import fold
from afinar.privacy.gazetteer import load_gazetteer

DATA = Path(__file__).parent / "data"
sys.path.insert(0, str(DATA))

TEST_KEY = bytes(range(32))  # a fixed key, tests only


SETS = ("tuning", "heldout", "fresh", "novel", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth", "twentyfirst", "twentysecond", "twentythird",
        "twentyfourth", "twentyfifth", "twentysixth", "twentyseventh", "twentyeighth", "twentyninth",
        "thirtieth", "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth",
        "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth", "fortieth",
        "fortyfirst", "fortysecond", "fortythird", "fortyfourth", "fortyfifth", "fortysixth",
        "fortyseventh", "fortyeighth", "fortyninth", "fiftieth",
        "fiftyfirst", "fiftysecond", "fiftythird", "fiftyfourth", "fiftyfifth", "fiftysixth",
        "fiftyseventh", "fiftyeighth", "fiftyninth", "sixtieth", "sixtyfirst", "sixtysecond",
        "sixtythird", "sixtyfourth", "sixtyfifth", "sixtysixth", "sixtyseventh", "sixtyeighth",
        "sixtyninth", "seventieth", "seventyfirst", "seventysecond", "seventythird", "seventyfourth",
        "seventyfifth", "seventysixth", "seventyseventh", "seventyeighth", "seventyninth", "eightieth",
        "eightyfirst", "eightysecond", "eightythird", "eightyfourth", "eightyfifth", "eightysixth",
        "eightyseventh", "eightyeighth", "eightyninth", "ninetieth", "ninetyfirst", "ninetysecond",
        "ninetythird", "ninetyfourth", "ninetyfifth", "ninetysixth", "ninetyseventh", "ninetyeighth",
        "ninetyninth", "hundredth", "hundredfirst", "hundredsecond", "hundredthird", "hundredfourth",
        "hundredfifth", "hundredsixth", "hundredseventh", "hundredeighth", "hundredninth", "hundredtenth",
        "hundredeleventh", "hundredtwelfth", "hundredthirteenth", "hundredfourteenth", "hundredfifteenth",
        "hundredsixteenth", "hundredseventeenth", "hundredeighteenth", "hundrednineteenth",
        "hundredtwentieth", "hundredtwentyfirst", "hundredtwentysecond", "hundredtwentythird",
        "hundredtwentyfourth", "hundredtwentyfifth", "hundredtwentysixth", "hundredtwentyseventh",
        "hundredtwentyeighth", "hundredtwentyninth", "hundredthirtieth", "hundredthirtyfirst",
        "hundredthirtysecond", "hundredthirtythird", "hundredthirtyfourth", "hundredthirtyfifth",
        "hundredthirtysixth", "hundredthirtyseventh", "hundredthirtyeighth", "hundredthirtyninth",
        "hundredfortieth", "hundredfortyfirst", "hundredfortysecond", "hundredfortythird",
        "hundredfortyfourth", "hundredfortyfifth", "hundredfortysixth", "hundredfortyseventh",
        "hundredfortyeighth")


@lru_cache(maxsize=None)
def report(name: str) -> EvaluationReport:
    records = [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text().splitlines()]
    return evaluate_afinar(records, TEST_KEY)


def test_sets_are_four_domains_and_differ():
    for name in SETS:
        records = [json.loads(x) for x in (DATA / f"{name}.jsonl").read_text().splitlines()]
        assert {r["domain"] for r in records} == {"atendimento", "juridico", "saude", "financeiro"}
        for record in records:
            for span in record["spans"]:
                assert 0 <= span["start"] < span["end"] <= len(record["text"])
    starts = {name: {r["text"][:25] for r in map(json.loads, (DATA / f"{name}.jsonl").open())}
              for name in SETS}
    assert not starts["tuning"] & starts["heldout"]
    assert not starts["fresh"] & (starts["tuning"] | starts["heldout"])
    assert not starts["novel"] & (starts["tuning"] | starts["heldout"] | starts["fresh"])
    assert not starts["fifth"] & (starts["tuning"] | starts["heldout"] | starts["fresh"]
                                  | starts["novel"])
    assert not starts["sixth"] & (starts["tuning"] | starts["heldout"] | starts["fresh"]
                                  | starts["novel"] | starts["fifth"])
    assert not starts["seventh"] & (starts["tuning"] | starts["heldout"] | starts["fresh"]
                                    | starts["novel"] | starts["fifth"] | starts["sixth"])
    assert not starts["eighth"] & (starts["tuning"] | starts["heldout"] | starts["fresh"]
                                   | starts["novel"] | starts["fifth"] | starts["sixth"]
                                   | starts["seventh"])
    # the later sets come from generators of their own, written blind: no text in two sets
    texts = {name: {r["text"] for r in map(json.loads, (DATA / f"{name}.jsonl").open())} for name in SETS}
    for index, name in enumerate(SETS[8:], start=8):
        assert not texts[name] & set().union(*(texts[n] for n in SETS[:index])), name


def test_unseen_names_of_every_set_stay_out_of_the_gazetteer():
    # 15% of each set's names are meant to be unknown to the detector; growing the
    # gazetteer with them would turn name recall into a measure of the gazetteer
    import make_eval_sets  # tests/privacy/data, put on sys.path below

    gazetteer = load_gazetteer()
    unseen = (make_eval_sets.UNSEEN_GIVEN + make_eval_sets.UNSEEN_SURNAMES
              + make_eval_sets.FRESH_UNSEEN_GIVEN + make_eval_sets.FRESH_UNSEEN_SURNAMES
              + make_eval_sets.NOVEL_UNSEEN_GIVEN + make_eval_sets.NOVEL_UNSEEN_SURNAMES
              + make_eval_sets.FIFTH_UNSEEN_GIVEN + make_eval_sets.FIFTH_UNSEEN_SURNAMES
              + make_eval_sets.SIXTH_UNSEEN_GIVEN + make_eval_sets.SIXTH_UNSEEN_SURNAMES
              + make_eval_sets.SEVENTH_UNSEEN_GIVEN + make_eval_sets.SEVENTH_UNSEEN_SURNAMES
              + make_eval_sets.EIGHTH_UNSEEN_GIVEN + make_eval_sets.EIGHTH_UNSEEN_SURNAMES)
    assert not {fold(n) for n in unseen} & gazetteer.name_words
    # and each set's list is its own
    lists = [make_eval_sets.UNSEEN_GIVEN + make_eval_sets.UNSEEN_SURNAMES,
             make_eval_sets.FRESH_UNSEEN_GIVEN + make_eval_sets.FRESH_UNSEEN_SURNAMES,
             make_eval_sets.NOVEL_UNSEEN_GIVEN + make_eval_sets.NOVEL_UNSEEN_SURNAMES,
             make_eval_sets.FIFTH_UNSEEN_GIVEN + make_eval_sets.FIFTH_UNSEEN_SURNAMES,
             make_eval_sets.SIXTH_UNSEEN_GIVEN + make_eval_sets.SIXTH_UNSEEN_SURNAMES,
             make_eval_sets.SEVENTH_UNSEEN_GIVEN + make_eval_sets.SEVENTH_UNSEEN_SURNAMES,
             make_eval_sets.EIGHTH_UNSEEN_GIVEN + make_eval_sets.EIGHTH_UNSEEN_SURNAMES]
    folded = [{fold(n) for n in names} for names in lists]
    assert not folded[2] & (folded[0] | folded[1]) and not folded[1] & folded[0]
    assert not folded[3] & (folded[0] | folded[1] | folded[2])
    assert set(make_eval_sets.FIFTH_UNSEEN_FEMALE) <= set(make_eval_sets.FIFTH_UNSEEN_GIVEN)
    assert not folded[4] & (folded[0] | folded[1] | folded[2] | folded[3])
    assert set(make_eval_sets.SIXTH_UNSEEN_FEMALE) <= set(make_eval_sets.SIXTH_UNSEEN_GIVEN)
    assert not folded[5] & (folded[0] | folded[1] | folded[2] | folded[3] | folded[4])
    assert set(make_eval_sets.SEVENTH_UNSEEN_FEMALE) <= set(make_eval_sets.SEVENTH_UNSEEN_GIVEN)
    assert not folded[6] & (folded[0] | folded[1] | folded[2] | folded[3] | folded[4] | folded[5])
    assert set(make_eval_sets.EIGHTH_UNSEEN_FEMALE) <= set(make_eval_sets.EIGHTH_UNSEEN_GIVEN)


@pytest.mark.parametrize("name", SETS[3:])
def test_unseen_set_is_sane(name):
    records = [json.loads(x) for x in (DATA / f"{name}.jsonl").read_text().splitlines()]
    spans = [(record["text"], span) for record in records for span in record["spans"]]
    assert len(records) >= 250 and len(spans) > 600
    for text, span in spans:
        assert 0 <= span["start"] < span["end"] <= len(text)
        assert text[span["start"]:span["end"]].strip()


@pytest.mark.parametrize("name", SETS[3:])
def test_unseen_set_figures_are_reported(name):
    # printed with pytest -s and recorded in docs/privacy.md
    scored = report(name)
    micro = scored.micro
    print(f"\n{name}: micro P {micro.precision:.3f} R {micro.recall:.3f} F1 {micro.f1:.3f}, "
          f"PERSON R {scored.per_label['PERSON'].recall:.3f}, leak rate {scored.leak_rate:.2%}")
    for label, scores in sorted(scored.per_label.items()):
        print(f"  {label}: P {scores.precision:.3f} R {scores.recall:.3f} (gold {scores.gold})")
    assert micro.gold > 600
    assert 0.0 <= micro.f1 <= 1.0 and 0.0 <= scored.leak_rate <= 1.0


def test_fifth_set_scores_stay_where_they_were():
    # a regression guard, not a goal met on unseen text: frozen at 551c72f, fifth scored
    # F1 0.912, PERSON recall 0.954, leak 3.22%; the rules written after reading its
    # errors took it to F1 0.999, precision 1.000, PERSON recall 0.998, leak 0.06%
    fifth = report("fifth")
    assert fifth.micro.precision >= 0.985
    assert fifth.micro.f1 >= 0.99 and fifth.per_label["PERSON"].recall >= 0.99
    assert fifth.leak_rate <= 0.001
    for label, scores in fifth.per_label.items():
        if label != "PERSON":
            assert scores.precision == 1.0 and scores.recall == 1.0, label


# Regression guards, not goals met on unseen text: (least micro precision, least micro F1,
# least PERSON recall, most leak rate), set a little under each set's figures now. Each
# set was judged once, frozen and unseen, at the commit named; then (except the last
# two) its errors were read and rules written, so its figures now are no longer unseen:
GUARDS = {
    # e747654: F1 0.956, PERSON R 0.919, leak 7.51%; after reading, F1 0.987, leak 2.43%
    "sixth": (0.985, 0.985, 0.96, 0.025),
    # e507bfc: F1 0.944, PERSON R 0.891, leak 9.10%; rules and tagger, F1 0.975, leak 2.04%
    "seventh": (0.97, 0.97, 0.94, 0.025),
    # e2c5256: F1 0.922, PERSON R 0.870, leak 11.69%; rules and tagger, F1 0.963, leak 1.84%
    "eighth": (0.945, 0.958, 0.95, 0.02),
    # 771000c: eleventh F1 0.943, leak 4.72%; twelfth F1 0.897, leak 9.39%
    "eleventh": (0.96, 0.965, 0.95, 0.018),
    "twelfth": (0.93, 0.935, 0.92, 0.048),
    # 8e08f29: thirteenth F1 0.975, PERSON R 0.969, leak 1.49%; fourteenth F1 0.881,
    # PERSON R 0.877, leak 11.16%
    "thirteenth": (0.965, 0.97, 0.965, 0.016),
    "fourteenth": (0.97, 0.955, 0.91, 0.05),
    # 8a20dff: fifteenth F1 0.964, PERSON R 0.948, leak 2.19%; sixteenth F1 0.910,
    # PERSON R 0.879, leak 8.86%
    "fifteenth": (0.965, 0.97, 0.945, 0.0175),
    "sixteenth": (0.95, 0.947, 0.885, 0.040),
    # 75e4fd1: seventeenth F1 0.969, PERSON R 0.980, leak 1.82%; eighteenth F1 0.893,
    # PERSON R 0.927, leak 13.00%
    "seventeenth": (0.962, 0.972, 0.975, 0.017),
    "eighteenth": (0.929, 0.92, 0.94, 0.072),
    # 430cbd2: nineteenth F1 0.954, PERSON R 0.901, leak 2.85%; twentieth F1 0.942,
    # PERSON R 0.929, leak 6.83%. After reading their errors (48be73a..1c79859):
    # nineteenth F1 0.967, leak 2.03%; twentieth F1 0.976, PERSON R 0.985, leak 2.45%
    "nineteenth": (0.965, 0.96, 0.92, 0.023),
    "twentieth": (0.97, 0.97, 0.975, 0.028),
    # 1c79859: twentyfirst F1 0.968, precision 0.967, PERSON R 0.968, leak 3.28%;
    # twentysecond F1 0.965, precision 0.973, PERSON R 0.973, leak 4.16%. After reading
    # their errors (4a74afd..b561e5f): twentyfirst F1 0.979, leak 1.58%; twentysecond F1
    # 0.979, leak 2.92%
    "twentyfirst": (0.965, 0.975, 0.965, 0.018),
    "twentysecond": (0.98, 0.975, 0.975, 0.031),
    # b561e5f: twentythird F1 0.943, precision 0.936, PERSON R 0.962, leak 4.99%;
    # twentyfourth F1 0.956, precision 0.945, PERSON R 0.964, leak 2.37%. After reading
    # their errors (00b4e79..6dd4046): twentythird F1 0.98, leak 1.9%; twentyfourth F1
    # 0.98, leak 1.5% (exact figures in docs/privacy.md)
    "twentythird": (0.97, 0.975, 0.965, 0.022),
    "twentyfourth": (0.975, 0.975, 0.96, 0.017),
    # 6dd4046: twentyfifth F1 0.971, precision 0.968, PERSON R 0.989, leak 2.02%;
    # twentysixth F1 0.966, precision 0.943, PERSON R 0.990, leak 0.78%. After reading
    # their errors (7a7da76, 638da8f): twentyfifth F1 0.983, leak 0.18%; twentysixth F1
    # 0.971, leak 0.21%; after the rules read from the next two sets: 0.987 / 0.14% and
    # 0.975 / 0.19%
    "twentyfifth": (0.97, 0.983, 0.99, 0.002),
    "twentysixth": (0.945, 0.97, 0.99, 0.0025),
    # 638da8f, unseen: twentyseventh F1 0.968, precision 0.960, PERSON R 0.981, leak 1.72%;
    # twentyeighth F1 0.959, precision 0.939, PERSON R 0.968, leak 2.50%. After reading
    # their errors: twentyseventh F1 0.979, precision 0.962, PERSON R 0.991, leak 0.30%;
    # twentyeighth F1 0.980, precision 0.968, PERSON R 0.977, leak 0.57%
    "twentyseventh": (0.955, 0.975, 0.985, 0.004),
    "twentyeighth": (0.962, 0.976, 0.975, 0.006),
    # c331f0a, unseen: twentyninth F1 0.969, precision 0.963, PERSON R 0.976, leak 2.86%;
    # thirtieth F1 0.911, precision 0.940, PERSON R 0.967, leak 8.75%. After reading their
    # errors: twentyninth F1 0.981, precision 0.968, PERSON R 0.988, leak 0.50%; thirtieth
    # F1 0.950, precision 0.954, PERSON R 0.978, leak 3.65%
    "twentyninth": (0.962, 0.976, 0.98, 0.0065),
    "thirtieth": (0.948, 0.945, 0.97, 0.04),
    # 7836dc0, unseen (errors not read): thirtyfirst F1 0.966, precision 0.963, PERSON R
    # 0.983, leak 1.78%; thirtysecond F1 0.939, precision 0.920, PERSON R 0.980, leak 5.83%
    # after reading their non-name errors: thirtyfirst F1 0.976, leak 0.84%; thirtysecond
    # F1 0.952, leak 1.53%
    "thirtyfirst": (0.958, 0.97, 0.975, 0.01),
    "thirtysecond": (0.915, 0.945, 0.97, 0.018),
    # e037f5e, unseen (errors not read): thirtythird F1 0.974, precision 0.969, PERSON R
    # 0.970, leak 2.41%; thirtyfourth F1 0.976, precision 0.972, PERSON R 0.957, leak 1.61%
    # after reading their errors: thirtythird F1 0.979, leak 0.98%; thirtyfourth F1 0.978,
    # leak 1.16%
    "thirtythird": (0.962, 0.972, 0.975, 0.0125),
    "thirtyfourth": (0.965, 0.972, 0.95, 0.014),
    # f9de828, unseen (errors not read): thirtyfifth F1 0.971, precision 0.958, PERSON R
    # 0.981, leak 1.03%; after reading its errors: F1 0.987, precision 0.982, leak 0.49%
    "thirtyfifth": (0.975, 0.98, 0.975, 0.0065),
    # 62b5293, unseen (errors not read): thirtysixth F1 0.979, precision 0.966, PERSON R
    # 0.987, leak 0.45% -- every goal met on unseen text; after reading its errors: F1 0.990,
    # precision 0.984, leak 0.25%
    "thirtysixth": (0.975, 0.985, 0.985, 0.004),
    # 411fe45 and 9f8d056 (the same detectors but for 18 given names), unseen (errors not
    # read): thirtyseventh F1 0.964, precision 0.949, PERSON R 0.979, leak 1.48%;
    # thirtyeighth F1 0.970, precision 0.963, PERSON R 0.970, leak 1.99%; after reading their
    # errors: thirtyseventh F1 0.969, leak 0.88%; thirtyeighth F1 0.979, leak 0.53%
    "thirtyseventh": (0.945, 0.962, 0.97, 0.0105),
    "thirtyeighth": (0.96, 0.972, 0.97, 0.0065),
    # 9b80bd6, unseen (errors not read): thirtyninth F1 0.974, precision 0.967, PERSON R
    # 0.979, leak 1.41%; fortieth F1 0.952, precision 0.933, PERSON R 0.975, leak 1.79%;
    # after reading their errors: thirtyninth F1 0.984, precision 0.971, leak 0.33%;
    # fortieth F1 0.982, precision 0.972, leak 0.62%
    "thirtyninth": (0.965, 0.978, 0.985, 0.0045),
    "fortieth": (0.965, 0.975, 0.975, 0.0075),
    # 27e8667, unseen (errors not read): fortyfirst F1 0.960, precision 0.953, PERSON R
    # 0.967, leak 2.75%; fortysecond F1 0.975, precision 0.970, PERSON R 0.970, leak 2.26%
    # after reading their errors: fortyfirst F1 0.977, precision 0.966, leak 0.85%;
    # fortysecond F1 0.981, precision 0.972, leak 0.59%
    "fortyfirst": (0.96, 0.972, 0.96, 0.0115),
    "fortysecond": (0.965, 0.976, 0.97, 0.0085),
    # 8669e2c, unseen (errors not read): fortythird F1 0.962, precision 0.949, PERSON R
    # 0.963, leak 1.91%; fortyfourth F1 0.977, precision 0.969, PERSON R 0.971, leak 0.86%
    # -- every goal met on unseen text
    # after reading their errors: fortythird F1 0.984, precision 0.977, leak 0.97%;
    # fortyfourth F1 0.982, precision 0.969, leak 0.46%
    "fortythird": (0.97, 0.978, 0.965, 0.0125),
    "fortyfourth": (0.96, 0.977, 0.98, 0.0065),
    # 818c910, unseen (errors not read): fortyfifth F1 0.943, precision 0.940, PERSON R
    # 0.977, leak 3.96%; fortysixth F1 0.947, precision 0.914, PERSON R 0.960, leak 1.66%
    # after reading their errors: fortyfifth F1 0.979, precision 0.965, leak 0.58%;
    # fortysixth F1 0.962, precision 0.939, leak 1.05%
    "fortyfifth": (0.955, 0.974, 0.98, 0.0075),
    "fortysixth": (0.93, 0.957, 0.96, 0.0125),
    # f1a59cd, unseen (errors not read): fortyseventh F1 0.989, precision 0.988, PERSON R
    # 0.984, leak 0.53% -- every goal met on unseen text; fortyeighth F1 0.967, precision
    # 0.961, PERSON R 0.946, leak 2.48%
    "fortyseventh": (0.98, 0.985, 0.975, 0.0065),
    # after reading their errors: fortyseventh unchanged; fortyeighth F1 0.974, precision
    # 0.963, leak 1.58%
    "fortyeighth": (0.955, 0.968, 0.955, 0.0175),
    # bc155e4, unseen (errors not read): fortyninth F1 0.965, precision 0.946, PERSON R
    # 0.990, leak 1.71%; fiftieth F1 0.986, precision 0.978, PERSON R 0.983, leak 0.39% --
    # every goal met on unseen text
    # after reading their errors: fortyninth F1 0.969, precision 0.946, leak 1.26%;
    # fiftieth F1 0.986, precision 0.978, leak 0.35%
    "fortyninth": (0.935, 0.96, 0.985, 0.0145),
    "fiftieth": (0.97, 0.98, 0.98, 0.0045),
    # 64e678a, unseen (errors not read): fiftyfirst F1 0.983, precision 0.974, PERSON R
    # 0.989, leak 0.51% -- every goal met on unseen text; fiftysecond F1 0.978, precision
    # 0.975, PERSON R 0.957, leak 1.28%
    # after reading their errors: fiftyfirst F1 0.985, precision 0.974, PERSON R 0.990,
    # leak 0.22%; fiftysecond F1 0.983, precision 0.975, PERSON R 0.978, leak 0.56%
    "fiftyfirst": (0.965, 0.975, 0.98, 0.0035),
    "fiftysecond": (0.965, 0.975, 0.97, 0.0075),
    # fd33c21, unseen (errors not read): fiftythird F1 0.979, precision 0.966, PERSON R
    # 0.986, leak 1.04%; fiftyfourth F1 0.971, precision 0.959, PERSON R 0.982, leak 1.43%
    # after reading their errors: fiftythird F1 0.980, precision 0.966, PERSON R 0.989,
    # leak 0.47%; fiftyfourth F1 0.977, precision 0.959, PERSON R 0.990, leak 0.30%
    "fiftythird": (0.955, 0.97, 0.98, 0.007),
    "fiftyfourth": (0.945, 0.965, 0.98, 0.0045),
    # 929d378, unseen (errors not read): fiftyfifth F1 0.966, precision 0.951, PERSON R
    # 0.964, leak 1.03%; fiftysixth F1 0.970, precision 0.959, PERSON R 0.960, leak 1.68%
    # after reading their errors: fiftyfifth F1 0.984, precision 0.974, PERSON R 0.990,
    # leak 0.31%; fiftysixth F1 0.975, precision 0.960, PERSON R 0.973, leak 0.88%
    "fiftyfifth": (0.965, 0.975, 0.98, 0.0045),
    "fiftysixth": (0.95, 0.965, 0.96, 0.011),
    # 629270c, unseen (errors not read): fiftyseventh F1 0.958, precision 0.960, PERSON R
    # 0.983, leak 3.76%; fiftyeighth F1 0.965, precision 0.954, PERSON R 0.983, leak 1.43%
    # after reading their errors: fiftyseventh F1 0.972, precision 0.961, PERSON R 0.983,
    # leak 0.99%; fiftyeighth F1 0.968, precision 0.954, PERSON R 0.983, leak 1.28%
    "fiftyseventh": (0.945, 0.96, 0.975, 0.0125),
    "fiftyeighth": (0.94, 0.955, 0.975, 0.015),
    # b91bb20, unseen (errors not read): fiftyninth F1 0.984, precision 0.976, PERSON R
    # 0.982, leak 0.74% -- every goal met on unseen text; sixtieth F1 0.970, precision 0.956,
    # PERSON R 0.980, leak 1.26%
    # after reading their errors: fiftyninth unchanged; sixtieth F1 0.973, precision
    # 0.956, PERSON R 0.986, leak 0.79%
    "fiftyninth": (0.965, 0.975, 0.975, 0.0095),
    "sixtieth": (0.945, 0.965, 0.975, 0.0095),
    # c9a7e83, unseen (errors not read): sixtyfirst F1 0.965, precision 0.953, PERSON R
    # 0.977, leak 2.17%; sixtysecond F1 0.963, precision 0.960, PERSON R 0.979, leak 3.32%
    # after reading their errors: sixtyfirst F1 0.975, precision 0.955, PERSON R 0.992,
    # leak 0.40%; sixtysecond F1 0.975, precision 0.960, PERSON R 0.988, leak 0.62%
    "sixtyfirst": (0.94, 0.965, 0.985, 0.006),
    "sixtysecond": (0.945, 0.965, 0.98, 0.0085),
    # 28fc975, unseen (errors not read): sixtythird F1 0.968, precision 0.975, PERSON R
    # 0.967, leak 2.27%; sixtyfourth F1 0.968, precision 0.969, PERSON R 0.976, leak 3.41%
    # after reading their errors: sixtythird F1 0.977, precision 0.975, PERSON R 0.972,
    # leak 1.12%; sixtyfourth F1 0.980, precision 0.970, PERSON R 0.982, leak 0.87%
    "sixtythird": (0.96, 0.97, 0.965, 0.0135),
    "sixtyfourth": (0.955, 0.97, 0.975, 0.011),
    # 3b1aaba, unseen (errors not read): sixtyfifth F1 0.977, precision 0.961, PERSON R
    # 0.989, leak 0.36% -- every goal met on unseen text; sixtysixth F1 0.980, precision
    # 0.976, PERSON R 0.981, leak 1.22%
    # after reading their errors: sixtyfifth F1 0.977, precision 0.960, PERSON R 0.989,
    # leak 0.30%; sixtysixth F1 0.984, precision 0.977, PERSON R 0.981, leak 0.58%
    "sixtyfifth": (0.945, 0.97, 0.98, 0.0045),
    "sixtysixth": (0.96, 0.975, 0.975, 0.008),
    # 14ce792, unseen (errors not read): sixtyseventh F1 0.982, precision 0.977, PERSON R
    # 0.982, leak 0.90% -- every goal met on unseen text; sixtyeighth F1 0.980, precision
    # 0.972, PERSON R 0.986, leak 1.34%
    # after reading their errors: sixtyseventh F1 0.985, precision 0.978, PERSON R 0.982,
    # leak 0.63%; sixtyeighth F1 0.981, precision 0.972, PERSON R 0.986, leak 1.07%
    "sixtyseventh": (0.96, 0.975, 0.975, 0.0085),
    "sixtyeighth": (0.955, 0.97, 0.98, 0.013),
    # 9b83523, unseen (errors not read): sixtyninth F1 0.982, precision 0.985, PERSON R
    # 0.987, leak 1.43%; seventieth F1 0.982, precision 0.971, PERSON R 0.987, leak 0.44%
    # -- every goal met on unseen text
    # after reading their errors: sixtyninth F1 0.985, precision 0.985, PERSON R 0.987,
    # leak 1.11%; seventieth F1 0.983, precision 0.971, PERSON R 0.987, leak 0.31%
    "sixtyninth": (0.97, 0.975, 0.98, 0.014),
    "seventieth": (0.955, 0.975, 0.98, 0.0055),
    # f015ef5, unseen (errors not read): seventyfirst F1 0.946, precision 0.946, PERSON R
    # 0.984, leak 4.46%; seventysecond F1 0.971, precision 0.961, PERSON R 0.968, leak 2.54%
    # after reading their errors: seventyfirst F1 0.984, precision 0.986, PERSON R 0.984,
    # leak 1.43%; seventysecond F1 0.981, precision 0.974, PERSON R 0.972, leak 0.73%
    "seventyfirst": (0.975, 0.975, 0.975, 0.016),
    "seventysecond": (0.96, 0.97, 0.96, 0.009),
    # 11c9391, unseen (errors not read): seventythird F1 0.970, precision 0.969, PERSON R
    # 0.977, leak 1.72%; seventyfourth F1 0.980, precision 0.968, PERSON R 0.989, leak 0.73%
    # -- every goal met on unseen text
    # after reading their errors: seventythird F1 0.987, precision 0.984, PERSON R 0.985,
    # leak 0.54%; seventyfourth F1 0.991, precision 0.984, PERSON R 0.994, leak 0.23%
    "seventythird": (0.975, 0.98, 0.975, 0.0065),
    "seventyfourth": (0.975, 0.985, 0.985, 0.003),
    # cc0e124, unseen (errors not read): seventyfifth F1 0.980, precision 0.974, PERSON R
    # 0.976, leak 1.43%; seventysixth F1 0.973, precision 0.954, PERSON R 0.985, leak 0.76%
    # -- every goal met on unseen text
    # after reading their errors: seventyfifth F1 0.983, precision 0.975, PERSON R 0.982,
    # leak 0.54%; seventysixth F1 0.988, precision 0.981, PERSON R 0.991, leak 0.50%
    "seventyfifth": (0.965, 0.975, 0.975, 0.0065),
    "seventysixth": (0.97, 0.98, 0.985, 0.006),
    # 871979a, unseen (errors not read): seventyseventh F1 0.970, precision 0.955, PERSON R
    # 0.969, leak 2.02%; seventyeighth F1 0.975, precision 0.967, PERSON R 0.987, leak 1.11%
    # after reading their errors: seventyseventh F1 0.985, precision 0.980, PERSON R 0.977,
    # leak 1.07%; seventyeighth F1 0.982, precision 0.969, PERSON R 0.988, leak 0.42%
    "seventyseventh": (0.97, 0.975, 0.97, 0.012),
    "seventyeighth": (0.96, 0.975, 0.98, 0.0055),
    # 7ad0802, unseen (errors not read): seventyninth F1 0.968, precision 0.953, PERSON R
    # 0.978, leak 1.81%; eightieth F1 0.966, precision 0.950, PERSON R 0.961, leak 1.20%
    # after reading their errors: seventyninth F1 0.992, precision 0.990, PERSON R 0.985,
    # leak 0.82%; eightieth F1 0.995, precision 0.996, PERSON R 0.988, leak 0.31%
    "seventyninth": (0.98, 0.985, 0.98, 0.01),
    "eightieth": (0.985, 0.99, 0.98, 0.0045),
    # d127252, unseen (errors not read): eightyfirst F1 0.974, precision 0.965, PERSON R
    # 0.980, leak 1.31%; eightysecond F1 0.972, precision 0.957, PERSON R 0.983, leak 0.98%
    # -- every goal met on unseen text
    # after reading their errors: eightyfirst F1 0.991, precision 0.988, PERSON R 0.986,
    # leak 0.46%; eightysecond F1 0.984, precision 0.975, PERSON R 0.986, leak 0.56%
    "eightyfirst": (0.98, 0.985, 0.98, 0.0055),
    "eightysecond": (0.965, 0.975, 0.98, 0.0065),
    # 871b2eb, unseen (errors not read): eightythird F1 0.969, precision 0.947, PERSON R
    # 0.990, leak 0.69%; eightyfourth F1 0.982, precision 0.978, PERSON R 0.982, leak 0.81%
    # -- every goal met on unseen text by both
    # after reading their errors: eightythird F1 0.993, precision 0.990, PERSON R 0.992,
    # leak 0.17%; eightyfourth F1 0.994, precision 0.992, PERSON R 0.989, leak 0.22%
    "eightythird": (0.985, 0.99, 0.985, 0.0025),
    "eightyfourth": (0.985, 0.99, 0.98, 0.003),
    # e30dc17, unseen (errors not read): eightyfifth F1 0.980, precision 0.976, PERSON R
    # 0.988, leak 1.22%; eightysixth F1 0.984, precision 0.975, PERSON R 0.986, leak 0.52%
    # -- every goal met on unseen text by eightysixth
    # after reading their errors: eightyfifth F1 0.995, precision 0.994, PERSON R 0.991,
    # leak 0.43%; eightysixth F1 0.994, precision 0.992, PERSON R 0.991, leak 0.32%
    "eightyfifth": (0.985, 0.99, 0.985, 0.0055),
    "eightysixth": (0.985, 0.99, 0.985, 0.004),
    # 332c442, unseen (errors not read): eightyseventh F1 0.979, precision 0.965, PERSON R
    # 0.986, leak 0.46%; eightyeighth F1 0.968, precision 0.956, PERSON R 0.985, leak 1.45%
    # -- every goal met on unseen text by eightyseventh
    # after reading their errors: eightyseventh F1 0.988, precision 0.982, PERSON R 0.988,
    # leak 0.41%; eightyeighth F1 0.984, precision 0.974, PERSON R 0.988, leak 0.53%
    "eightyseventh": (0.975, 0.985, 0.985, 0.005),
    # (the tagger, retrained on the evaluation sets and no longer on generated text alone, misses some
    # of eightyeighth's host families' English names: PERSON R 0.989 -> 0.985, leak 0.49% ->
    # 0.61%, while 140 of the 146 sets leak less; docs/privacy.md, "Learned tagger")
    "eightyeighth": (0.97, 0.98, 0.98, 0.0065),
    # d3f3f9f, unseen (errors not read): eightyninth F1 0.961, precision 0.959, PERSON R
    # 0.967, leak 1.88%; ninetieth F1 0.982, precision 0.971, PERSON R 0.989, leak 0.69%
    # -- every goal met on unseen text by ninetieth
    # after reading their errors: eightyninth F1 0.987, precision 0.981, PERSON R 0.984,
    # leak 0.58%; ninetieth F1 0.990, precision 0.988, PERSON R 0.989, leak 0.65%
    "eightyninth": (0.975, 0.985, 0.98, 0.007),
    "ninetieth": (0.98, 0.985, 0.985, 0.0075),
    # 405cb11, unseen (errors not read): ninetyfirst F1 0.959, precision 0.937, PERSON R
    # 0.988, leak 2.62%; ninetysecond F1 0.968, precision 0.948, PERSON R 0.985, leak 1.06%
    # after reading their errors: ninetyfirst F1 0.972, precision 0.958, PERSON R 0.988,
    # leak 2.16%; ninetysecond F1 0.978, precision 0.968, PERSON R 0.985, leak 1.06%
    "ninetyfirst": (0.95, 0.965, 0.98, 0.023),
    "ninetysecond": (0.96, 0.97, 0.98, 0.012),
    # 2a4a9e3, unseen (errors not read): ninetythird F1 0.976, precision 0.967, PERSON R
    # 0.975, leak 1.91%; ninetyfourth F1 0.974, precision 0.972, PERSON R 0.973, leak 2.29%
    # after reading their errors: ninetythird F1 0.986, precision 0.983, PERSON R 0.978,
    # leak 1.21%; ninetyfourth F1 0.989, precision 0.988, PERSON R 0.982, leak 0.96%
    "ninetythird": (0.975, 0.98, 0.97, 0.0135),
    "ninetyfourth": (0.98, 0.985, 0.975, 0.011),
    # 07168ec, unseen (errors not read): ninetyfifth F1 0.965, precision 0.949, PERSON R
    # 0.979, leak 2.07%; ninetysixth F1 0.968, precision 0.957, PERSON R 0.954, leak 1.77%
    # after reading their errors: ninetyfifth F1 0.982, precision 0.975, PERSON R 0.979,
    # leak 0.93%; ninetysixth F1 0.983, precision 0.980, PERSON R 0.975, leak 1.28%
    "ninetyfifth": (0.97, 0.975, 0.975, 0.0105),
    "ninetysixth": (0.97, 0.975, 0.97, 0.014),
    # 27db1b2, unseen (errors not read): ninetyseventh F1 0.971, precision 0.964, PERSON R
    # 0.979, leak 2.13%; ninetyeighth F1 0.975, precision 0.971, PERSON R 0.967, leak 1.65%
    # after reading their errors: ninetyseventh F1 0.989, precision 0.983, PERSON R 0.987,
    # leak 0.54%; ninetyeighth F1 0.987, precision 0.986, PERSON R 0.970, leak 0.99%
    "ninetyseventh": (0.98, 0.985, 0.98, 0.007),
    "ninetyeighth": (0.98, 0.98, 0.965, 0.0105),
    # 92d1d32, unseen (errors not read): ninetyninth F1 0.976, precision 0.958, PERSON R
    # 0.982, leak 0.71%; hundredth F1 0.962, precision 0.954, PERSON R 0.985, leak 1.81%
    # after reading their errors: ninetyninth F1 0.990, precision 0.986, PERSON R 0.983,
    # leak 0.69%; hundredth F1 0.996, precision 0.997, PERSON R 0.988, leak 0.72%
    "ninetyninth": (0.98, 0.985, 0.975, 0.008),
    "hundredth": (0.99, 0.99, 0.98, 0.008),
    # 2d87d75, unseen (errors not read): hundredfirst F1 0.958, precision 0.934, PERSON R
    # 0.959, leak 1.32%; hundredsecond F1 0.966, precision 0.953, PERSON R 0.990, leak 1.39%
    # after reading their errors: hundredfirst F1 0.969, precision 0.953, PERSON R 0.967,
    # leak 1.19%; hundredsecond F1 0.989, precision 0.983, PERSON R 0.990, leak 0.42%
    "hundredfirst": (0.945, 0.96, 0.96, 0.013),
    "hundredsecond": (0.975, 0.98, 0.985, 0.0055),
    # 8b393fd, unseen (errors not read): hundredthird F1 0.961, precision 0.959, PERSON R
    # 0.984, leak 2.10%; hundredfourth F1 0.973, precision 0.964, PERSON R 0.981, leak 0.85%
    # after reading their errors: hundredthird F1 0.995, precision 0.993, PERSON R 0.995,
    # leak 0.46%; hundredfourth F1 0.992, precision 0.988, PERSON R 0.986, leak 0.55%
    "hundredthird": (0.985, 0.99, 0.99, 0.006),
    "hundredfourth": (0.98, 0.985, 0.98, 0.007),
    # cac5d33, unseen (errors not read): hundredfifth F1 0.963, precision 0.978, PERSON R
    # 0.968, leak 3.04%; hundredsixth F1 0.957, precision 0.953, PERSON R 0.973, leak 2.82%
    # after reading their errors: hundredfifth F1 0.990, precision 0.987, PERSON R 0.981,
    # leak 0.62%; hundredsixth F1 0.972, precision 0.975, PERSON R 0.985, leak 1.96%
    # after reading the hundredsixth's misses: F1 0.984, precision 0.975, PERSON R 0.989,
    # leak 0.71%
    "hundredfifth": (0.98, 0.985, 0.975, 0.0075),
    "hundredsixth": (0.97, 0.975, 0.98, 0.0085),
    # 0db829e, unseen (errors not read): hundredseventh F1 0.958, precision 0.946, PERSON R
    # 0.985, leak 1.96%; hundredeighth F1 0.980, precision 0.971, PERSON R 0.972, leak 1.07%
    # after reading their false names: hundredseventh F1 0.968, precision 0.966, PERSON R
    # 0.985, leak 1.96%; hundredeighth F1 0.983, precision 0.977, PERSON R 0.973, leak 1.06%
    # after reading their misses: hundredseventh F1 0.981, precision 0.968, PERSON R 0.990,
    # leak 0.60%; hundredeighth F1 0.985, precision 0.977, PERSON R 0.986, leak 0.83%
    "hundredseventh": (0.96, 0.975, 0.985, 0.007),
    "hundredeighth": (0.97, 0.98, 0.98, 0.0095),
    # 6d5778a, unseen (errors not read): hundredninth F1 0.967, precision 0.953, PERSON R
    # 0.992, leak 1.92%; hundredtenth F1 0.978, precision 0.967, PERSON R 0.983, leak 1.06%
    # after reading their errors: hundredninth F1 0.991, precision 0.990, PERSON R 0.992,
    # leak 1.23%; hundredtenth F1 0.990, precision 0.989, PERSON R 0.985, leak 0.91%
    # after what the hundredninth had left (groups read out after a speaker label, names
    # apart from their sentence in capitals): hundredninth F1 0.993, leak 0.97%
    "hundredninth": (0.985, 0.985, 0.985, 0.011),
    "hundredtenth": (0.98, 0.985, 0.98, 0.01),
    # f3f4be7, unseen (errors not read): hundredeleventh F1 0.969, precision 0.966, PERSON R
    # 0.962, leak 2.71%; hundredtwelfth F1 0.986, precision 0.980, PERSON R 0.987, leak 0.88%
    # after reading their errors: hundredeleventh F1 0.980, precision 0.974, PERSON R 0.974,
    # leak 1.31%; hundredtwelfth F1 0.987, precision 0.980, PERSON R 0.988, leak 0.72%
    "hundredeleventh": (0.97, 0.975, 0.97, 0.0145),
    "hundredtwelfth": (0.975, 0.98, 0.985, 0.008),
    # 3a5ee82, unseen (errors not read): hundredthirteenth F1 0.975, precision 0.959, PERSON
    # R 0.980, leak 0.87%; hundredfourteenth F1 0.983, precision 0.984, PERSON R 0.959, leak 1.21%
    # after reading their errors: hundredthirteenth F1 0.992, precision 0.992, PERSON R 0.980,
    # leak 0.85%; hundredfourteenth F1 0.992, precision 0.992, PERSON R 0.983, leak 0.73%
    "hundredthirteenth": (0.985, 0.985, 0.975, 0.009),
    "hundredfourteenth": (0.985, 0.985, 0.975, 0.008),
    # df2e0c0, unseen (errors not read): hundredfifteenth F1 0.961, precision 0.933, PERSON
    # R 0.979, leak 1.27%; hundredsixteenth F1 0.985, precision 0.983, PERSON R 0.978, leak 1.91%
    # after reading their errors: hundredfifteenth F1 0.990, precision 0.988, PERSON R 0.979,
    # leak 0.66%; hundredsixteenth F1 0.994, precision 0.995, PERSON R 0.984, leak 0.54%
    "hundredfifteenth": (0.98, 0.985, 0.97, 0.0075),
    "hundredsixteenth": (0.99, 0.99, 0.975, 0.0065),
    # 1ab5935, unseen (errors not read): hundredseventeenth F1 0.982, precision 0.978, PERSON
    # R 0.965, leak 1.54%; hundredeighteenth F1 0.991, precision 0.993, PERSON R 0.973, leak 1.37%
    # after reading their errors: hundredseventeenth F1 0.986, precision 0.980, PERSON R 0.981,
    # leak 0.68%; hundredeighteenth F1 0.992, precision 0.993, PERSON R 0.977, leak 0.81%
    "hundredseventeenth": (0.975, 0.98, 0.975, 0.0075),
    "hundredeighteenth": (0.99, 0.99, 0.97, 0.009),
    # aed3a95, unseen (errors not read): hundrednineteenth F1 0.974, precision 0.965, PERSON
    # R 0.970, leak 1.66%; hundredtwentieth F1 0.971, precision 0.967, PERSON R 0.936, leak 2.28%
    # after reading their errors: hundrednineteenth F1 0.987, precision 0.988, PERSON R 0.973,
    # leak 1.13%; hundredtwentieth F1 0.983, precision 0.981, PERSON R 0.960, leak 1.54%
    "hundrednineteenth": (0.98, 0.98, 0.965, 0.0125),
    "hundredtwentieth": (0.975, 0.975, 0.95, 0.0165),
    # 92f40b2, unseen (errors not read): hundredtwentyfirst F1 0.974, precision 0.979, PERSON
    # R 0.960, leak 2.22%; hundredtwentysecond F1 0.967, precision 0.962, PERSON R 0.933, leak 2.37%
    # after reading their errors: hundredtwentyfirst F1 0.988, precision 0.987, PERSON R 0.968,
    # leak 0.82%; hundredtwentysecond F1 0.981, precision 0.985, PERSON R 0.938, leak 1.81%
    "hundredtwentyfirst": (0.98, 0.98, 0.955, 0.0095),
    "hundredtwentysecond": (0.98, 0.975, 0.93, 0.019),
    # 2ba65e4, unseen (errors not read): hundredtwentythird F1 0.964, precision 0.973, PERSON
    # R 0.948, leak 3.85%; hundredtwentyfourth F1 0.971, precision 0.954, PERSON R 0.973, leak 0.88%
    # after reading their errors: hundredtwentythird F1 0.976, precision 0.974, PERSON R 0.950,
    # leak 1.89%; hundredtwentyfourth F1 0.973, precision 0.954, PERSON R 0.982, leak 0.63%
    "hundredtwentythird": (0.97, 0.97, 0.945, 0.0195),
    "hundredtwentyfourth": (0.95, 0.97, 0.975, 0.0068),
    # 6d52e6c (detectors of 0e50920), unseen (errors not read): hundredtwentyfifth F1 0.973,
    # precision 0.965, PERSON R 0.948, leak 2.04%; hundredtwentysixth F1 0.976, precision 0.976,
    # PERSON R 0.939, leak 1.80%; after reading their errors: hundredtwentyfifth F1 0.986,
    # precision 0.979, PERSON R 0.978, leak 0.72%; hundredtwentysixth F1 0.980, precision 0.978,
    # PERSON R 0.948, leak 1.37%
    "hundredtwentyfifth": (0.975, 0.98, 0.975, 0.0075),
    "hundredtwentysixth": (0.975, 0.975, 0.945, 0.014),
    # c04cc43, unseen (errors not read): hundredtwentyseventh F1 0.981, precision 0.977, PERSON
    # R 0.960, leak 1.35%; hundredtwentyeighth F1 0.978, precision 0.974, PERSON R 0.961, leak 1.43%;
    # after reading their errors: hundredtwentyseventh F1 0.983, precision 0.977, PERSON R 0.973,
    # leak 0.98%; hundredtwentyeighth F1 0.982, precision 0.974, PERSON R 0.974, leak 0.79%
    "hundredtwentyseventh": (0.975, 0.98, 0.97, 0.0102),
    "hundredtwentyeighth": (0.97, 0.98, 0.97, 0.0085),
    # 0fa203b (detectors of c04cc43), unseen (errors not read): hundredtwentyninth F1 0.970,
    # precision 0.964, PERSON R 0.935, leak 2.02%; hundredthirtieth F1 0.977, precision 0.969,
    # PERSON R 0.969, leak 1.40% (1.94% and 1.03% with the rules written after the two before);
    # after reading their errors: hundredtwentyninth F1 0.975, precision 0.965, PERSON R 0.961,
    # leak 1.05%; hundredthirtieth F1 0.981, precision 0.970, PERSON R 0.982, leak 0.57%
    "hundredtwentyninth": (0.96, 0.97, 0.955, 0.011),
    "hundredthirtieth": (0.965, 0.975, 0.975, 0.0062),
    # 0522951 (detectors of 2599cab), unseen (errors not read): hundredthirtyfirst F1 0.974,
    # precision 0.965, PERSON R 0.954, leak 1.48%; hundredthirtysecond F1 0.974, precision 0.982,
    # PERSON R 0.939, leak 3.48% (with the rules written after the two before, still unread:
    # F1 0.975 / 0.975, PERSON R 0.959 / 0.944, leak 1.39% / 3.39%); after reading their
    # errors: hundredthirtyfirst F1 0.984, precision 0.981, PERSON R 0.967, leak 0.91%;
    # hundredthirtysecond F1 0.984, precision 0.985, PERSON R 0.960, leak 1.54%
    "hundredthirtyfirst": (0.975, 0.98, 0.96, 0.0095),
    "hundredthirtysecond": (0.98, 0.98, 0.955, 0.016),
    # 1282223 (detectors of 9ee3047), unseen (errors not read): hundredthirtythird F1 0.979,
    # precision 0.970, PERSON R 0.974, leak 1.25%; hundredthirtyfourth F1 0.988, precision 0.988,
    # PERSON R 0.968, leak 0.54%; after reading their errors: hundredthirtythird F1 0.993,
    # precision 0.989, PERSON R 0.991, leak 0.40%; hundredthirtyfourth F1 0.994, precision 0.994,
    # PERSON R 0.985, leak 0.26%
    "hundredthirtythird": (0.985, 0.99, 0.985, 0.0045),
    "hundredthirtyfourth": (0.99, 0.99, 0.98, 0.003),
    # 80529bb, unseen (errors not read): hundredthirtyfifth F1 0.981, precision 0.980, PERSON R
    # 0.957, leak 1.22%; hundredthirtysixth F1 0.965, precision 0.956, PERSON R 0.952, leak 1.60%;
    # after reading their errors: hundredthirtyfifth F1 0.986, precision 0.981, PERSON R 0.976,
    # leak 0.69%; hundredthirtysixth F1 0.987, precision 0.987, PERSON R 0.964, leak 1.04%
    "hundredthirtyfifth": (0.975, 0.98, 0.97, 0.0075),
    "hundredthirtysixth": (0.98, 0.98, 0.96, 0.011),
    # a2b34c3 (detectors of e2d21a7), unseen (errors not read): hundredthirtyseventh F1 0.982,
    # precision 0.976, PERSON R 0.968, leak 1.24%; hundredthirtyeighth F1 0.978, precision 0.976,
    # PERSON R 0.983, leak 1.51%; after reading their errors: hundredthirtyseventh F1 0.992,
    # precision 0.991, PERSON R 0.981, leak 0.71%; hundredthirtyeighth F1 0.989, precision 0.984,
    # PERSON R 0.992, leak 0.48%
    "hundredthirtyseventh": (0.985, 0.985, 0.975, 0.0078),
    "hundredthirtyeighth": (0.98, 0.985, 0.985, 0.0055),
    # 86585fa, unseen (errors not read): hundredthirtyninth F1 0.969, precision 0.954, PERSON R
    # 0.982, leak 2.20%; hundredfortieth F1 0.979, precision 0.967, PERSON R 0.989, leak 0.998%;
    # after reading their errors: hundredthirtyninth F1 0.982, precision 0.972, PERSON R 0.986,
    # leak 0.96%; hundredfortieth F1 0.980, precision 0.968, PERSON R 0.989, leak 0.80%
    "hundredthirtyninth": (0.965, 0.975, 0.98, 0.0105),
    "hundredfortieth": (0.96, 0.975, 0.98, 0.0088),
    # 00928e0 (detectors of 14d0af7), unseen (errors not read): hundredfortyfirst F1 0.978,
    # precision 0.966, PERSON R 0.976, leak 0.71%; hundredfortysecond F1 0.982, precision 0.980,
    # PERSON R 0.974, leak 1.38%; after reading their errors: hundredfortyfirst F1 0.985, precision
    # 0.975, PERSON R 0.990, leak 0.42%; hundredfortysecond F1 0.989, precision 0.984, PERSON R
    # 0.986, leak 0.44%
    "hundredfortyfirst": (0.97, 0.98, 0.985, 0.0047),
    "hundredfortysecond": (0.98, 0.985, 0.98, 0.0049),
    # 33bcf56, unseen (errors not read): hundredfortythird F1 0.985, precision 0.977, PERSON R
    # 0.986, leak 0.56%; hundredfortyfourth F1 0.960, precision 0.937, PERSON R 0.976, leak 1.71%;
    # after reading their errors: hundredfortythird F1 0.986, precision 0.977, PERSON R 0.990,
    # leak 0.38%; hundredfortyfourth F1 0.982, precision 0.971, PERSON R 0.988, leak 0.76%
    "hundredfortythird": (0.975, 0.985, 0.985, 0.0040),
    "hundredfortyfourth": (0.97, 0.98, 0.985, 0.0080),
    # 174d373 (detectors of f6498b4), unseen (errors not read): hundredfortyfifth F1 0.972,
    # precision 0.968, PERSON R 0.971, leak 2.53%; hundredfortysixth F1 0.941, precision 0.902,
    # PERSON R 0.964, leak 2.14%; after reading their errors: hundredfortyfifth F1 0.973,
    # precision 0.967, PERSON R 0.971, leak 2.39%; hundredfortysixth F1 0.975, precision 0.966,
    # PERSON R 0.966, leak 1.91%
    "hundredfortyfifth": (0.965, 0.97, 0.97, 0.0245),
    "hundredfortysixth": (0.96, 0.97, 0.965, 0.0195),
    # 1ff870d, unseen (errors not read): hundredfortyseventh F1 0.977, precision 0.959, PERSON R
    # 0.991, leak 0.70%; hundredfortyeighth F1 0.972, precision 0.969, PERSON R 0.990, leak 1.40%
    "hundredfortyseventh": (0.95, 0.97, 0.985, 0.0075),
    "hundredfortyeighth": (0.96, 0.965, 0.985, 0.0145),
}


@pytest.mark.parametrize("name", GUARDS)
def test_set_scores_stay_where_they_were(name):
    precision, f1, person_recall, leak = GUARDS[name]
    scored = report(name)
    assert scored.micro.precision >= precision and scored.micro.f1 >= f1
    assert scored.per_label["PERSON"].recall >= person_recall
    assert scored.leak_rate <= leak


def test_fresh_micro_f1_goal():
    assert report("fresh").micro.f1 >= 0.95


def test_fresh_person_recall_goal():
    assert report("fresh").per_label["PERSON"].recall >= 0.90


def test_fresh_leak_rate_goal():
    assert report("fresh").leak_rate <= 0.01


def test_fresh_set_scores_stay_where_they_were():
    # a regression guard: the rules for chat, lists and lower-case names were written
    # after reading the fresh set's errors (F1 0.994, PERSON recall 0.978, leak 0.93%),
    # so these figures are no longer those of unseen text (docs/privacy.md)
    fresh = report("fresh")
    assert fresh.micro.precision >= 0.99
    assert fresh.micro.f1 >= 0.99 and fresh.per_label["PERSON"].recall >= 0.97
    assert fresh.leak_rate <= 0.0095


def test_novel_set_scores_stay_where_they_were():
    # a regression guard, not a goal met on unseen text: frozen, novel scored F1 0.888,
    # PERSON recall 0.921, leak 10.63%; the rules written after reading its errors took
    # it to F1 0.997, precision 1.000, PERSON recall 0.991, leak 0.56% (docs/privacy.md)
    novel = report("novel")
    assert novel.micro.precision >= 0.99
    assert novel.micro.f1 >= 0.99 and novel.per_label["PERSON"].recall >= 0.98
    assert novel.leak_rate <= 0.0065
    for label, scores in novel.per_label.items():
        if label != "PERSON":
            assert scores.precision == 1.0 and scores.recall == 1.0, label


def test_heldout_and_tuning_scores_stay_where_they_were():
    # regression guards: both sets' errors have been read, so these are not goals
    heldout, tuning = report("heldout"), report("tuning")
    assert heldout.micro.f1 >= 0.99 and heldout.leak_rate <= 0.01
    assert heldout.per_label["PERSON"].recall >= 0.95
    assert tuning.micro.f1 >= 0.99 and tuning.leak_rate <= 0.01


def test_metrics_on_a_tiny_example():
    records = [{"text": "Maria e CPF", "spans": [{"start": 0, "end": 5, "label": "PERSON"},
                                                  {"start": 8, "end": 11, "label": "BR_CPF"}]}]
    scored = score_detection(records, lambda t: [(0, 3, "PERSON"), (6, 7, "PHONE_NUMBER")])
    assert scored.per_label["PERSON"].recall == 1.0
    assert scored.per_label["BR_CPF"].recall == 0.0
    assert scored.per_label["PHONE_NUMBER"].precision == 0.0
    assert scored.micro.precision == 0.5 and scored.micro.recall == 0.5


def test_overmasking_counts_the_masked_characters_that_are_no_personal_data():
    # "SR SANDOVAL RECLAMOU DO VALOR": the name ran on into its sentence; overlap scoring
    # counts it found, the over-masking rate shows the sentence it erased
    text = "SR SANDOVAL RECLAMOU DO VALOR"
    records = [{"text": text, "spans": [{"start": 3, "end": 11, "label": "PERSON"}]}]
    overmasked, masked = overmask_counts(records, lambda t: [(3, 29)])
    assert (overmasked, masked) == (15, 23)  # "RECLAMOU DO VALOR" without its blanks; and the name's 8
    assert overmask_counts(records, lambda t: [(3, 11), (3, 11)]) == (0, 8)  # a character counts once
    assert leak_counts(records, lambda t: [(3, 29)]) == (0, 8)  # no leak either way
    scored = EvaluationReport(overmasked_chars=15, masked_chars=23)
    assert scored.overmask_rate == 15 / 23 and scored.as_dict()["overmask_rate"] == 0.6522


def test_overmasking_on_a_labelled_set_is_reported_and_small():
    scored = report("hundredfourteenth")
    assert scored.masked_chars > scored.gold_chars * 0.9
    assert 0.0 < scored.overmask_rate < 0.05
