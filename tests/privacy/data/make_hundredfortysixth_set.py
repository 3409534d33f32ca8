"""Build the hundred-and-forty-sixth labelled evaluation set (run once; the JSONL file is committed).

    python3 tests/privacy/data/make_hundredfortysixth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 14646, 280 records: 4 domains x 7 templates x 10 copies. The helpers (Gen, Doc, name
pools, check digits, tables, forms, chat and e-mail helpers, self-check) are copied from the
hundred-and-forty-fourth set's generator (itself from the hundred-and-forty-second and -third) and adapted
(name pools of the North and Centre-West and of the indigenous peoples of each district, phone numbers in
each district's area code, CEPs drawn by the document's state, RG issuers of the region, a nationality
given to a qualification, COREN numbers with -TE/-AE/-ENF, CRN and CRBM, a typing slip that never touches
a template's «key»); the register and every template are new.

Register: INDIGENOUS HEALTH DISTRICTS OF THE NORTH AND CENTRE-WEST -- the Distritos Sanitários Especiais
Indígenas (DSEI) of the Secretaria de Saúde Indígena (SESAI) and the services around them: the base posts
(polos base) and their multidisciplinary teams (EMSI: nurses, nursing technicians, physicians, dentists,
nutritionists) with the indigenous health and sanitation agents (AIS, AISAN) of the villages; the radio and
the WhatsApp group of a post; the CASAI (Casa de Saúde Indígena) in town where patients and companions wait
for appointments; air removals by contracted air taxis and river trips in voadeiras with a boatman; malaria
surveillance (SIVEP-Malária notifications, the post's slide book, positives e-mailed to the district);
food and nutrition surveillance of children under five; the indigenous vaccination month (MVPI); the
refusal of a removal signed with an interpreter; hospital counter-referrals; the local indigenous health
council; the federal prosecution's statement about a child's death after a delayed removal; a police
report on a team robbed by illegal miners on the river; a health agent's labour claim against the partner
entity that hires the team; a boat rental contract; an indigenous woman's maternity-pay papers with the
Funai's certificate; and the social and money side (the post's petty-cash receipts, per diems in the
federal system, fuel control of trucks and boats, an air taxi's invoice and flight log, the partner
entity's payroll of agents, a family's Cadastro Único summary, a reimbursement of expenses paid with a
personal card). Districts used (real): Alto Rio Negro, Alto Rio Solimões, Leste de Roraima, Xingu,
Xavante, Kayapó do Pará, Rio Tapajós, Alto Rio Juruá, Tocantins, Porto Velho, Mato Grosso do Sul, Amapá e
Norte do Pará -- AM, RR, PA, AC, TO, RO, AP in the North and MT, MS in the Centre-West.
Why this register: the brief asked for one register of health or social services in the North and
Centre-West (indigenous health districts and base posts, a malaria post, a prison's health team, a
river ambulance, a frontier CAPS AD, quilombola health agents, a home-care team), new to the sets. Checked
as the brief asked, in the docstrings of all the other make_*_set.py (136 files, extracted with ast and
searched case-insensitively; "RANI" case-sensitively as a word, since it hides inside "Guarani" and
"Ukrainian"): "DSEI", "Distrito Sanitário", "Polo Base", "polos base", "SESAI", "CASAI", "Casa de Saúde
Indígena", "saúde indígena", "indigenous health", "EMSI", "agente indígena", "AISAN", "SIASI", "SIVEP",
"malária", "malaria", "lâmina", "gota espessa", "remoção aérea", "ambulancha", "radiofonia", "aldeia",
"CONDISI", "Conselho Local", "MVPI", "SISVAN", "Funai", "RANI", "táxi aéreo", "voadeira", "piloteiro",
"Lei Arouca", "9.836", "plasmodium" and "Cadastro Único" occur in none. Near things, set apart: the
CadÚnico appears as a side document in eighteen sets (not indigenous families in a village); "Fala.BR"
once (an Army ombudsman report in the hundred-and-forty-second); indigenous peoples appear only as name
origins (the hundred-and-ninth, hundred-and-thirty-second, hundred-and-thirty-ninth...), Roraima only as
the Operação Acolhida shelters of the sixty-fourth, the Amazon rivers only as passenger boats in the
hundred-and-thirty-ninth; CAPS AD (ninety-third, hundred-and-sixth) and prisons (hundredth,
hundred-and-thirty-eighth) are covered, which is why those two examples of the brief were set aside. The
writer of the hundred-and-forty-fifth set works on a corporate back office, a different family.
Every person, partner entity, air taxi, hospital, fuel station, boat, shop and CRAS is invented (partner
entities Instituto Aurora de Saúde Indígena, Missão Evangélica Bento Amado, Associação Prudente de Apoio
aos Povos da Floresta, Instituto Leão do Norte de Saúde e Cidadania; air taxis Táxi Aéreo Asas do Rio
Negro, Amazônia Flor Aviação, Rondon Táxi Aéreo, Aerotáxi Vitória Régia, Quintanilha Aviação Executiva;
hospitals Hospital Regional Prudente Amado, Hospital Municipal Aurora do Norte, Hospital Estadual Leão do
Xingu, Santa Casa Vitória Régia, Hospital de Referência Bento Amado, Hospital Regional Dom Luz, Maternidade
Flor do Cerrado, Hospital Infantil Estrela Guia; fuel stations Auto Posto Leão do Norte, Posto Flutuante
Bento Amado, Posto Vitória Régia, Auto Posto Prudente & Filhos, Flutuante Rosa dos Ventos; boats B/M Rosa
de Saron, B/M Leão do Norte, voadeira Aurora, B/M Bento Amado, B/M Prudente IV, voadeira Vitória, bote
Esperança; shops Farmácia Vitória Régia, Mercantil Bento Amado, Casa do Motor Leão, Drogaria Flor do Rio;
CRAS Aurora, Vitória Régia, Bento Amado, Rosa dos Ventos); the districts, towns, rivers, indigenous lands,
the names of the base posts and villages (real or generic), laws, councils, ICD-10 codes and banks are
real; CEPs are random within each state's range.

Layouts: a WhatsApp group export (Android and iOS stamps; system lines "adicionou", "saiu"; members by
saved name, by name with a role or village, by "Você", by a role ("Regulação DSEI") or by a bare number;
a mistyped CPF corrected); a radio log book typed in the radio's capitals (columns, dashes or bars;
operators as codes or names; identifiers in groups); the CASAI's bed map as fixed-width (names cut at the
width), +---+, blank-aligned or psql table; an ombudsman form (plain, dotted or boxed) with an e-mail
thread, X-Originating-IP and a quoted request; a lower-case speech-to-text call with timestamps and
speaker tags (CPF, birth date, phone, address and CEP read out in groups or in words, "meia" for six) and
the typed record; JSON (pretty or one line per appointment); a leader's handwritten letter, scanned and
OCR'd (rn/m, cl/d, I/l, O/0, c/e, h/li in words and names; identifiers clean) with a protocol stamp; legal
prose (a statement at the MPF with an interpreter and signatures; a self-declaration as a form with a
Funai certificate and an INSS stamp; a labour claim with a table of claims and witnesses; a police report
in capitals; a rental contract in clauses, mixed case or capitals, with witnesses and an e-signature log
sometimes; a refusal form with checkboxes, thumbprint and "a rogo"; council minutes with an attendance
table); a SIVEP form as numbered fields ("nn. label: value", "nn | label | value" or "[nn] label ....",
labels OCR'd sometimes); a slide book with an e-mail; a CSV with a comment line and quoted decimals;
a removal record with checkboxes and signatures; nursing notes in clinical shorthand; a discharge letter;
a vaccination table with codes keyed in a footer; prose receipts; a per-diem request as a form with a
log of logins and IPs; a fuel CSV; an NFS-e with a flight log; a payroll as a fixed-width report or a
ruled table ("SURNAME, GIVEN" in some rows); a CadÚnico summary with the family table; a reimbursement
form with an expense table and a finance e-mail.
- atendimento: (0) the EMSI group chat (the AIS reporting a child with fever: name, birth date, CNS; the
  mother's CPF and CNS sometimes, a failing CPF before it; the positive slide; the removal authorised with
  the aircraft registration and the pilot; the companion with CPF or only a RANI; the mother's relative in
  town with a phone; a new member added by number; the ambulance's plate); (1) the radio log (patients
  with birth date or age, CNS in groups, a relative's phone; removals with CNS; the closing operator and
  the post's phone sometimes); (2) the CASAI bed map; (3) the Fala.BR complaint (the complainant with
  CPF, e-mail, phone, address sometimes, CEP, the access IP; the patient with birth date, CPF and CNS)
  and the e-mail thread between the district's analyst and the post's coordinator (corporate e-mails,
  phones, X-Originating-IP); (4) the on-call transcript and typed record (the relative, the patient's
  CPF, birth date, CNS; the relative's phone, address and CEP; the nurse by first name sometimes; the
  attendant as a login); (5) the CASAI's appointment export (patient, CNS, CPF sometimes, birth date;
  the companion with CPF, phone and a lodging address with CEP sometimes; the van's plate and driver; a
  login; a public or private IP); (6) the OCR'd letter (the coordinator; the leader; the dead relative or
  the AIS candidate with CPF, birth date, CNS; the son in town with phone; the leader's RG and CPF; the
  clerk on the stamp).
- juridico: (0) the MPF statement (the declarant qualified as "brasileira, indígena do povo ...", with
  birth date, RG or CNH, CPF, título sometimes, phone, a village or a town house with CEP; the interpreter
  with CPF, RG sometimes and phone; the child with birth date and CNS; the nurse, the coordinator and the
  pilot named or not; the servant; the procurador); (1) the maternity-pay papers (the woman with birth
  date, CPF, NIS, RG sometimes, phone sometimes; the husband with CPF sometimes; the child's birth with
  date and CPF sometimes; the leader and the AIS; the Funai servant); (2) the labour claim (the agent
  qualified with PIS and a town or ramal address and CEP; the entity's CNPJ; the supervisor; two
  witnesses with CPF and phone; the lawyer with OAB and e-mail); (3) the police report (the nurse
  qualified; the AIS with CPF; the boatman with phone; a miner by nickname; the pickup's plate twice; a
  man recognised sometimes; the delegate; the clerk or "de plantão"); (4) the boat rental contract (the
  entity's CNPJ and representative; the owner qualified with PIS and título sometimes, address and CEP;
  agency and account or a random Pix key; witnesses with CPF and RG sometimes; e-signature log);
  (5) the refusal of removal (patient with birth date, CNS, CPF sometimes; the mother, father, shaman
  or chief who decided, with CPF sometimes; "a rogo" with CPF; the interpreter with CPF, RG sometimes,
  phone; nurse with COREN, physician with CRM); (6) the local council's minutes (president, CONDISI
  president sometimes, secretary sometimes; a patient with CNS; an AIS candidate; attendance list with
  CPF, phone, corporate or private e-mail, a signature written as a name in a few rows).
- saude: (0) the SIVEP-Malária notification (agent; patient with birth date, CNS, CPF mostly, mother;
  for a villager the village, the municipality's CEP and the post's phone; for a miner or townsman a home
  address, CEP and phone; the examiner with CRBM sometimes; the reviewer sometimes); (1) the slide book
  and the positives e-mail; (2) the nutrition CSV and the nutritionist's note (CRN, corporate e-mail);
  (3) the removal record (patient with birth date, CNS, CPF sometimes; the companion with CPF, RG
  sometimes, phone, lodging address and CEP sometimes; the post's phone; the pilot; the ambulance's plate
  and driver sometimes; the flight nurse's COREN and the regulator's CRM); (4) the CASAI nursing notes
  (patient with birth date, CNS, CPF sometimes; companion with CPF, RG sometimes, phone; the AIS
  interpreter; a physician with CRM; a relative calling from town with phone; each entry signed with name
  and COREN); (5) the counter-referral (patient with birth date, CNS, CPF sometimes; the relative's town
  house with phone and CEP, or the companion's CPF and phone; physician CRM, social worker CRESS);
  (6) the MVPI table.
- financeiro: (0) the petty-cash receipts (the entity's CNPJ; payees with CPF, RG sometimes, ramal or
  town address, CEP and phone sometimes; Pix keys: random, CPF, phone or e-mail; "a rogo" with CPF;
  amounts in words; the administrative agent); (1) the per-diem request (the servant with CPF, RG,
  corporate and private e-mail, phone, address, CEP, agency and account; the emergency contact with a
  phone; the itinerary; the approver; the log with logins and IPs); (2) the fuel CSV (vehicles with
  plates, boats with Capitania registrations; drivers with CNH or CPF; the stations' CNPJ, numeric or
  alphanumeric; a traffic fine with a plate and the driver; the fleet manager's corporate e-mail);
  (3) the air taxi's NFS-e and flight log; (4) the payroll (name, CPF, PIS, agency, account; the HR
  analyst's corporate e-mail; dp@ as a role box); (5) the CadÚnico summary (the responsible person with
  NIS, CPF, birth date, título and RG sometimes, the municipality's CEP, phone; the members with birth
  dates, NIS and CPF; the interviewer with CPF); (6) the reimbursement (the requester with CPF, phone,
  e-mail; shops' CNPJ; the personal card typed in full in some rows, masked in others; a Pix key or
  agency and account; the post's government card masked; the coordinator; the finance analyst's e-mail).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.", "Sra.",
"Dr.", "Dra.", "dona", "seu"; particles inside a name are part of it; a people's name, a clan name or a
family name used as a surname is part of the name ("Bepkororoti Mendonça Kayapó", "Raimundo Nonato
Guimarães Baniwa", "Txai Ana Oro Win") while the same word in an "etnia"/"povo" field or in "indígena do
povo Baniwa" is not a person; "SURNAME, GIVEN" is one span (payroll rows); first names alone, nicknames
("vulgo" names in capitals: GALEGO, TAMBAQUI), lower-case names of the transcript, ALL CAPS, OCR-damaged
and typo'd names and names cut at a fixed width are persons. Staff named in the text are persons (nurses,
technicians, physicians, nutritionists, social workers, microscopists, AIS and AISAN, coordinators,
regulators, pilots, boatmen, drivers, analysts, fiscais, clerks, servants, procuradores, delegates,
lawyers, interviewers); logins ("gcordeiro", "jjorgekaiowa"), vaccinator codes (V1, V2), radio operator
codes (OP1, ENF), role senders ("Regulação DSEI", "Remoção DSEI Xingu", "Você", "spk_0", "ATD") are not;
a saved contact's suffix (" AIS", " Coord. Polo", a village's name, " médico regulador") stays outside
the span, and so does a role prefix ("AIS "). Corporate e-mails of people are EMAIL_ADDRESS (SESAI, partner entities); role mailboxes
(ouvidoria@, malaria@, casai@, dp@) are not. ADDRESS is a person's street + number + complement, or a
ramal or estrada with its km, lot or s/n ("Ramal do Igarapé Preto, km 14, lote 84"); a village, a
community, a base post or an indigenous land named as a residence is not an address (it has no street
and number: "Aldeia Rio Preto (zona rural)", "residente na Aldeia Apiwtxa, área de abrangência do Polo
Base Tarauacá"), and the CEP given for such a village is still BR_CEP; institutions' addresses are not
written. NIS, NIT and PIS are one identifier, BR_PIS. Agency and account are separate BANK_ACCOUNT spans;
bank names and codes are not. PIX_KEY only for random keys; a key that is a CPF, phone or e-mail takes
that label. DATE_OF_BIRTH only for births ("DN", "nascimento", "nascido em", "nasceu", a spoken one, a
child's birth as the fact of a maternity claim); notification, flight, admission, discharge, vaccination,
slide, signature and protocol dates are not. PROFESSIONAL_ID: COREN (with -TE, -AE or -ENF), CRM, CRN,
CRESS, CRBM and OAB numbers with the acronym and the UF or region. Every phone number is PHONE_NUMBER
(mobiles, landlines, the post's Starlink/WhatsApp line; 0800 numbers are not). IP_ADDRESS only for
public addresses (v4 and v6). Every plate is LICENSE_PLATE (trucks, vans, ambulances). Every CNPJ is
labelled (partner entities, the district, air taxis, fuel stations, shops; numeric and the 2026
alphanumeric form). A full card number typed by a person is CREDIT_CARD; masked cards and the
government card (CPGF) shown masked are not labelled. Identifiers read out in groups or in words are
labelled like their digits. Decisions of this set: the sender of a WhatsApp line shown as a bare number is
PHONE_NUMBER, also in "adicionou"/"saiu" lines; a kinship word standing for a companion ("mãe", "esposo")
is not a person; an aircraft's registration mark (PT-, PR-, PP-, PS- and three letters) is not a plate
and not labelled; the thumbprint line "[impressão digital]" labels nothing.
Not labelled (hard negatives): CNJ process numbers (labour courts), the MPF's procedure number, police
report numbers, Fala.BR protocol numbers (NUP), RANI numbers, SIASI codes, CNES codes, SISREG keys, AIH
numbers, DNV numbers, SIVEP notification numbers, slide numbers, vaccine batches, thermometer logger ids,
aircraft registrations, ANAC codes, Capitania registrations of boats, outboard motors' serial numbers,
SIAPE registrations, CTPS numbers and series, payroll registrations, SCDP proposal numbers, NFS-e numbers
and verification codes, contract numbers, fuel receipt numbers, CadÚnico family codes, call ids, record
ids, protocol numbers (some of 11 or 12 digits, checked to fail), a mistyped CPF in the chat (checked to
fail), masked cards, ICD-10 codes (B51.9, B50.9, B54, J18.9, A09, E43, E44.0, A15.0, T63.0, O14.1, O80,
O03.9, J45.9, B82.9, S82.2, A90, I10, E11.9, B05.9, B50.8, E86), laws and rules (Lei 9.836/1999 -- Lei
Arouca --, Lei 8.080/1990, Lei 8.142/1990, Lei 8.213/1991, Lei 13.460/2017, Lei 14.021/2020, Lei
14.133/2021, art. 231 da Constituição, Convenção 169 da OIT, Portaria MS 254/2002 -- PNASPI --, NORMAM-02,
art. 147 and 157 of the Código Penal, art. 477 da CLT), money and amounts in words, non-birth dates, private
IPs, radio frequencies, vital signs and parasitaemia crosses, and the place and firm names that hold
person names or name-words: base posts and lands named after people (Polo Base Leonardo Villas Bôas, Polo
Base Pimentel Barbosa, Terra Indígena Pimentel Barbosa, Aldeia Manoel Alves), villages and posts (Comunidade
Aurora, Comunidade Boa Esperança, Aldeia Flor da Mata, Aldeia Sete Estrelas, Aldeia Estrela, Polo Base
Vista Alegre, Polo Base Serra do Sol), the partner entities, air taxis (Rondon Táxi Aéreo), hospitals,
fuel stations, boats, shops and CRAS listed above, and streets named after people when they stand alone
("A Rua Marechal Rondon alaga quando o igarapé enche"; inside an address they are ADDRESS). Names that
are also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela, Glória, Esperança, Bento, Prudente,
Amado, Branco, Constante, Clemente, Salvador, Leão, Dourado; the surnames Arara, Gavião Ikolen, Cinta
Larga, Forte) are names here and, elsewhere, words, firms, villages, hospitals and streets, not persons
("Seria prudente esperar a cheia baixar", "Foi uma vitória conseguir a vaga de UTI", "Não há esperança de
estrada antes de junho", "O céu ficou branco de fumaça das queimadas").
Names: Brazilian names of many origins -- the regional, coined and old-fashioned names of the North
(Raimunda Nonata, Deuzarina, Josuelma, Clenilson, Railson, Izaquiel, Arimatéia), Portuguese common ones,
Amazonian Jewish (Benchimol, Serruya, Assayag, Azulay, Bemerguy), gaúchos of Mato Grosso (German and
Italian), Lebanese, Syrian, Armenian, Japanese, Korean, Chinese, Haitian, Angolan, Senegalese, Nigerian,
Cape Verdean, Cuban, Venezuelan and Warao, Bolivian, Peruvian, Paraguayan, Colombian, Polish, Ukrainian,
Jewish -- and the peoples of each district: native given names where the registry keeps them (Xavante:
Tsererã, Serezabdi, Rotsitsina; Kayapó: Bepkororoti, Irekran, Nhakmoti; Xingu: Afukaká, Watatakalu,
Yamalui; Pano of Acre: Ninawa, Isaka, Shaneihu; Karajá, Krahô and Xerente: Kuaxiru, Idjarrúri,
Srêkupte; Paiter Suruí: Narayamoga, Gasodá; Guarani: Kuaray, Jaxuka) and Portuguese ones elsewhere, with
the people's or the clan's name as a surname (Baniwa, Baré, Tukano, Tikuna, Kokama, Macuxi, Wapichana,
Kuikuro, Kalapalo, Tsereptsé, Metuktire, Munduruku with the clans Kaba, Akay, Saw, Karo, Huni Kuin,
Yawanawá, Ashaninka, Karajá, Javaé, Krahô, Xerente, Suruí, Oro Win, Kaiowá, Terena, Karipuna, Palikur).
Rare or invented name words are well above a quarter (main() prints the share, about three fifths; a word
of any common-name pool never counts as rare). PERSON is a little over a third of the spans (about 36%:
chats, tables of patients and attendance lists are name-heavy).
The script checks its own output: spans in range, stripped, non-overlapping; every CPF, CNPJ, PIS, CNS,
título, CNH, RG (SP rule) and card labelled passes its check digits; no unlabelled CPF-, PIS-, CNH-,
título-, CNS- or card-shaped run passes its check (so every hard-negative 11-digit number fails the CPF
check); every upper-case plate and public IP is labelled; every unlabelled e-mail is a role mailbox.
"""
from __future__ import annotations

import datetime
import ipaddress
import json
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

HERE = Path(__file__).parent

# --------------------------------------------------------------------------- check digits


def cpf_dv(nine: str) -> str:
    ds = [int(c) for c in nine]
    for top in (10, 11):
        r = sum(x * (top - i) for i, x in enumerate(ds)) % 11
        ds.append(0 if r < 2 else 11 - r)
    return f"{ds[9]}{ds[10]}"


def cpf_ok(n: str) -> bool:
    return len(n) == 11 and n.isdigit() and len(set(n)) > 1 and cpf_dv(n[:9]) == n[9:]


def cnpj_dv(twelve: str) -> str:
    """Check digits of a numeric CNPJ or of the 2026 alphanumeric one (a character counts ord(c) - 48)."""
    vals = [ord(c) - 48 for c in twelve]
    ws = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = ""
    for w in (ws, [6] + ws):
        r = sum(a * b for a, b in zip(vals, w)) % 11
        dv = 0 if r < 2 else 11 - r
        vals.append(dv)
        out += str(dv)
    return out


def rg_sp_dv(eight: str) -> str:
    r = 11 - sum(int(c) * w for c, w in zip(eight, range(2, 10))) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def cnh_dv(nine: str) -> str | None:
    ds = [int(c) for c in nine]
    r1 = sum(x * w for x, w in zip(ds, range(9, 0, -1))) % 11
    r2 = sum(x * w for x, w in zip(ds, range(1, 10))) % 11
    if r1 >= 10 or r2 >= 10:
        return None  # bodies on which the published variants of the algorithm disagree are never drawn
    return f"{r1}{r2}"


def pis_dv(ten: str) -> str:
    r = 11 - sum(int(c) * w for c, w in zip(ten, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
    return "0" if r >= 10 else str(r)


def titulo_dv(eight: str, uf: str) -> str:
    d1 = sum(int(c) * w for c, w in zip(eight, range(2, 10))) % 11
    special = uf in ("01", "02")
    if d1 == 10:
        d1 = 0
    elif d1 == 0 and special:
        d1 = 1
    d2 = (int(uf[0]) * 7 + int(uf[1]) * 8 + d1 * 9) % 11
    if d2 == 10:
        d2 = 0
    elif d2 == 0 and special:
        d2 = 1
    return f"{d1}{d2}"


def cns_ok(n: str) -> bool:
    return len(n) == 15 and n.isdigit() and n[0] in "12789" and sum(int(c) * w for c, w in zip(n, range(15, 0, -1))) % 11 == 0


def luhn_dv(body: str) -> str:
    tot = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str(-tot % 10)


def luhn_ok(n: str) -> bool:
    return n.isdigit() and len(n) > 1 and luhn_dv(n[:-1]) == n[-1]


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NUM_WORDS = ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools, IMMIGRANT_SUR and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned,
# coined or foreign name words that are not in the common Brazilian name lists; main() prints their
# share among the PERSON words.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline", "Sandra",
            "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Mariana", "Gabriela", "Luciana", "Vanessa", "Luana", "Tatiane",
            "Raquel", "Cristiane", "Simone", "Ana Paula", "Larissa", "Maria Eduarda", "Rita", "Priscila", "Carla", "Débora",
            "Beatriz", "Renata", "Natália", "Raimunda", "Sebastiana", "Josefa", "Aparecida", "Lúcia", "Vera", "Cláudia",
            "Maria José", "Edna", "Sueli", "Elaine", "Rosângela", "Regina", "Joana", "Tereza", "Maria Clara", "Isabela", "Júlia",
            "Heloísa", "Yasmin", "Lívia", "Sofia", "Manuela", "Giovanna", "Vitória Maria", "Ana Júlia", "Isadora",
            "Valentina", "Helena", "Alice", "Laura", "Cecília", "Lorena", "Maitê", "Antonella", "Melissa", "Maria Alice", "Lara"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael",
            "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego", "Anderson", "Leandro",
            "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Sérgio", "Vinícius", "Roberto", "Jorge",
            "Raimundo", "Sebastião", "Severino", "Manoel", "Benedito", "Joaquim", "Valdir", "Edson", "Wellington", "Cícero",
            "Davi", "Miguel", "Arthur", "Damião", "Reginaldo", "Enzo", "Kauã", "Ryan", "Guilherme", "Henrique", "Caio", "Matheus",
            "Samuel", "Heitor", "Luiz Otávio", "João Vítor", "Igor", "Bernardo", "Théo", "Ravi", "Gael", "Benício", "Lorenzo",
            "Noah", "Otávio", "Murilo", "Pietro", "Bento Miguel"]
RARE_F = ["Cicerlândia", "Josivânia", "Rivanilda", "Lucivânia", "Damiana", "Francileide", "Zenilda", "Erisvalda", "Maria Dasdores",
          "Josilene", "Genivalda", "Marizete", "Adenilza", "Nilzelane", "Valquíria Sol", "Edineide", "Irismar", "Zefa Maria",
          "Rosenilda", "Zelândia", "Odaléia", "Ednelza", "Jucilene", "Ilzamar", "Valdelice", "Genilda", "Zulmira", "Iranildes",
          "Claudinéia", "Gessy", "Kailane", "Ketlyn", "Yasmyn", "Thamyres", "Raíssa Kauane", "Lurdilene", "Zenaíde", "Rozimeire",
          "Anaíldes", "Marilac", "Nazinha", "Quitéria", "Brasilina", "Joanice", "Nilzete", "Sirlândia", "Laudelina", "Elzimar",
          "Kethllen", "Ruthinéia", "Domitila", "Eudóxia", "Ozelita", "Edinalva", "Zilá", "Cremilda", "Alzerina", "Dejanira",
          "Edjane", "Ivanilde", "Zuleide", "Neusimar", "Gildete", "Rosimeiry", "Jozélia", "Ariclenes", "Elionora", "Kássia Suellen",
          "Cosma", "Severina Dalva", "Luzinete", "Maricleide", "Jaqueliny", "Wandeclécia", "Kaylane", "Thayslane", "Emilly Vitória",
          "Jhenifer", "Dhiovana", "Rayssa Kethlen", "Sthefany", "Maysa Vitória", "Ketlen Yasmin", "Lorrayne", "Anyelle", "Wyara",
          "Valdirene", "Francilene", "Dijanira", "Eudilene", "Rosivânia", "Marinalva Cosma", "Deuzuíta", "Lucidalva", "Edileuza",
          "Kemilly", "Naomy", "Aylla", "Ysadora", "Ketheleen", "Thauany", "Myrella", "Sophya", "Hadassa", "Jhullya", "Eloah Vitória",
          "Ayslan", "Kyara", "Rhuanna", "Maria Yolanda", "Dhayane", "Wanusa", "Marlúcia", "Ivonete Cosma", "Zenaide Lourdes"]
RARE_M = ["Genivaldo", "Josivaldo", "Cicinato", "Eriberto", "Orlandino", "Valdemiro", "Adenilson", "Josenildo", "Gerivaldo",
          "Edmilton", "Franciscleudo", "Rivelino", "Djalminha", "Juscelino", "Irineu", "Aurino", "Cosme Damião", "Geraldino",
          "Adamastor", "Hermógenes", "Deoclécio", "Ubaldino", "Crispiniano", "Gumercindo", "Nerivaldo", "Waldecy", "Claudionor",
          "Dorivaldo", "Sinfrônio", "Lucivaldo", "Eronildes", "Gerinaldo", "Joscelino", "Deusimar", "Jadiel", "Kelvyn",
          "Wesley Kauã", "Maxsuel", "Odorico", "Anacleto", "Epaminondas", "Teotônio", "Leovigildo", "Rosalvo", "Zózimo",
          "Arquimedes", "Dagoberto", "Eliomar", "Isaltino", "Jocimar", "Lindolfo", "Nestório", "Osmarino", "Quintino", "Ronivon",
          "Ueliton", "Wanderlan", "Olegário", "Hildebrando", "Juvêncio", "Florisvaldo", "Edelberto", "Ataliba", "Possidônio",
          "Aristeu", "Dejair", "Gilmário", "Valfredo", "Jucimar", "Osvaldir", "Ednaldo", "Edivânio", "Gedeão", "Jairo Kauê",
          "Ryquelme", "Kawan", "Dhiego Kauã", "Wendell Kayky", "Jhonatan Weslley", "Thallysson", "Kayo Ruan", "Wanderson Ícaro",
          "Francinaldo", "Deusdete", "Aldenor", "Valdivino", "Raimundinho Nonato", "Josuelton", "Edileuzo", "Clebiano", "Gildenor",
          "Zenóbio", "Lucimário", "Adaílton Jr", "Erivelton", "Ivanildo Cosme", "Osmundo", "Elenildo", "Kaleb", "Thayllon",
          "Asafe", "Kalebe", "Brayan", "Natanael Kayky", "Yuri Gael", "Ayrton Kauê", "Davi Lucca", "Jhonny Ravi", "Enzo Gabriel Kauã",
          "Uelinton", "Genésio", "Claudiomiro", "Valdeci Cosme", "Edvaldo Jonas", "Arlindo Tibúrcio", "Zacarias Pio"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Pérola", "Esperança", "Dália", "Jasmim", "Bela",
          "Cristal", "Lua", "Serena", "Maria da Luz", "Rosa Maria", "Graça", "Glória", "Açucena", "Violeta", "Margarida", "Prata",
          "Alegria", "Branca"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Leão", "Sereno", "Constante", "Salvador", "Fortunato",
          "Pacífico", "Modesto", "Vitório", "Severo", "Benigno", "Jubileu", "Tranquilino", "Dourado", "Ferro"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida", "Nascimento",
          "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes", "Freitas", "Cardoso",
          "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo", "Cavalcante", "Monteiro",
          "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Castro", "Azevedo", "Machado", "Xavier", "Farias", "Sousa",
          "Santana", "Bispo", "Assunção"]
RARE_SUR = ["Sarapião", "Jatobá Leite", "Quintanilha", "Sabiá", "Teodoro Vaz", "Furquim", "Nóbrega Sales", "Vilanova Brum",
            "Ruas Marinho", "Moscoso", "Arcoverde", "Pimentel Brás", "Fagundes Paim", "Espínola", "Lustosa", "Bocaiúva", "Jurubeba",
            "Carapeba", "Aroeira", "Caldas Marinho", "Cantuária", "Paixão Brito", "Sertório", "Umbelino", "Rebouças Lima",
            "Alcântara Seixas", "Frutuoso", "Bacelar", "Anchieta Brum", "Arrais", "Bitencourt Lago", "Cerqueira Leme",
            "Junqueira Brás", "Matoso", "Lacerda Pinto", "Vasconcelos Rego", "Ximenes", "Brandão Veloso", "Catingueira",
            "Mandacaru", "Cajazeiras", "Quixabeira", "Juazeiro Lins", "Sucupira", "Umburana", "Pajeú", "Xique-Xique", "Braúna",
            "Carnaúba", "Ibiapina", "Sobreira", "Tabosa", "Inojosa", "Barreira Sampaio", "Araripe", "Jucá", "Bandeira Siqueira",
            "Marreiro", "Feitosa Brito", "Amorim Quental", "Holanda Cavalcanti", "Gadelha", "Leitão Arraes", "Sá Barreto",
            "Canavieira", "Mourão Brejo", "Cajuí", "Pequizeiro", "Buriti Lobo", "Jequitibá", "Sapucaia", "Itaúna Reis", "Coivara",
            "Taquari", "Muricy Lago", "Barbalho Neiva", "Inhaúma", "Catolé"]
IMMIGRANT_SUR = ["Wisniewski", "Kowalczyk", "Zielinski Prado", "Kalaydjian", "Tchakerian", "Papadakis", "Huamán", "Mamani",
                 "Nowacki", "Sarkissian", "Karamanlis", "Grabowski", "Yazbek", "Dvorak", "Stavropoulos", "Mokarzel", "Osterkamp",
                 "Przybylski", "Okonkwo", "Al-Hamwi", "Zaparolli", "Hünemeier", "Takeuchi"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo", "Neves",
            "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Bonfim", "Guerra", "Leal", "Ramos", "Salvador", "Forte",
            "Pedreira", "Coelho", "Pinheiro", "Viana", "Rios", "Cordeiro", "Palmeira", "Prata", "Ferraz", "Dourado", "Vidal"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha", "Luiz": "Lula",
        "Sebastião": "Tião", "Severino": "Biu", "Raimundo": "Mundico", "Raimunda": "Mundinha", "Aparecida": "Cida", "Josefa": "Zefa",
        "Manoel": "Mané", "Benedito": "Dito", "Damião": "Dadá", "Cícero": "Ciço", "Maria José": "Zezé", "Sebastiana": "Tiana",
        "Rafael": "Rafa", "Gabriel": "Biel", "Bento": "Bentinho", "Rosa": "Rosinha", "Vinícius": "Vini", "Pedro": "Pedrão",
        "João": "Joãozinho", "Eduardo": "Dudu", "Beatriz": "Bia", "Larissa": "Lari", "Natália": "Nati", "Fernanda": "Nanda",
        "Mariana": "Mari", "Maria Eduarda": "Duda", "Luz": "Luzinha", "Maria da Luz": "Luzinha", "Graça": "Gracinha",
        "Salvador": "Dodô", "Fortunato": "Tato", "Adamastor": "Tatá", "Hermógenes": "Mogé", "Deoclécio": "Cleco",
        "Gumercindo": "Cindo", "Claudionor": "Nonô", "Sinfrônio": "Fon", "Lucivaldo": "Luci", "Joscelino": "Celinho",
        "Epaminondas": "Mina", "Teotônio": "Teo", "Zózimo": "Zoca", "Rosenilda": "Nilda", "Odaléia": "Léa", "Jucilene": "Juci",
        "Zulmira": "Mira", "Quitéria": "Téia", "Domitila": "Titila", "Gessy": "Gê", "Anacleto": "Cleto", "Lindolfo": "Dodô",
        "Quintino": "Tino", "Tranquilino": "Quilino", "Jubileu": "Bilu", "Alegria": "Legria", "Esperança": "Pepê",
        "Roberto": "Beto", "Arthur": "Tuca", "Miguel": "Migué", "Ivanilde": "Nildinha", "Gilmário": "Gil", "Jucimar": "Juju",
        "Aristeu": "Teteu", "Zuleide": "Zu", "Genivaldo": "Geni", "Josivaldo": "Vavá", "Damiana": "Dami", "Cosma": "Cosminha",
        "Genivalda": "Nena", "Josivânia": "Vânia", "Francileide": "Leide", "Francinaldo": "Naldo", "Deusdete": "Dete",
        "Valdivino": "Divino", "Josuelton": "Tom", "Clebiano": "Bia", "Zenóbio": "Nóbio", "Valdirene": "Direne", "Edileuza": "Leuza", "Luzinete": "Nete", "Edinalva": "Naldinha",
        "Chukwuemeka": "Emeka", "Oluwaseun": "Seun", "Dejair": "Deja", "Edjane": "Jane", "Joaquim": "Quinzinho", "Valdir": "Vadi",
        "Maria Clara": "Cacau", "Isabela": "Isa", "Manuela": "Manu", "Giovanna": "Gi", "Heloísa": "Helô", "Júlia": "Ju",
        "Guilherme": "Gui", "Henrique": "Rique", "Matheus": "Theus", "Kaylane": "Kay", "Thayslane": "Thay", "Jhenifer": "Jhe",
        "Sthefany": "Tefy", "Ryquelme": "Ryky", "Kawan": "Kawanzinho", "Thallysson": "Thallys", "Samuel": "Samuca",
        "Isadora": "Dora", "Lorrayne": "Lorra", "Enzo": "Enzinho", "Kauã": "Kauãzinho"}
# street nicknames (vulgo / conhecido como): one PERSON span each
FREE_NICK = ["Baiano", "Maranhão", "Piauí", "Mineiro", "Pezão", "Tição", "Cabeção", "Galego", "Magrelo", "Formiga", "Catatau",
             "Tatu", "Paraíba", "Cearense", "Sabiá", "Carcará", "Pitoco", "Zóio", "Toco", "Cascudo", "Bigode", "Preá", "Mocó",
             "Caboclo", "Foguinho", "Tampinha", "Sanfoneiro", "Gavião", "Canarinho", "Caju"]
FREE_NICK_F = ["Formiga", "Tampinha", "Baixinha", "Galega", "Pimenta", "Sabiá", "Cabocla", "Paraíba", "Loirinha", "Preá"]
FOREIGN = {
    "it": (["Gemma", "Assunta", "Carmela", "Ornella"], ["Vittorio", "Ettore", "Primo", "Battista"],
           ["Tomasoni", "Pasqualotto", "Zanella", "Dal Molin", "Brambilla", "Boscardin", "Tessaro", "Ceccon"]),
    "de": (["Ilse", "Frieda", "Hedwig", "Gerda"], ["Helmut", "Lothar", "Egon", "Arno"],
           ["Bernsdorf", "Mallmann", "Schwanke", "Kretschmer", "Hoffmeister", "Pommerening", "Brandenburg Lenz", "Kuhnen"]),
    "ua": (["Oksana", "Tetiana", "Halyna"], ["Dmytro", "Bohdan", "Taras"], ["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk", "Hrytsenko"]),
    "cu": (["Yanelis", "Yusleidy", "Odalys"], ["Yoandry", "Osmany", "Yunior"], ["Oduardo", "Fonseca Rizo", "Betancourt", "Quesada"]),
    "jp": (["Emiko", "Harumi", "Mitsuko", "Kyoko"], ["Kazuo", "Tadashi", "Shigeru", "Noboru"],
           ["Yamashiro", "Kinjo", "Taira", "Miyagi", "Shimabukuro", "Uehara", "Higa", "Nakandakari"]),
    "ar": (["Leila", "Soraya", "Yasmin", "Samira"], ["Nagib", "Assad", "Farid", "Jamil"],
           ["Abdalla", "Haddad", "Farah", "Nassif", "Rizk", "Khoury", "Chedid", "Bechara"]),
    "kr": (["Min-ji", "Eun-young", "Ha-eun"], ["Jae-won", "Hyun-woo", "Sung-min"], ["Choi", "Shin", "Han", "Yoon"]),
    "cn": (["Xiaomei", "Lihua", "Yuting"], ["Guoqiang", "Zhiwei", "Haoran"], ["Wang", "Liu", "Zhou", "Lin", "Huang"]),
    "ht": (["Mirlande", "Fabienne", "Nadège", "Guerda", "Rose-Mirline"], ["Wilner", "Jean-Robert", "Dieunel", "Frantz", "Wisly"],
           ["Saint-Fleur", "Pierre-Louis", "Célestin", "Dorvil", "Jean-Baptiste", "Délice", "Exantus"]),
    "ao": (["Wezi", "Kiesse", "Ndalu"], ["Nkosi", "Lumbu", "Makiadi"], ["Mbala", "Kapinga", "Tshimanga", "Lukeba"]),
    "sn": (["Aminata", "Mariama", "Khady"], ["Cheikh", "Moussa", "Ousmane"], ["Fall", "Mbaye", "Thiam", "Seck"]),
    "in": (["Potyra", "Jaciara", "Araí"], ["Tupã", "Kauê", "Ubiratã"], ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaingang", "Tikuna"]),
    "wa": (["Yolimar", "Nelitza", "Eumelia"], ["Eulogio", "Yosmer", "Ramiro"], ["Moraleda", "Zapata Warao", "Tovar", "Rondón"]),
    "jw": (["Rivka", "Shoshana", "Ester"], ["Mordechai", "Avraham", "Yossef"], ["Rosenblatt", "Wainstein", "Szterenfeld", "Gurfinkel"]),
    "bo": (["Rosmery", "Wilma", "Juana"], ["Wilfredo", "Ever", "Limber"], ["Condori", "Apaza", "Ticona", "Colque", "Quispe"]),
    "py": (["Zunilda", "Liz Mabel", "Nilda"], ["Arsenio", "Ramón", "Celso"], ["Benítez", "Ayala", "Giménez", "Cabañas"]),
    "ve": (["Yusmary", "Mariannys", "Génesis", "Yorgelis"], ["Yeferson", "Wuilmer", "Jhonder", "Deiby"],
           ["Bracho", "Villalobos", "Guaramato", "Pirela", "Urdaneta"]),
    "cv": (["Nha Djassi", "Odete"], ["Djiba", "Nelson"], ["Semedo", "Varela", "Tavares Lopes"]),
    "pl": (["Jadwiga", "Stanisława", "Wanda"], ["Kazimierz", "Bronisław", "Zbigniew"], ["Wojcik", "Jablonski", "Kaminski", "Szymanski"]),
    "am": (["Anahid", "Siranush", "Arpi"], ["Hagop", "Garabed", "Vartan"], ["Boghossian", "Manukian", "Derderian", "Hovsepian"]),
    "pe": (["Yesenia", "Nélida", "Flor de María"], ["Percy", "Edwin", "Wilber"], ["Huanca", "Ccori", "Chambi", "Puma"]),
    "ng": (["Chidinma", "Adaeze", "Folake"], ["Chukwuemeka", "Oluwaseun", "Tunde"], ["Okafor", "Adeyemi", "Nwosu", "Balogun"]),
    "sy": (["Rania", "Hiba", "Lamis"], ["Bashar", "Ammar", "Wassim"], ["Al-Masri", "Haddad Khalil", "Darwish", "Kabbani"]),
    "co": (["Yurany", "Leidy Johana", "Marleny"], ["Jhon Fredy", "Yeison", "Arley"], ["Cardona", "Ospina", "Zuluaga", "Londoño"]),
    "gk": (["Jaxuka", "Kunhã Poty", "Arakuã", "Ivoty"], ["Kuaray", "Ava Verá", "Tupãrendy", "Arasy"],
           ["Kaiowá", "Nhandeva", "Vera Mirim", "Terena", "Jorge Kaiowá", "Guarani Arce"]),
}
RARE_ORIGINS = ("ua", "cu", "kr", "cn", "ht", "ao", "sn", "in", "wa", "jw", "bo", "py", "ve", "cv", "pl", "am", "pe", "ng", "sy", "co", "gk")
RARE = set(RARE_F + RARE_M + RARE_SUR + IMMIGRANT_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Damiana", "Juscelino", "Irineu", "Cosme Damião", "Zulmira", "Quitéria", "Domitila", "Wilma", "Juana",
                        "Nilda", "Celso", "Ramón", "Nelson", "Odete", "Ester", "Percy", "Edwin", "Wanda", "Flor de María",
                        "Jucá", "Araripe", "Ximenes", "Tovar", "Ramiro", "Tunde", "Gedeão", "Matoso", "Frutuoso", "Arrais",
                        "Espínola", "Lustosa", "Sobreira", "Gadelha", "Tabosa", "Leila", "Yasmin"])
RARE.update(["Gemma", "Assunta", "Ornella", "Ettore", "Primo", "Tomasoni", "Pasqualotto", "Zanella", "Dal Molin", "Boscardin",
             "Tessaro", "Ceccon", "Ilse", "Frieda", "Hedwig", "Gerda", "Egon", "Arno", "Bernsdorf", "Mallmann", "Schwanke",
             "Kretschmer", "Hoffmeister", "Pommerening", "Kuhnen", "Emiko", "Harumi", "Mitsuko", "Kyoko", "Tadashi", "Shigeru",
             "Noboru", "Yamashiro", "Kinjo", "Taira", "Shimabukuro", "Uehara", "Higa", "Nakandakari", "Nagib", "Nassif", "Rizk",
             "Khoury", "Chedid", "Bechara", "Soraya", "Samira"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Guerra", "Conceição", "Forte",
          "Pedreira", "Mangueira", "Palmeira", "Paixão Brito"}
DO_SUR = {"Nascimento", "Vale", "Bonfim"}
DOS_SUR = {"Santos", "Campos"}


DE_SUR = {"Oliveira", "Souza", "Carvalho", "Lima", "Almeida", "Araújo", "Freitas", "Moura", "Melo", "Castro", "Azevedo", "Jesus",
          "Farias", "Alencastro", "Alcântara Seixas", "Mascarenhas", "Meirelles Paiva", "Sabiá", "Capistrano", "Bacelar", "Paula"}


def particle(s: str) -> str:
    """The particle a surname takes ('' when it takes none)."""
    return "da" if s in DA_SUR else ("do" if s in DO_SUR else ("dos" if s in DOS_SUR else ("de" if s in DE_SUR else "")))


DDDS = ["11", "12", "13", "14", "15", "16", "17", "19", "21", "22", "24", "27", "31", "32", "34", "35", "37", "41", "43", "44",
        "47", "48", "49", "51", "53", "54", "55", "61", "62", "63", "65", "67", "68", "69", "71", "73", "74", "77", "79", "81",
        "82", "83", "84", "85", "86", "88", "91", "92", "93", "95", "96", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Estrada", "Largo", "Viela"]
STREET_NAMES = ["dos Operários", "Cecília Meireles", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora",
                "Monteiro Lobato", "Doutor Leovigildo Sarapião", "Conselheiro Ubaldino Furquim", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont", "Professor Aristeu Bacelar",
                "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Professora Zulmira Cotrim",
                "Maestro Claudionor Tinoco", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz",
                "Machado de Assis", "Madre Paulina", "Pioneiro Egon Kuhnen", "Doutor Farid Haddad", "das Acácias",
                "Dom Pedro II", "da Glória", "Padre Anacleto Landim", "Vereador Lindolfo Aroeira", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas",
                "Bom Jesus da Lapa", "das Flores", "Cônego Sinfrônio Lustosa", "dos Bandeirantes", "Irmã Dulce", "Chico Mendes",
                "Dom Hélder Câmara", "Projetada 7", "Professora Cosma Sucupira", "Mestre Genivaldo Pajeú", "Santa Luzia",
                "Frei Damião", "Paulo Freire", "Diretora Odaléia Quintanilha", "Tenente Hermógenes Sabiá", "dos Estudantes", "Amado Bueno", "Sete",
                "Desembargador Quintino Bacelar", "Barão de Mauá", "Coronel Teotônio Arcoverde", "Beco da Esperança", "Doze de Outubro",
                "dos Jacarandás", "Doutor Nagib Chedid", "Professora Jaciara Terena", "Sargento Wilner Dorvil", "Dona Brasilina Sucupira",
                "Engenheiro Arno Kuhnen", "dos Cupinzeiros", "Ouvidor Sinfrônio Catolé", "Jequitibá", "Pastor Hagop Boghossian"]
CITIES = [("São Paulo", "SP"), ("São Paulo", "SP"), ("Guarulhos", "SP"), ("Campinas", "SP"), ("Osasco", "SP"), ("Santo André", "SP"),
          ("São Bernardo do Campo", "SP"), ("Sorocaba", "SP"), ("Presidente Prudente", "SP"), ("Ribeirão Preto", "SP"),
          ("Belo Horizonte", "MG"), ("Contagem", "MG"), ("Betim", "MG"), ("Juiz de Fora", "MG"), ("Rio de Janeiro", "RJ"),
          ("Niterói", "RJ"), ("Duque de Caxias", "RJ"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Porto Alegre", "RS"),
          ("Caxias do Sul", "RS"), ("Florianópolis", "SC"), ("Joinville", "SC"), ("Salvador", "BA"), ("Feira de Santana", "BA"),
          ("Recife", "PE"), ("Jaboatão dos Guararapes", "PE"), ("Fortaleza", "CE"), ("Natal", "RN"), ("João Pessoa", "PB"),
          ("São Luís", "MA"), ("Teresina", "PI"), ("Belém", "PA"), ("Manaus", "AM"), ("Goiânia", "GO"), ("Aparecida de Goiânia", "GO"),
          ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"), ("Vila Velha", "ES"), ("Serra", "ES"), ("Maceió", "AL"),
          ("Aracaju", "SE"), ("Brasília", "DF")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores",
           "Vila Estrela", "Cidade Nova", "Vila Operária", "Jardim Esperança", "Santa Luzia", "Vila Esperança", "Conjunto Bento Ribeiro",
           "Vila Nova Aurora", "Jardim Leão", "Vila São Benedito", "Cohab II", "Parque Amado", "Jardim Planalto", "Vila Rica",
           "Baixada", "Alto do Cruzeiro", "Vila Prudente", "Bairro da Luz", "Jardim das Oliveiras", "Conjunto Habitacional Flor do Campo"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"),
         ("260", "Nubank"), ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"), ("290", "PagBank"),
         ("323", "Mercado Pago"), ("380", "PicPay"), ("041", "Banrisul"), ("004", "Banco do Nordeste")]


class Person:
    def __init__(self, given: str, surnames: list[str], female: bool):
        self.given = given
        self.surnames = surnames
        self.female = female

    @property
    def full(self) -> str:
        return " ".join([self.given] + self.surnames)

    @property
    def first(self) -> str:
        g = self.given
        if g.startswith("Maria d") or g in ("Rosa Maria", "Ana Paula", "João Pedro", "José Carlos", "Maria Eduarda", "Raíssa Kauane",
                                            "Wesley Kauã", "Liz Mabel", "Nha Djassi", "Kássia Suellen", "Maria José",
                                            "Leidy Johana", "Jhon Fredy", "Valquíria Sol", "Zefa Maria", "Severina Dalva",
                                            "Cosme Damião", "Jairo Kauê", "Maria Dasdores"):
            return g
        return g.split()[0]

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1]

    @property
    def surname_str(self) -> str:
        return " ".join(self.surnames)

    @property
    def short(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def caps(self) -> str:
        return self.full.upper()

    @property
    def capsf(self) -> str:
        return fold(self.full).upper()

    @property
    def low(self) -> str:
        return fold(self.full).lower()

    @property
    def inverted(self) -> str:
        sur = [s for s in self.surnames if s not in PARTICLES]
        return fold(f"{' '.join(sur)}, {self.given}").upper()

    @property
    def nick(self) -> str:
        return NICK.get(self.given, NICK.get(self.first, self.first))

    @property
    def o(self) -> str:
        return "a" if self.female else "o"


def fmt_cpf(n: str) -> str:
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def fmt_date(dd: int, mm: int, yy: int, fmt: str) -> str:
    return {"br": f"{dd:02d}/{mm:02d}/{yy}", "iso": f"{yy}-{mm:02d}-{dd:02d}", "short": f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
            "long": f"{dd} de {MONTHS[mm - 1]} de {yy}", "dash": f"{dd:02d}-{mm:02d}-{yy}", "nopad": f"{dd}/{mm}/{yy}",
            "dot": f"{dd:02d}.{mm:02d}.{yy}", "caps": f"{dd} DE {fold(MONTHS[mm - 1]).upper()} DE {yy}",
            "mon": f"{dd:02d}/{MONTHS[mm - 1][:3]}/{yy}", "low": f"{dd} de {fold(MONTHS[mm - 1])} de {yy}"}[fmt]


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    # ----------------------------------------------------------------- basics
    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def pick(self, seq):
        return self.rng.choice(seq)

    def sample(self, seq, k: int):
        return self.rng.sample(list(seq), k)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def hexs(self, n: int, upper: bool = False) -> str:
        """Hex ids (orders, sessions); never a run of seven or more digits."""
        while True:
            s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
            if not re.search(r"\d{7}", s):
                return s.upper() if upper else s

    def up(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length (orders, protocols, contracts)."""
        while True:
            v = str(self.ri(1, 9)) + self.d(n - 1)
            if n == 11 and (cpf_ok(v) or pis_dv(v[:10]) == v[10] or cnh_dv(v[:9]) == v[9:]):
                continue
            if n == 12 and titulo_dv(v[:8], v[8:10]) == v[10:]:
                continue
            if n == 14 and cnpj_dv(v[:12]) == v[12:]:
                continue
            if n == 15 and cns_ok(v):
                continue
            if n in (15, 16) and luhn_ok(v):
                continue
            return v

    def neg_cpf(self, dotted: bool = True) -> str:
        """A CPF-shaped number that fails the check (a typo)."""
        n = self.neg(11)
        return fmt_cpf(n) if dotted else n

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.38:
            return self.pick(RARE_SUR)
        if r < 0.46:
            return self.pick(IMMIGRANT_SUR)
        if r < 0.58:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.7 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.12:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.45:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(COMMON_F if female else COMMON_M)
            if rng.random() < 0.1 and " " not in given:
                second = self.pick((RARE_F + COMMON_F) if female else (RARE_M + COMMON_M)).split()[0]
                if second != given and second not in ("Maria", "José", "Ana", "João"):
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 2, 3])
            surnames: list[str] = []
            while sum(len(x.split()) for x in surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames and self.chance(0.5)) else self.surname()
                if surnames and sum(len(x.split()) for x in surnames) + len(s.split()) > k:
                    continue
                if s not in surnames and s != given:
                    surnames.append(s)
            takes = [i for i, x in enumerate(surnames) if particle(x)]
            if takes and rng.random() < 0.45:
                pos = self.pick(takes)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn", "mn"):
                given = self.pick((COMMON_F + RARE_F) if female else (COMMON_M + RARE_M))
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.4:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        """A son, daughter or sibling: own given name, ending in the other's last surname."""
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES and s != of.last][:1]
        return Person(p.given, own + [of.last], female)

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}", f"{l}.{f}",
                          f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:3]}", f"{f[0]}.{l}", f"{f}.{l}.{self.d(2)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com",
                                      "bol.com.br", "uol.com.br", "icloud.com", "live.com", "terra.com.br"])
        return f"{user}@{domain}"

    # ----------------------------------------------------------------- identifiers
    def cpf_digits(self) -> str:
        while True:
            b = self.d(9)
            n = b + cpf_dv(b)
            if len(set(n)) > 1:
                return n

    def cpf(self, style: str | None = None) -> str:
        n = self.cpf_digits()
        style = style or self.pick(["dot", "dot", "dot", "raw"])
        return {"dot": fmt_cpf(n), "raw": n, "sp": f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}"}[style]

    def cnpj(self, style: str = "dot", alnum: bool = False) -> str:
        if alnum:
            chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            b = "".join(self.pick(chars) for _ in range(8)) + self.pick(["0001", "0001", "A001", "0B02"])
        else:
            b = self.d(8) + self.pick(["0001", "0001", "0001", "0002", "0003"])
        n = b + cnpj_dv(b)
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}" if style == "dot" else n

    def any_cnpj(self) -> str:
        return self.cnpj(alnum=self.chance(0.25), style="dot" if self.chance(0.85) else "raw")

    def rg(self, style: str | None = None) -> str:
        b = self.d(8)
        n = b + rg_sp_dv(b)
        style = style or self.pick(["dot", "dot", "raw"])
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}-{n[8]}" if style == "dot" else n

    def cnh(self) -> str:
        while True:
            b = str(self.ri(0, 9)) + self.d(8)
            dv = cnh_dv(b)
            if dv and not cpf_ok(b + dv):
                return b + dv

    def pis(self, style: str | None = None) -> str:
        while True:
            b = self.pick(["1", "1", "2"]) + self.d(9)
            n = b + pis_dv(b)
            if not cpf_ok(n):
                break
        style = style or self.pick(["dot", "raw"])
        return f"{n[:3]}.{n[3:8]}.{n[8:10]}-{n[10]}" if style == "dot" else n

    def titulo(self, spaced: bool | None = None) -> str:
        b = self.d(8)
        uf = f"{self.ri(1, 28):02d}"
        n = b + uf + titulo_dv(b, uf)
        spaced = self.chance(0.5) if spaced is None else spaced
        return f"{n[:4]} {n[4:8]} {n[8:]}" if spaced else n

    def cns(self, spaced: bool | None = None) -> str:
        while True:
            b = self.pick("789") + self.d(13)
            last = -sum(int(c) * w for c, w in zip(b, range(15, 1, -1))) % 11
            if last < 10:
                n = b + str(last)
                break
        spaced = self.chance(0.5) if spaced is None else spaced
        return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}" if spaced else n

    def cep(self, dash: bool = True) -> str:
        n = str(self.ri(1, 9)) + self.d(7)
        return f"{n[:5]}-{n[5:]}" if dash else n

    def msisdn(self, mobile: bool = True) -> tuple[str, str]:
        while True:
            ddd = self.pick(DDDS)
            local = ("9" + str(self.ri(6, 9)) + self.d(7)) if mobile else (str(self.ri(2, 5)) + self.d(7))
            raw = ddd + local
            if not (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10:11] or cnh_dv(raw[:9]) == raw[9:]):
                return ddd, local

    def fmt_phone(self, ddd: str, local: str, style: str) -> str:
        h, t = local[:-4], local[-4:]
        mob = len(local) == 9
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}", "e164": f"+55{ddd}{local}",
                "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}", "zero": f"0{ddd} {h}-{t}", "nospace": f"({ddd}){h}-{t}",
                "dot": f"{ddd}.{h}.{t}", "wa": f"+55 {ddd} {h}-{t}",
                "stt": f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mob else f"{ddd} {h} {t}"}[style]

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd, local = self.msisdn(mobile)
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par", "nospace", "dot"])
        return self.fmt_phone(ddd, local, style)

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        b = brand or self.pick(["4", "5", "5", "6", "4", "3"])
        if b == "3":
            b = self.pick(["34", "37"]) + self.d(12)
            n = b + luhn_dv(b)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        if b == "6":
            b = self.pick(["6062", "6363", "6504", "6516"]) + self.d(11)
        else:
            b += self.d(14)
        n = b + luhn_dv(b)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"{self.pick('45')}{self.d(5)}******{self.d(4)}", f"**** **** **** {self.d(4)}", f"final {self.d(4)}",
                          f"XXXX-XXXX-XXXX-{self.d(4)}", f"•••• {self.d(4)}", f"{self.d(4)} **** **** {self.d(4)}"])

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def plate(self, old: bool | None = None) -> str:
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        a = "".join(self.pick(L) for _ in range(3))
        old = self.chance(0.35) if old is None else old
        if old:
            return f"{a}-{self.d(4)}" if self.chance(0.8) else f"{a}{self.d(4)}"
        return f"{a}{self.d(1)}{self.pick(L)}{self.d(2)}"

    def agency(self, dv: bool | None = None) -> str:
        dv = self.chance(0.3) if dv is None else dv
        return f"{self.d(4)}-{self.d(1)}" if dv else self.d(4)

    def account(self, dv: bool | None = None) -> str:
        dv = self.chance(0.75) if dv is None else dv
        body = str(self.ri(1, 9)) + self.d(self.ri(4, 8))
        return f"{body}-{self.pick('0123456789X')}" if dv else body

    # ----------------------------------------------------------------- network identifiers
    def ip_pub(self) -> str:
        first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 143, 168, 170, 45, 131, 152, 163, 181, 206])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def ip6_pub(self) -> str:
        groups = [f"{self.ri(1, 0xffff):x}" for _ in range(3)]
        return self.pick(["2804", "2801", "2804"]) + ":" + ":".join(groups) + self.pick([f"::{self.ri(1, 0xffff):x}",
                                                                                        f":{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}"])

    def ip(self) -> str:
        return self.ip6_pub() if self.chance(0.15) else self.ip_pub()

    def ip_priv(self) -> str:
        """A private address whose digits, read as an 11-digit run, pass no CPF, PIS or CNH check."""
        while True:
            a = self.pick([f"192.168.{self.ri(0, 15)}.{self.ri(1, 254)}", f"10.{self.ri(0, 80)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                           f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"])
            n = a.replace(".", "")
            if len(n) != 11 or not (cpf_ok(n) or pis_dv(n[:10]) == n[10] or cnh_dv(n[:9]) == n[9:]):
                return a

    # ----------------------------------------------------------------- addresses
    def address(self, style: str = "text") -> str:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}", f"bloco {self.pick('ABCD')} apto {self.ri(11, 408)}",
                          "fundos", f"ap. {self.ri(101, 910)}", f"sala {self.ri(1, 30)}", f"quadra {self.ri(1, 30)} lote {self.ri(1, 40)}",
                          f"Qd {self.ri(1, 30)} Lt {self.ri(1, 40)}", f"kitnet {self.ri(1, 12)}"])
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            return fold(f"{ab.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")).lower()
        ab = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in ab:
            t = ab[t]
        sep = self.pick([", ", ", nº ", " ", ", "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    # ----------------------------------------------------------------- dates
    def dob_parts(self, lo: int = 1955, hi: int = 2006) -> tuple[int, int, int]:
        return self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)

    def dob(self, fmt: str | None = None, lo: int = 1955, hi: int = 2006) -> str:
        dd, mm, yy = self.dob_parts(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def day(self) -> datetime.date:
        return datetime.date(self.pick([2025, 2025, 2025, 2026, 2026]), self.ri(1, 12), self.ri(1, 28))

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        """A date of an event in the past of the documents (2025 unless a year is given)."""
        y = year or 2025
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def docdate(self, fmt: str = "long") -> str:
        """The date a letter, petition or report is signed (first half of 2026, after the events it tells)."""
        return fmt_date(self.ri(1, 28), self.ri(1, 6), 2026, fmt)

    def moment(self, start: datetime.date | None = None, hours: tuple[int, int] = (8, 22)) -> datetime.datetime:
        start = start or self.day()
        return datetime.datetime(start.year, start.month, start.day, self.ri(hours[0], hours[1] - 1), self.ri(0, 59), self.ri(0, 59))

    def hm(self) -> str:
        return f"{self.ri(7, 23):02d}:{self.ri(0, 59):02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.19", "8.13", "8.21", "8.05", "8.17", "8.06", "8.16", "5.02", "5.01", "5.04"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2020, 2026)}.{seg}.{self.d(4)}"

    def protocol(self) -> str:
        return self.pick([f"{self.ri(2024, 2026)}{self.d(8)}", self.neg(11), f"{self.d(3)}.{self.d(3)}.{self.d(3)}", f"#{self.d(7)}",
                          self.neg(12), f"ATD-{self.d(6)}", f"{self.ri(2024, 2026)}/{self.d(6)}", f"{self.d(2)}{self.up(1)}{self.d(8)}"])

    def council(self, kind: str = "CRM", uf: str | None = None) -> str:
        uf = uf or self.pick(UFS)
        n = self.ri(1000, 259999)
        dotted = f"{n:,}".replace(",", ".")
        if kind == "OAB":
            return self.pick([f"OAB/{uf} {dotted}", f"OAB/{uf} {n}", f"OAB-{uf} {n}", f"OAB/{uf} nº {dotted}"])
        if kind == "COREN":
            return self.pick([f"COREN-{uf} {n}", f"COREN/{uf} {dotted}-ENF", f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}-AE"])
        if kind == "CRESS":
            return self.pick([f"CRESS {self.ri(1, 25)}ª Região nº {self.ri(1000, 49999)}", f"CRESS/{uf} {self.ri(1000, 49999)}",
                              f"CRESS-{uf} nº {dotted}"])
        if kind == "CRP":
            r = f"{self.ri(1, 23):02d}"
            return self.pick([f"CRP {r}/{self.d(5)}", f"CRP-{r}/{self.d(6)}", f"CRP {r}/{self.d(2)}.{self.d(3)}", f"CRP/{r} nº {self.d(5)}"])
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {n:06d}/O-{self.ri(0, 9)}", f"CRC/{uf} {dotted}", f"CRC {uf}-{n:06d}/O"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(9)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F", f"CREFITO-{self.ri(1, 18)}/{self.d(5)}-F",
                              f"CREFITO {self.ri(1, 18)} nº {self.ri(10000, 399999)}-F"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("í", "i"), ("ã", "a"), ("ç", "c"), ("é", "e"),
               ("I", "l"), ("o", "0"), ("h", "li"), ("u", "ii"), ("O", "0"), ("l", "I"), ("S", "5"), ("B", "8")]


def ocr(s: str, g: Gen, rate: float = 0.35, names: bool = False) -> str:
    """Zero to two OCR confusions in a word, a name or an address (identifiers are printed clean)."""
    pairs = [(a, b) for a, b in OCR_LETTERS if not (names and b[0].isdigit() and b != "0")]
    for _ in range(2):
        if not g.chance(rate):
            continue
        opts = [(a, b) for a, b in pairs if a in s]
        if not opts:
            continue
        a, b = g.pick(opts)
        i = g.pick([m.start() for m in re.finditer(re.escape(a), s)])
        s = s[:i] + b + s[i + len(a):]
    return s


def typo(s: str, g: Gen) -> str:
    """A typing slip in a word or name; never returns the same string."""
    for _ in range(30):
        i = g.ri(1, max(1, len(s) - 2))
        if i + 1 >= len(s) or not (s[i].isalpha() and s[i + 1].isalpha()):
            continue
        kind = g.pick(["swap", "drop", "double"])
        out = {"swap": s[:i] + s[i + 1] + s[i] + s[i + 2:], "drop": s[:i] + s[i + 1:], "double": s[:i] + s[i] + s[i:]}[kind]
        if out != s:
            return out
    return s + "a"


def dbr(d, fmt: str = "br") -> str:
    return fmt_date(d.day, d.month, d.year, fmt)


def ts(t: datetime.datetime, fmt: str = "sql") -> str:
    return {"sql": t.strftime("%Y-%m-%d %H:%M:%S"), "iso": t.strftime("%Y-%m-%dT%H:%M:%S-03:00"),
            "isoz": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "br": t.strftime("%d/%m/%Y %H:%M"), "brs": t.strftime("%d/%m/%Y %H:%M:%S"),
            "hms": t.strftime("%H:%M:%S"), "hm": t.strftime("%H:%M"), "wa": t.strftime("%d/%m/%Y %H:%M"),
            "wa2": t.strftime("%d/%m/%y %H:%M"), "waios": t.strftime("[%d/%m/%Y, %H:%M:%S]"), "waios2": t.strftime("[%d/%m/%y %H:%M:%S]")}[fmt]


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


def ocr_t(template: str, g: Gen, rate: float = 0.3) -> str:
    """OCR confusions in the words of a template, never inside its «keys»."""
    return "".join(part if MARK.fullmatch(part) else ocr(part, g, rate) for part in re.split(r"(«\w+»)", template))


def caps_t(template: str) -> str:
    """ALL CAPS (accents folded) outside the «keys» of a template."""
    return "".join(part if MARK.fullmatch(part) else fold(part).upper() for part in re.split(r"(«\w+»)", template))


class Doc:
    def __init__(self):
        self.text = ""
        self.spans: list[dict] = []

    def t(self, s: str) -> "Doc":
        self.text += s
        return self

    def e(self, s: str, label: str | None) -> "Doc":
        if label is None:
            return self.t(s)
        self.spans.append({"start": len(self.text), "end": len(self.text) + len(s), "label": label})
        self.text += s
        return self

    def f(self, template: str, **vals) -> "Doc":
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span (LABEL None: text), a list of such
        tuples is written part by part, a plain value is text."""
        cur = 0
        for m in MARK.finditer(template):
            self.t(template[cur:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, list):
                for part in v:
                    self.e(part[0], part[1])
            elif isinstance(v, tuple):
                self.e(v[0], v[1])
            else:
                self.t(str(v))
            cur = m.end()
        self.t(template[cur:])
        return self

    def cell(self, s: str, width: int, label: str | None = None, right: bool = False) -> "Doc":
        assert len(s) <= width, (s, width)
        pad = " " * (width - len(s))
        if right:
            self.t(pad)
        self.e(s, label)
        if not right:
            self.t(pad)
        return self


def append_doc(doc: Doc, other: Doc) -> None:
    """Append another document's text and spans (offsets shifted)."""
    base = len(doc.text)
    doc.text += other.text
    doc.spans += [{"start": x["start"] + base, "end": x["end"] + base, "label": x["label"]} for x in other.spans]


def P(s: str) -> tuple:
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def cut(s: str, w: int) -> str:
    """A value cut at a fixed-width field (trailing space and comma removed)."""
    return s[:w].rstrip(" ,")


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """+---+ ruled ('plus'), psql ('psql'), pipe/Markdown ('pipe', 'md') or blank-aligned ('plain') table."""
    widths = [max([len(c)] + [len(r[k][0]) for r in rows]) for k, c in enumerate(cols)]
    if style == "plus":
        rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
        doc.t(rule + "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |\n" + rule)
        for r in rows:
            doc.t("|")
            for (v, lab), w in zip(r, widths):
                doc.t(" ")
                doc.cell(v, w, lab)
                doc.t(" |")
            doc.t("\n")
        doc.t(rule)
    elif style == "psql":
        doc.t(" " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + "\n")
        doc.t("-" + "-+-".join("-" * w for w in widths) + "-\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                doc.t(" " if k == 0 else " | ")
                doc.cell(v, w, lab)
            doc.t("\n")
        doc.t(f"({len(rows)} {'linha' if len(rows) == 1 else 'linhas'})\n")
    elif style == "md":
        doc.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
        for r in rows:
            doc.t("|")
            for v, lab in r:
                doc.t(" ")
                doc.e(v, lab) if v else None
                doc.t(" |")
            doc.t("\n")
    elif style == "pipe":
        doc.t("|".join(c.center(w + 2) for c, w in zip(cols, widths)) + "\n")
        doc.t("|".join("-" * (w + 2) for w in widths) + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                doc.t("| " if k else " ")
                doc.cell(v, w, lab)
                doc.t(" ")
            doc.t("\n")
    else:
        doc.t("  ".join(c.upper().ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
        doc.t("  ".join("-" * w for w in widths) + "\n")
        for r in rows:
            for k, ((v, lab), w) in enumerate(zip(r, widths)):
                doc.t("  " if k else "")
                doc.cell(v, w if k < len(r) - 1 else len(v), lab)
            doc.t("\n")


def table_csv(doc: Doc, cols: list[str] | None, rows: list[list[tuple]], sep: str = ",") -> None:
    if cols:
        doc.t(sep.join(cols) + "\n")
    for r in rows:
        for k, (v, lab) in enumerate(r):
            if k:
                doc.t(sep)
            q = sep in v or '"' in v
            if q:
                doc.t('"')
            doc.e(v.replace('"', '""'), lab)
            if q:
                doc.t('"')
        doc.t("\n")


def jval(doc: Doc, v, indent: int | None = 0) -> None:
    """Write a JSON value (indent None: one line); a (str, LABEL) tuple is a string whose content is a span."""
    if isinstance(v, dict):
        if not v:
            doc.t("{}")
            return
        items = list(v.items())
        if indent is None:
            doc.t("{")
            for k, (key, val) in enumerate(items):
                doc.t(f'"{key}": ' if k == 0 else f', "{key}": ')
                jval(doc, val, None)
            doc.t("}")
            return
        pad = " " * indent
        doc.t("{\n")
        for k, (key, val) in enumerate(items):
            doc.t(f'{pad}  "{key}": ')
            jval(doc, val, indent + 2)
            doc.t(",\n" if k < len(items) - 1 else "\n")
        doc.t(pad + "}")
    elif isinstance(v, list):
        if indent is None or not v:
            doc.t("[")
            for k, val in enumerate(v):
                if k:
                    doc.t(", ")
                jval(doc, val, None)
            doc.t("]")
            return
        pad = " " * indent
        doc.t("[\n")
        for k, val in enumerate(v):
            doc.t(pad + "  ")
            jval(doc, val, indent + 2)
            doc.t(",\n" if k < len(v) - 1 else "\n")
        doc.t(pad + "]")
    elif isinstance(v, tuple):
        s, lab = v
        assert json.dumps(s, ensure_ascii=False) == f'"{s}"', s  # labelled strings never need escaping
        doc.t('"')
        doc.e(s, lab)
        doc.t('"')
    else:
        doc.t(json.dumps(v, ensure_ascii=False))


def kv_block(doc: Doc, fields: list[tuple[str, tuple]], style: str) -> None:
    """A two-column form: 'Campo: valor' lines, a ruled box or dotted leaders."""
    if style == "box":
        w1 = max(len(k) for k, _ in fields)
        w2 = max(len(v[0]) for _, v in fields)
        rule = "+" + "-" * (w1 + 2) + "+" + "-" * (w2 + 2) + "+\n"
        doc.t(rule)
        for k, (v, lab) in fields:
            doc.t("| " + k.ljust(w1) + " | ")
            doc.cell(v, w2, lab)
            doc.t(" |\n")
        doc.t(rule)
    elif style == "dots":
        w1 = max(len(k) for k, _ in fields) + 3
        for k, (v, lab) in fields:
            doc.t((k + " ").ljust(w1, ".") + " ")
            doc.e(v, lab)
            doc.t("\n")
    elif style == "caps":
        for k, (v, lab) in fields:
            doc.t(f"{fold(k).upper()}: ")
            doc.e(v, lab)
            doc.t("\n")
    else:
        for k, (v, lab) in fields:
            doc.t(f"{k}: ")
            doc.e(v, lab)
            doc.t("\n")


NATIONALITY = {True: ["brasileira"] * 6 + ["portuguesa", "armênia", "peruana", "argentina", "haitiana"],
               False: ["brasileiro"] * 6 + ["português", "armênio", "peruano", "argentino", "haitiano"]}
CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"],
         False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "IGP/RS", "SSP/GO", "SEJUSP/MS", "SSP/PB"]
JOBS = {True: ["diarista", "do lar", "auxiliar de limpeza", "cabeleireira", "vendedora", "autônoma", "costureira", "catadora de materiais recicláveis",
               "operadora de caixa", "cuidadora de idosos", "desempregada", "manicure", "ambulante", "aposentada", "técnica de enfermagem"],
        False: ["pedreiro", "servente", "motorista de aplicativo", "ajudante geral", "autônomo", "desempregado", "vigilante", "pintor",
                "entregador", "eletricista", "aposentado", "mecânico", "ambulante", "auxiliar de produção", "repositor"]}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool | tuple[int, int] = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job=None, rural: float = 0.08, civil: str | None = None, cpf: str | None = None, nat: str | None = None) -> None:
    """'NAME, brasileira, solteira, atriz, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    if isinstance(job, tuple):
        job = job[1] if p.female else job[0]
    civil = civil or g.pick(CIVIL[p.female])
    doc.t(", " + up(f"{nat or g.pick(NATIONALITY[p.female])}, {civil}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        lo, hi = dob if isinstance(dob, tuple) else (1962, 2006)
        doc.t(up(", nascid" + p.o + " em "))
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", lo, hi), "DATE_OF_BIRTH")
    if rg is True and g.chance(0.18):
        doc.t(up(", portador" + ("a" if p.female else "") + " da CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    elif rg:
        doc.t(up(", portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(RG_ORG))
    doc.t(up(", inscrit" + p.o + " no CPF sob o nº "))
    doc.e(cpf or g.cpf("dot"), "BR_CPF")
    if pis:
        doc.t(up(", PIS/NIT nº "))
        doc.e(g.pis(), "BR_PIS")
    if titulo:
        doc.t(up(", título de eleitor nº "))
        doc.e(g.titulo(), "BR_TITULO_ELEITOR")
    if email:
        doc.t(", E-MAIL " if caps else ", e-mail ")
        doc.e(email if isinstance(email, str) else g.email(p), "EMAIL_ADDRESS")
    if phone:
        doc.t(up(", telefone "))
        doc.e(lphone(g, _CUR["ddd"], style=g.pick(["par", "plain"])), "PHONE_NUMBER")
    if addr:
        doc.t(up(", residente e domiciliad" + p.o + " na "))
        is_rural = g.chance(rural)
        doc.e(home(g, "caps" if caps else "text", 1.0 if is_rural else 0.0, where[1] if where else None), "ADDRESS")
        city, uf = where or g.city()
        doc.t(up(f", {'zona rural' if is_rural else g.pick(BAIRROS)}, {city}/{uf}, CEP "))
        doc.e(g.cep(), "BR_CEP")


def role_mail(g: Gen, dom: str, box: str | None = None) -> str:
    return f"{box or g.pick(ROLE_BOXES)}@{dom}"


def lower(s: str) -> str:
    return fold(s).lower()


def corp_mail(p: Person, dom: str, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    if g is not None and g.chance(0.35):
        return g.pick([f"{f[0]}{l}@{dom}", f"{f}@{dom}", f"{f}.{l[0]}@{dom}"])
    return f"{f}.{l}@{dom}"


def login(p: Person, g: Gen | None = None) -> str:
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    return f"{f[0]}{l}" + (g.d(2) if g and g.chance(0.5) else "")


def num(v: float, dec: int = 1) -> str:
    s = f"{v:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def brl(v: float) -> str:
    return num(v, 2)


def pix_key(g: Gen, p: Person, cpf: str | None = None) -> tuple[str, tuple]:
    """(kind, (key, LABEL)): a random key, a phone, an e-mail or the CPF."""
    kind = g.pick(["aleatoria", "aleatoria", "celular", "cpf", "email"])
    if kind == "aleatoria":
        return "aleatória", (g.uuid(), "PIX_KEY")
    if kind == "celular":
        return "celular", (g.phone(g.pick(["e164", "par", "raw"])), "PHONE_NUMBER")
    if kind == "email":
        return "e-mail", (g.email(p), "EMAIL_ADDRESS")
    return "CPF", (cpf or g.cpf(), "BR_CPF")


def spoken_digits(s: str, g: Gen | None = None) -> str:
    words = [NUM_WORDS[int(c)] for c in s if c.isdigit()]
    if g is not None and g.chance(0.5):
        words = ["meia" if w == "seis" else w for w in words]
    return " ".join(words)


def stt_groups(n: str, g: Gen) -> str:
    """An identifier as a call transcript writes it: in groups, or digit by digit in words."""
    return g.pick([" ".join(n[i:i + 3] for i in range(0, len(n), 3)), spoken_digits(n, g), f"{n[:5]} {n[5:]}"])


def stt_cpf(n: str, g: Gen) -> str:
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}",
                   f"{n[:3]} ponto {n[3:6]} ponto {n[6:9]} {n[9:]}", spoken_digits(n, g)])


def mail_date(t: datetime.datetime) -> str:
    return f"{DAY_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} {t.strftime('%H:%M:%S')} -0300"


def cl(doc: Doc, stamp: str, sender: tuple, template: str = "", **vals) -> None:
    """One chat line: '<stamp><sender>: <message>'; sender is (text, label or None)."""
    doc.t(stamp)
    doc.e(sender[0], sender[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def chat_stamp(g: Gen):
    style = g.pick(["android", "android2", "ios", "ios2"])

    def st(t: datetime.datetime) -> str:
        return {"android": ts(t, "wa") + " - ", "android2": ts(t, "wa2") + " - ", "ios": ts(t, "waios") + " ",
                "ios2": ts(t, "waios2") + " "}[style]
    return st


def seq_times(g: Gen, n: int, t0: datetime.datetime, lo: int = 30, hi: int = 1800) -> list[datetime.datetime]:
    out, t = [], t0
    for _ in range(n):
        t = t + datetime.timedelta(seconds=g.ri(lo, hi))
        out.append(t)
    return out


def esign_log(g: Gen, doc: Doc, signers: list[tuple[Person, str]], t0: datetime.datetime, style: str | None = None) -> None:
    """An e-signature log: name, e-mail, IP, time (the envelope id, an upper-case UUID, is not labelled)."""
    doc.f("\nREGISTRO DE ASSINATURAS ELETRÔNICAS — documento «e»\n", e=clean(g, lambda: str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper()))
    rows = []
    t = t0
    for p, mail in signers:
        t = t + datetime.timedelta(minutes=g.ri(2, 900))
        rows.append([P(g.pick([p.full, p.caps])), (mail, "EMAIL_ADDRESS"), (g.ip(), "IP_ADDRESS"), V(ts(t, "brs")),
                     V(g.pick(["assinou", "assinou (token e-mail)", "assinou (gov.br)", "assinou (selfie + SMS)", "visualizou e assinou"]))])
    table_ruled(doc, ["signatário", "e-mail", "IP", "data/hora", "evento"], rows, style or g.pick(["plus", "psql", "plain"]))


CNJ_SEG = {"SP": "8.26", "RJ": "8.19", "MG": "8.13", "RS": "8.21", "PR": "8.16", "SC": "8.24", "BA": "8.05", "PE": "8.17",
           "CE": "8.06", "RN": "8.20", "PB": "8.15", "AL": "8.02", "SE": "8.25", "PI": "8.18", "MA": "8.10", "PA": "8.14",
           "AM": "8.04", "GO": "8.09", "DF": "8.07", "MS": "8.12", "MT": "8.11", "ES": "8.08", "RR": "8.23", "AC": "8.01",
           "TO": "8.27", "RO": "8.22", "AP": "8.03"}
TRT = {"SP": "5.15", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14",
       "TO": "5.10", "RO": "5.14", "AP": "5.08"}


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    return g.pick([c for c in CITIES if c[1] == uf])


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."




UNITS = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze", "quatorze", "quinze",
         "dezesseis", "dezessete", "dezoito", "dezenove"]
TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
HUNDREDS = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos", "oitocentos", "novecentos"]


def words999(n: int) -> str:
    if n == 100:
        return "cem"
    parts = []
    h, r = divmod(n, 100)
    if h:
        parts.append(HUNDREDS[h])
    if r:
        if r < 20:
            parts.append(UNITS[r])
        else:
            t, u = divmod(r, 10)
            parts.append(TENS[t] + (f" e {UNITS[u]}" if u else ""))
    return " e ".join(parts)


def extenso(v: float) -> str:
    """An amount in words, as receipts write it ('mil duzentos e trinta reais e quarenta centavos')."""
    reais = int(v)
    cent = int(round((v - reais) * 100))
    th, r = divmod(reais, 1000)
    parts = []
    if th:
        parts.append("mil" if th == 1 else words999(th) + " mil")
    if r:
        parts.append(words999(r))
    s = (" e " if th and r and (r < 100 or r % 100 == 0) else " ").join(parts) if parts else "zero"
    s += " real" if reais == 1 else " reais"
    if cent:
        s += " e " + words999(cent) + (" centavo" if cent == 1 else " centavos")
    return s




# --------------------------------------------------------------------------- register: indigenous health districts (DSEI) of the North and Centre-West

SEED = 14646
OUT_NAME = "hundredfortysixth.jsonl"

# Northern and Centre-West given names (regional, coined and old-fashioned: rare lists; and the common ones)
NORTH_RARE_F = ["Raimunda Nonata", "Deuzarina", "Josuelma", "Rosinete", "Elineide", "Cleidiane", "Iracilda", "Marizeth", "Jaquelane",
                "Ozanira", "Valdeniza", "Aldenora", "Zilmar", "Francinete", "Deolinda Nazaré", "Edicleia", "Rociclei", "Antonieta Cabral",
                "Luzimar", "Orminda", "Eucilene", "Dorgivânia", "Mirtes Araci", "Jucineide"]
NORTH_RARE_M = ["Raimundo Nonato", "Clenilson", "Railson", "Dhemerson", "Francimar", "Josinaldo", "Evanildo", "Elinaldo", "Deusarino",
                "Arimatéia", "Izaquiel", "Rosivaldo", "Aldemir", "Ercivaldo", "Gerciano", "Valcimar", "Orleilson", "Jucelino", "Eronilson",
                "Manoel Messias", "Adalcimar", "Sinésio", "Waldiney", "Cleudson"]
NORTH_COMMON_F = ["Iracema", "Jandira", "Socorro", "Nazaré", "Lindalva", "Creuza", "Eliete", "Edilene", "Naiara", "Keila", "Suelen",
                  "Jaqueline", "Rayane", "Thaís", "Kelly", "Dayane"]
NORTH_COMMON_M = ["Moacir", "Tarcísio", "Jurandir", "Ubirajara", "Gilvan", "Sandoval", "Edinaldo", "Rivaldo", "Jailson", "Edivaldo",
                  "Railan", "Wendel", "Adriano", "Cleiton", "Jefferson", "Ronaldo"]
NORTH_RARE_SUR = ["Benchimol", "Serruya", "Assayag", "Azulay", "Bemerguy", "Cavalcante Bezerra", "Tupinambá", "Maués", "Bittencourt Pará",
                  "Pantoja", "Marajó", "Baena", "Caripuna", "Uchôa", "Gurjão", "Lobato Rego", "Chermont", "Bentes", "Tapajós Leite",
                  "Rabelo Mady", "Jatahy", "Arapiraca"]
NORTH_COMMON_SUR = ["Pantoja", "Bentes", "Uchôa", "Gomes", "Sales", "Brito", "Guimarães", "Barros", "Maciel", "Queiroz", "Mendonça"]
# indigenous given names and surnames (ethnonyms, clans, the names of a people taken as surnames), by the peoples of each district
IND = {
    "rn": ([], [], ["Baniwa", "Baré", "Tukano", "Dessana", "Tariano", "Kuripako", "Wanano", "Piratapuya", "Tuyuka"]),
    "sol": ([], [], ["Tikuna", "Kokama", "Kambeba", "Kaixana", "Mayoruna", "Witoto"]),
    "rr": (["Enaíra", "Anaí"], ["Jaider", "Makunaima"], ["Macuxi", "Wapichana", "Taurepang", "Ingarikó", "Patamona", "Wai Wai"]),
    "xg": (["Watatakalu", "Kaiulu", "Mapulu", "Tsaná", "Yawaruma"], ["Afukaká", "Yamalui", "Kanawayuri", "Jakalu", "Tapi", "Makaulaka"],
           ["Kuikuro", "Kalapalo", "Kamaiurá", "Yawalapiti", "Waurá", "Mehinako", "Ikpeng", "Kisêdjê", "Yudjá", "Trumai"]),
    "xv": (["Rotsitsina", "Pedzaíwa", "Tsitsina", "Waraiwe", "Tsiruptsé"], ["Tsererã", "Wahutomo", "Serezabdi", "Tsibodowapré", "Ruridzé", "Hipru", "Tsuptó"],
           ["Xavante", "Tsereptsé", "Tseredzaró", "Wautomo", "Tsorodowẽ", "Wa'rãiwẽ"]),
    "ky": (["Irekran", "Nhakmoti", "Ngreikabu", "Kokoiti", "Ireô", "Bekwynhti"], ["Bepkororoti", "Kokoti", "Bepnhiti", "Tutpró", "Akiaboro", "Kaprantí", "Pykatire"],
           ["Kayapó", "Metuktire", "Xikrin", "Gorotire", "Kubenkrã", "Mẽbêngôkre"]),
    "md": ([], [], ["Munduruku", "Kaba", "Akay", "Saw", "Karo", "Krixi", "Poxo", "Waro"]),
    "ac": (["Yaká", "Shaneihu", "Isku", "Hushahu", "Putanny", "Mana Ixã"], ["Ninawa", "Isaka", "Txana", "Bane", "Tuin", "Biraci", "Tashka"],
           ["Huni Kuin", "Kaxinawá", "Yawanawá", "Shanenawa", "Puyanawa", "Nukini", "Ashaninka", "Katukina", "Nawa"]),
    "to": (["Kuaxiru", "Watau", "Koxaréu", "Iwraru", "Sinã", "Kuhêtyc", "Hôtyc"], ["Idjarrúri", "Wakrtidi", "Srêkupte", "Pàrcre", "Txibé", "Ijeseberi", "Krtidi"],
           ["Karajá", "Javaé", "Krahô", "Xerente", "Apinajé", "Krikati", "Xambioá", "Akwẽ"]),
    "ro": (["Txai Ana", "Elizangela Oro Nao", "Neidinha"], ["Narayamoga", "Gasodá", "Mopidmore", "Uraan", "Agamenon Gamasakaka"],
           ["Suruí", "Paiter", "Cinta Larga", "Tenharim", "Karitiana", "Oro Win", "Gavião Ikolen", "Arara", "Kassupá", "Oro Mon"]),
    "ms": (["Jaxuka", "Kunhã Poty", "Arakuã", "Ivoty", "Potyra"], ["Kuaray", "Ava Verá", "Tupãrendy", "Arasy", "Papito"],
           ["Kaiowá", "Nhandeva", "Terena", "Guarani Arce", "Vera Mirim", "Kadiwéu", "Kinikinau", "Ajala"]),
    "ap": (["Marlyse", "Jocilène"], ["Estevão", "Joel Narciso"], ["Karipuna", "Palikur", "Galibi Marworno", "Wajãpi", "dos Santos Forte"]),
}
NORTH_NICK = ["Curumim", "Caboco", "Pirarucu", "Boto", "Tucano", "Jacaré", "Peixe-Boi", "Mucura", "Preguiça", "Sabiá", "Garimpeiro",
              "Paraense", "Baixinho", "Magrão", "Galego", "Cearense", "Maranhão", "Piloto", "Tatu", "Tambaqui"]

DSEIS = [
    {"name": "Alto Rio Negro", "city": "São Gabriel da Cachoeira", "uf": "AM", "ddd": "97", "p": ["rn"],
     "polos": ["Iauaretê", "Assunção do Içana", "Cucuí", "Taracuá", "Pari-Cachoeira", "Vista Alegre"],
     "vil": ["Comunidade São Joaquim", "Comunidade Tunuí", "Comunidade Santa Rosa", "Comunidade Aracu-Cachoeira", "Comunidade Boa Esperança", "Comunidade Juruti"],
     "ti": "Terra Indígena Alto Rio Negro", "rio": "rio Içana", "towns": ["São Gabriel da Cachoeira", "Santa Isabel do Rio Negro", "Barcelos"]},
    {"name": "Alto Rio Solimões", "city": "Tabatinga", "uf": "AM", "ddd": "97", "p": ["sol"],
     "polos": ["Belém do Solimões", "Umariaçu", "Feijoal", "Vendaval", "Campo Alegre", "Betânia"],
     "vil": ["Comunidade Umariaçu II", "Comunidade Filadélfia", "Comunidade Bom Caminho", "Comunidade Nova Esperança", "Comunidade São Leopoldo", "Comunidade Aurora"],
     "ti": "Terra Indígena Évare I", "rio": "rio Solimões", "towns": ["Tabatinga", "Benjamin Constant", "São Paulo de Olivença", "Santo Antônio do Içá"]},
    {"name": "Leste de Roraima", "city": "Boa Vista", "uf": "RR", "ddd": "95", "p": ["rr"],
     "polos": ["Raposa", "Surumu", "Maturuca", "Normandia", "Taiano", "Serra do Sol"],
     "vil": ["Comunidade Maturuca", "Comunidade Canauanim", "Comunidade Raposa I", "Comunidade Tabalascada", "Comunidade Araçá da Serra", "Comunidade Flexal"],
     "ti": "Terra Indígena Raposa Serra do Sol", "rio": "rio Surumu", "towns": ["Boa Vista", "Pacaraima", "Normandia", "Uiramutã", "Bonfim"]},
    {"name": "Xingu", "city": "Canarana", "uf": "MT", "ddd": "66", "p": ["xg"],
     "polos": ["Leonardo Villas Bôas", "Pavuru", "Diauarum", "Wawi", "Culuene"],
     "vil": ["Aldeia Ipatse", "Aldeia Aiha", "Aldeia Kamayurá", "Aldeia Moygu", "Aldeia Tuba-Tuba", "Aldeia Piyulaga"],
     "ti": "Território Indígena do Xingu", "rio": "rio Culuene", "towns": ["Canarana", "Querência", "Gaúcha do Norte", "São Félix do Araguaia"]},
    {"name": "Xavante", "city": "Barra do Garças", "uf": "MT", "ddd": "66", "p": ["xv"],
     "polos": ["Sangradouro", "São Marcos", "Pimentel Barbosa", "Marãiwatsédé", "Campinápolis", "Água Boa"],
     "vil": ["Aldeia Etenhiritipá", "Aldeia Wederã", "Aldeia São Pedro", "Aldeia Abelhinha", "Aldeia Namunkurá", "Aldeia Santa Cruz"],
     "ti": "Terra Indígena Pimentel Barbosa", "rio": "rio das Mortes", "towns": ["Barra do Garças", "Campinápolis", "Água Boa", "Nova Xavantina", "General Carneiro"]},
    {"name": "Kayapó do Pará", "city": "Redenção", "uf": "PA", "ddd": "94", "p": ["ky"],
     "polos": ["Gorotire", "Kikretum", "Kubenkrankenh", "Ourilândia", "Tucumã"],
     "vil": ["Aldeia Moikarakô", "Aldeia Kriny", "Aldeia Pykany", "Aldeia Aukre", "Aldeia Kokraimoro", "Aldeia Las Casas"],
     "ti": "Terra Indígena Kayapó", "rio": "rio Fresco", "towns": ["Redenção", "Ourilândia do Norte", "Tucumã", "São Félix do Xingu", "Cumaru do Norte"]},
    {"name": "Rio Tapajós", "city": "Itaituba", "uf": "PA", "ddd": "93", "p": ["md"],
     "polos": ["Jacareacanga", "Katõ", "Missão Cururu", "Sai Cinza", "Caroçal"],
     "vil": ["Aldeia Sai Cinza", "Aldeia Waro Apompu", "Aldeia Karapanatuba", "Aldeia Posto da Mata", "Aldeia Restinga", "Aldeia Praia do Mangue"],
     "ti": "Terra Indígena Munduruku", "rio": "rio Tapajós", "towns": ["Itaituba", "Jacareacanga", "Trairão"]},
    {"name": "Alto Rio Juruá", "city": "Cruzeiro do Sul", "uf": "AC", "ddd": "68", "p": ["ac"],
     "polos": ["Tarauacá", "Feijó", "Marechal Thaumaturgo", "Jordão", "Mâncio Lima"],
     "vil": ["Aldeia Nova Esperança", "Aldeia Mutum", "Aldeia Apiwtxa", "Aldeia Morada Nova", "Aldeia Sete Estrelas", "Aldeia Flor da Mata"],
     "ti": "Terra Indígena Kampa do Rio Amônia", "rio": "rio Juruá", "towns": ["Cruzeiro do Sul", "Tarauacá", "Feijó", "Mâncio Lima", "Marechal Thaumaturgo"]},
    {"name": "Tocantins", "city": "Palmas", "uf": "TO", "ddd": "63", "p": ["to"],
     "polos": ["Tocantínia", "Itacajá", "Formoso do Araguaia", "Tocantinópolis", "Goiatins"],
     "vil": ["Aldeia Manoel Alves", "Aldeia Porteira", "Aldeia Funil", "Aldeia Canoanã", "Aldeia Boto Velho", "Aldeia Salto"],
     "ti": "Terra Indígena Kraolândia", "rio": "rio Araguaia", "towns": ["Palmas", "Tocantínia", "Itacajá", "Formoso do Araguaia", "Tocantinópolis"]},
    {"name": "Porto Velho", "city": "Porto Velho", "uf": "RO", "ddd": "69", "p": ["ro"],
     "polos": ["Guajará-Mirim", "Humaitá", "Ji-Paraná", "Cacoal", "Alta Floresta"],
     "vil": ["Aldeia Lapetanha", "Aldeia Sagarana", "Aldeia Igarapé Lage", "Aldeia Rio Preto", "Aldeia Gapgir", "Aldeia Central"],
     "ti": "Terra Indígena Sete de Setembro", "rio": "rio Mamoré", "towns": ["Porto Velho", "Guajará-Mirim", "Cacoal", "Ji-Paraná", "Humaitá"]},
    {"name": "Mato Grosso do Sul", "city": "Campo Grande", "uf": "MS", "ddd": "67", "p": ["ms"],
     "polos": ["Dourados", "Amambai", "Caarapó", "Miranda", "Aquidauana", "Sidrolândia"],
     "vil": ["Aldeia Jaguapiru", "Aldeia Bororó", "Aldeia Limão Verde", "Aldeia Cachoeirinha", "Aldeia Te'ýikue", "Aldeia Bananal"],
     "ti": "Reserva Indígena de Dourados", "rio": "rio Dourados", "towns": ["Dourados", "Amambai", "Caarapó", "Miranda", "Aquidauana", "Campo Grande"]},
    {"name": "Amapá e Norte do Pará", "city": "Macapá", "uf": "AP", "ddd": "96", "p": ["ap"],
     "polos": ["Oiapoque", "Manga", "Kumenê", "Aramirã", "Santa Isabel"],
     "vil": ["Aldeia Manga", "Aldeia Kumarumã", "Aldeia Kumenê", "Aldeia Espírito Santo", "Aldeia Estrela", "Aldeia Aramirã"],
     "ti": "Terra Indígena Uaçá", "rio": "rio Oiapoque", "towns": ["Macapá", "Oiapoque", "Pedra Branca do Amapari"]},
]
CEP_PRE = {"AM": ["690", "691", "692", "694", "695", "696"], "RR": ["693"], "MT": ["780", "783", "784", "785", "786", "787"],
           "PA": ["660", "661", "680", "681", "683", "685", "686"], "AC": ["699"], "TO": ["770", "771", "776", "777", "779"],
           "RO": ["768", "769"], "MS": ["790", "791", "798", "799"], "AP": ["689"]}
UF_NAME = {"AM": "Amazonas", "RR": "Roraima", "MT": "Mato Grosso", "PA": "Pará", "AC": "Acre", "TO": "Tocantins", "RO": "Rondônia",
           "MS": "Mato Grosso do Sul", "AP": "Amapá"}
TRT_OF = {"AM": "5.11", "RR": "5.11", "PA": "5.08", "AP": "5.08", "AC": "5.14", "RO": "5.14", "MT": "5.23", "MS": "5.24", "TO": "5.10"}
TRT_N = {"AM": "11ª", "RR": "11ª", "PA": "8ª", "AP": "8ª", "AC": "14ª", "RO": "14ª", "MT": "23ª", "MS": "24ª", "TO": "10ª"}
# partner entities that hire the multidisciplinary teams, air taxis, hospitals, pharmacies, fuel stations: all invented
CONVENIADAS = [("Instituto Aurora de Saúde Indígena", "institutoaurora.org.br"), ("Missão Evangélica Bento Amado", "missaobentoamado.org.br"),
               ("Associação Prudente de Apoio aos Povos da Floresta", "apoioprudente.org.br"), ("Instituto Leão do Norte de Saúde e Cidadania", "leaodonorte.org.br")]
TAXIS = [("Táxi Aéreo Asas do Rio Negro Ltda.", "asasdorionegro.com.br"), ("Amazônia Flor Aviação Ltda.", "amazoniaflor.com.br"),
         ("Rondon Táxi Aéreo Ltda.", "rondontaxiaereo.com.br"), ("Aerotáxi Vitória Régia Ltda.", "aerovitoriaregia.com.br"),
         ("Quintanilha Aviação Executiva Ltda.", "quintanilhaaviacao.com.br")]
HOSPITALS = ["Hospital Regional Prudente Amado", "Hospital Municipal Aurora do Norte", "Hospital Estadual Leão do Xingu", "Santa Casa Vitória Régia",
             "Hospital de Referência Bento Amado", "Hospital Regional Dom Luz", "Maternidade Flor do Cerrado", "Hospital Infantil Estrela Guia"]
POSTOS = [("Auto Posto Leão do Norte Ltda.", "Posto Leão"), ("Posto Flutuante Bento Amado", "Flutuante Bento"), ("Comercial de Combustíveis Aurora Ltda.", "Posto Aurora"),
          ("Posto Vitória Régia Ltda.", "Posto Vitória"), ("Auto Posto Prudente & Filhos Ltda.", "Posto Prudente"), ("Flutuante Rosa dos Ventos", "Flutuante Rosa")]
BOATS = ["B/M Rosa de Saron", "B/M Leão do Norte", "voadeira Aurora", "voadeira Estrela do Içana", "B/M Bento Amado", "voadeira Flor do Rio",
         "B/M Prudente IV", "voadeira Vitória", "bote Esperança", "B/M Graça Divina"]
MOTORS = ["motor de popa Yamaha 40 HP", "motor de popa Mercury 60 HP", "rabeta 13 HP", "motor de popa Suzuki 90 HP", "motor de centro MWM"]
VEHICLES = ["Toyota Hilux 4x4", "Mitsubishi L200 Triton", "Fiat Strada cabine dupla", "Renault Master (ambulância)", "Ford Ranger 4x4",
            "Chevrolet S10 4x4", "Peugeot Boxer (van)", "Mercedes-Benz Sprinter (van)", "VW Amarok"]
RURAL_BANKS = [("001", "Banco do Brasil"), ("104", "Caixa"), ("237", "Bradesco"), ("341", "Itaú"), ("756", "Sicoob"), ("033", "Santander"),
               ("004", "Banco da Amazônia"), ("748", "Sicredi")]
ROLE_BOXES = ["ouvidoria", "dsei", "casai", "plantao", "regulacao", "remocao", "vigilancia", "malaria", "nutricao", "imunizacao", "sesai",
              "protocolo", "contato", "financeiro", "naoresponda", "no-reply", "rh", "dp", "secretaria", "saude", "atendimento", "cobranca",
              "compras", "faturamento", "operacoes", "operacional", "agendamento", "suprimentos", "frota", "transporte", "diarias",
              "juridico", "cadunico", "cras", "bolsafamilia", "condisi", "clsi", "nfse", "fiscal", "contratos", "mpf", "prdc", "lab",
              "notificacoes", "sac", "logistica", "controle", "pix", "pessoal", "gestao"]
ICD = [("B51.9", "malária por Plasmodium vivax"), ("B50.9", "malária por Plasmodium falciparum"), ("B54", "malária não especificada"),
       ("J18.9", "pneumonia não especificada"), ("A09", "diarreia e gastroenterite de origem infecciosa presumível"), ("E44.0", "desnutrição proteico-calórica moderada"),
       ("E43", "desnutrição proteico-calórica grave"), ("A15.0", "tuberculose pulmonar"), ("T63.0", "acidente ofídico"),
       ("J45.9", "asma"), ("B82.9", "parasitose intestinal"), ("S82.2", "fratura da diáfise da tíbia"),
       ("A90", "dengue"), ("I10", "hipertensão essencial"), ("E11.9", "diabetes mellitus tipo 2"), ("B05.9", "sarampo (suspeito)")]
ICD_F = [("O14.1", "pré-eclâmpsia grave"), ("O80", "parto único espontâneo"), ("O03.9", "aborto espontâneo")]


def icd_for(g: Gen, p: Person) -> tuple[str, str]:
    return g.pick(ICD + ICD_F) if p.female else g.pick(ICD)
LAWS = ["Lei 9.836/1999 (Lei Arouca)", "Decreto 3.156/1999", "Portaria MS 254/2002 (PNASPI)", "Lei 6.001/1973", "art. 231 da Constituição",
        "Convenção 169 da OIT", "Lei 14.021/2020", "Lei 13.709/2018", "Lei 8.080/1990", "Lei 14.133/2021", "Decreto 5.992/2006", "Lei 8.213/1991"]
STREET_NAMES.extend(["Marechal Rondon", "Castelo Branco", "Dom Pedro Massa", "Padre Anchieta", "Sete de Setembro", "Ajuricaba", "Getúlio Vargas",
                     "Coronel Mota", "Benjamin Constant", "Brigadeiro Eduardo Gomes", "Doutor Aluízio Ferreira", "Pedro Teixeira", "Cacique Raoni",
                     "Tuxaua Ajuricaba", "Orlando Villas Bôas", "dos Seringueiros", "Rio Negro", "Beira-Rio", "da Várzea", "Tapajós",
                     "Professora Odaléia Benchimol", "Vereador Sinésio Uchôa", "Sargento Deusarino Maués", "Manoel Urbano"])
RAMAIS = ["Ramal do Pium", "Ramal Bom Jesus", "Ramal da Várzea", "Ramal Novo Horizonte", "Ramal São Raimundo", "Estrada do Aeroporto",
          "Estrada da Balsa", "Ramal Aurora", "Estrada Vicinal 4", "Ramal do Igarapé Preto", "Ramal Leão Dourado", "Estrada do Garimpo"]
AIRCRAFT = ["Cessna 208 Caravan", "Cessna 210", "Embraer EMB-810 Sêneca", "Beechcraft King Air C90", "Cessna 206", "Pilatus PC-12", "helicóptero AS350"]
_CUR = {"uf": "AM", "ddd": "92"}
UF_DE = {"AM": "do Amazonas", "RR": "de Roraima", "MT": "de Mato Grosso", "PA": "do Pará", "AC": "do Acre", "TO": "do Tocantins", "RO": "de Rondônia",
         "MS": "de Mato Grosso do Sul", "AP": "do Amapá"}
RG_ORG[:] = ["SSP/AM", "SSP/RR", "SESP/MT", "PC/PA", "SSP/AC", "SSP/TO", "SESDEC/RO", "SEJUSP/MS", "PTC/AP", "SSP/GO", "SSP/MA", "SSP/CE"]
NATIONALITY.update({True: ["brasileira"] * 12 + ["venezuelana", "peruana", "boliviana", "haitiana", "colombiana", "cubana"],
                    False: ["brasileiro"] * 12 + ["venezuelano", "peruano", "boliviano", "haitiano", "colombiano", "cubano"]})


def nat_ind(p: Person, D: dict) -> str:
    """The nationality of an indigenous person as the qualifications write it ('brasileira, indígena do povo Baniwa')."""
    return gw(p, "brasileiro", "brasileira") + ", indígena do povo " + etnia(None, p, D)


def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", fold(s).lower())


def gw(p: Person, m: str, f: str) -> str:
    """The masculine or feminine form of a word that goes with a person ('o enfermeiro' / 'a enfermeira')."""
    return f if p.female else m


def sr(p: Person) -> str:
    return "dona" if p.female else "seu"


def dr(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def dsei(g: Gen) -> dict:
    """A district; its UF also steers the CEPs drawn for the document."""
    d = g.pick(DSEIS)
    _CUR["uf"] = d["uf"]
    _CUR["ddd"] = d["ddd"]
    return d


def _cep(self: Gen, dash: bool = True) -> str:
    """A CEP of the document's state (AM 690-698, RR 693, MT 780-787, PA 660-688, AC 699, TO 770-779, RO 768-769, MS 790-799, AP 689)."""
    pre = self.pick(CEP_PRE[_CUR["uf"]])
    n = pre + self.d(2) + (self.d(3) if self.chance(0.6) else "000")
    return f"{n[:5]}-{n[5:]}" if dash else n


Gen.cep = _cep
DDDS[:] = ["92", "92", "97", "95", "91", "93", "94", "96", "68", "69", "63", "65", "66", "67", "62", "61"]


def lphone(g: Gen, ddd: str | dict, mobile: bool = True, style: str | None = None) -> str:
    """A phone number in the area code of a district (or a given one); labelled like any phone number."""
    ddd = ddd["ddd"] if isinstance(ddd, dict) else ddd
    while True:
        local = ("9" + str(g.ri(8, 9)) + g.d(7)) if mobile else ("3" + str(g.ri(2, 6)) + g.d(6))
        raw = ddd + local
        if not (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10:11] or cnh_dv(raw[:9]) == raw[9:]):
            return g.fmt_phone(ddd, local, style or g.pick(["par", "par", "plain", "nospace", "raw", "dash"]))


def origin_draw(g: Gen) -> str:
    """Origins of the staff and townspeople of the North and Centre-West: Portuguese and coined, gaúchos of Mato Grosso, others."""
    r = g.rng.random()
    if r < 0.62:
        return "pt"
    if r < 0.70:
        return g.pick(["de", "it"])
    return g.pick(sorted(FOREIGN))


_person0 = Gen.person


def _person(self: Gen, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
    return _person0(self, female, origin or ("pt" if word else origin_draw(self)), word)


Gen.person = _person


def ind(g: Gen, D: dict, female: bool | None = None) -> Person:
    """A person of one of the district's peoples: a native given name (for the peoples that keep them in the registry) or a Portuguese
    one, and the people's name, a clan or a family name as the last surname, sometimes after a Portuguese surname."""
    female = g.chance(0.5) if female is None else female
    fs, ms, sur = IND[g.pick(D["p"])]
    pool = fs if female else ms
    if pool and g.chance(0.6):
        given = g.pick(pool)
    else:
        r = g.rng.random()
        if r < 0.45:
            given = g.pick((NORTH_RARE_F + RARE_F) if female else (NORTH_RARE_M + RARE_M))
        elif r < 0.55:
            given = g.pick(WORD_F if female else WORD_M)
        else:
            given = g.pick((NORTH_COMMON_F + COMMON_F) if female else (NORTH_COMMON_M + COMMON_M))
    surnames = [g.pick(sur)]
    if g.chance(0.45):
        s = g.pick(PT_SUR + NORTH_COMMON_SUR + WORD_SUR)
        if particle(s) and g.chance(0.5):
            surnames.insert(0, particle(s))
            surnames.insert(1, s)
        else:
            surnames.insert(0, s)
    return Person(given, surnames, female)


def ind_kid(g: Gen, parent: Person, D: dict, female: bool | None = None) -> Person:
    k = ind(g, D, female)
    return Person(k.given, [s for s in parent.surnames if s not in PARTICLES][-1:], k.female) if g.chance(0.6) else k


FOREIGN["cu"] = (FOREIGN["cu"][0] + ["Yamilé", "Dayamí"], FOREIGN["cu"][1] + ["Yordanis", "Reinier"], FOREIGN["cu"][2] + ["Peláez", "Ricardo Mesa"])
FOREIGN["wa"] = (FOREIGN["wa"][0] + ["Yelitza", "Rosibel"], FOREIGN["wa"][1] + ["Eudes", "Ovidio"], FOREIGN["wa"][2] + ["Torres Warao", "Moraleda Cabello"])
FOREIGN["jm"] = (["Ester Simy", "Mazaltov", "Rachel Benoliel"], ["Moysés", "Isaac Sabbá", "Salomão"], ["Benchimol", "Serruya", "Assayag", "Azulay", "Bemerguy", "Benzecry"])
RARE_F.extend(NORTH_RARE_F * 2)
RARE_M.extend(NORTH_RARE_M * 2)
COMMON_F.extend(NORTH_COMMON_F)
COMMON_M.extend(NORTH_COMMON_M)
RARE_SUR.extend(NORTH_RARE_SUR)
PT_SUR.extend(NORTH_COMMON_SUR)
RARE.update(NORTH_RARE_F + NORTH_RARE_M + NORTH_RARE_SUR + ["Yamilé", "Dayamí", "Yordanis", "Reinier", "Peláez", "Yelitza", "Rosibel", "Eudes",
                                                            "Ovidio", "Torres Warao", "Moraleda Cabello", "Ester Simy", "Mazaltov", "Rachel Benoliel",
                                                            "Moysés", "Isaac Sabbá", "Benchimol", "Serruya", "Assayag", "Azulay", "Bemerguy", "Benzecry"])
for _k, (_f, _m, _s) in IND.items():
    RARE.update(_f + _m + _s)
RARE.difference_update(["Pantoja", "Bentes", "Uchôa", "Salomão", "Arara", "dos Santos Forte", "Terena"])
NICK.update({"Raimundo Nonato": "Nonato", "Raimunda Nonata": "Nonata", "Francimar": "Chico", "Iracema": "Ira", "Socorro": "Corrinha",
             "Nazaré": "Naza", "Moacir": "Moa", "Izaquiel": "Quiel", "Arimatéia": "Teia", "Deusarino": "Deusa", "Rosinete": "Nete",
             "Josuelma": "Elma", "Jurandir": "Jura", "Clenilson": "Cléo", "Railson": "Rai", "Evanildo": "Nildo", "Ubirajara": "Bira"})
FREE_NICK[:] = NORTH_NICK


def town_addr(g: Gen, style: str = "text") -> str:
    t = g.pick(["Rua", "Rua", "Rua", "Avenida", "Travessa", "Beco", "Passagem"])
    num = str(g.ri(3, 2499)) if g.chance(0.9) else "s/n"
    comp = g.pick(["", "", "", "", "casa 2", "fundos", "apto 102", "quadra 14 lote 9", "bloco B", "Qd 7 Lt 22", "próximo à igreja"])
    if comp == "próximo à igreja" and num == "s/n":
        comp = ""
    s = f"{t} {g.pick(STREET_NAMES)}" + (g.pick([", ", ", nº ", " "]) if num != "s/n" else ", ") + num + (g.pick([", ", " - "]) + comp if comp else "")
    if style == "caps":
        return fold(s).upper()
    if style == "low":
        return fold(s).lower()
    return s.replace("Rua ", "R. ", 1) if g.chance(0.2) else s


def ramal_addr(g: Gen, style: str = "text") -> str:
    """A riverside or roadside home outside the town: a ramal or estrada with its km, lot or s/n."""
    s = g.pick(RAMAIS) + g.pick([f", km {g.ri(2, 48)}", f", km {g.ri(2, 48)}", ", s/n", f" km {g.ri(2, 48)}", f", km {g.ri(2, 30)}, lote {g.ri(1, 90)}",
                                 f", nº {g.ri(10, 980)}"])
    if style == "caps":
        return fold(s).upper()
    if style == "low":
        return fold(s).lower()
    return s


def home(g: Gen, style: str = "text", rural: float = 0.2, uf: str | None = None) -> str:
    return ramal_addr(g, style) if g.chance(rural) else town_addr(g, style)


def clean(g: Gen, make) -> str:
    """A hard-negative string in which no run passes a CPF, PIS, CNH, título, CNS, card or plate check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    return clean(g, g.protocol)


def cnj_of(g: Gen, seg: str) -> str:
    return clean(g, lambda: f"{g.d(7)}-{g.d(2)}.{g.ri(2024, 2026)}.{seg}.{g.d(4)}")


def money(g: Gen, lo: int, hi: int) -> str:
    return "R$ " + brl(g.ri(lo, hi) + g.pick([0, 0, 0, 0.5, 0.9, 0.35]))


def rbank(g: Gen) -> tuple[str, str]:
    return g.pick(RURAL_BANKS)


def tp(g: Gen, s: str, p: float = 0.2) -> str:
    """A typing slip in a message (never inside a template's «key»)."""
    if not g.chance(p):
        return s
    parts = re.split(r"(«\w+»)", s)
    idx = [i for i, x in enumerate(parts) if not MARK.fullmatch(x) and re.search(r"[a-zá-ú]{4}", x)]
    if not idx:
        return s
    i = g.pick(idx)
    words = parts[i].split(" ")
    widx = [k for k, w in enumerate(words) if re.fullmatch(r"[a-zá-ú]{4,}", w)]
    if widx:
        k = g.pick(widx)
        words[k] = typo(words[k], g)
        parts[i] = " ".join(words)
    return "".join(parts)


def nis(g: Gen) -> str:
    return g.pis(g.pick(["dot", "raw", "raw"]))


def kid_dob(g: Gen, fmt: str | None = None, lo: int = 2014, hi: int = 2025) -> str:
    return g.dob(fmt or g.pick(["br", "br", "br", "nopad", "short", "iso"]), lo, hi)


def spoken_date(g: Gen, dd: int, mm: int, yy: int) -> str:
    if yy < 2000:
        yw = "mil novecentos e " + words999(yy - 1900)
    else:
        yw = "dois mil" + (" e " + words999(yy - 2000) if yy > 2000 else "")
    dw = "primeiro" if dd == 1 else words999(dd)
    return g.pick([f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}", f"{dw} de {fold(MONTHS[mm - 1])} de {yw}",
                   f"{dd} do {mm} de {yy % 100:02d}", f"{dw} do {words999(mm)} de {yw}"])


def coren(g: Gen, uf: str, tec: bool | None = None) -> str:
    tec = g.chance(0.4) if tec is None else tec
    n = g.ri(100000, 999999) if g.chance(0.6) else g.ri(10000, 99999)
    if tec:
        return g.pick([f"COREN-{uf} {n}-TE", f"COREN/{uf} {n}-TE", f"COREN-{uf} {n}-AE"])
    return g.pick([f"COREN-{uf} {n}", f"COREN/{uf} {num(n, 0)}-ENF", f"COREN-{uf} nº {n}", f"COREN {uf} {n}"])


def council2(g: Gen, kind: str, uf: str) -> str:
    if kind == "COREN":
        return coren(g, uf)
    if kind == "CRO":
        return g.pick([f"CRO-{uf} {g.ri(1000, 19999)}", f"CRO/{uf} nº {g.ri(1000, 19999)}"])
    if kind == "CRN":
        return g.pick([f"CRN-{g.pick([1, 3, 7])} {g.ri(1000, 39999)}", f"CRN{g.pick([1, 3, 7])}/{g.ri(1000, 39999)}"])
    if kind == "CRF":
        return g.pick([f"CRF-{uf} {g.ri(1000, 19999)}", f"CRF/{uf} nº {g.ri(1000, 19999)}"])
    if kind == "CRBM":
        return g.pick([f"CRBM-{uf} {g.ri(1000, 19999)}", f"CRBM {g.ri(1, 7)}ª Região nº {g.ri(1000, 19999)}"])
    if kind == "CREFITO":
        return g.pick([f"CREFITO-{g.ri(1, 18)} {g.d(6)}-F", f"CREFITO-{g.ri(1, 18)}/{g.d(5)}-F"])
    return g.council(kind, uf)


def signed(g: Gen, doc: Doc, p: Person, role: str, pid: str | None = None, caps: bool = False) -> None:
    doc.t("\n_______________________________\n")
    doc.e(p.capsf if caps else g.pick([p.full, p.caps]), "PERSON")
    doc.t("\n" + (fold(role).upper() if caps else role))
    if pid:
        doc.t(" — ")
        doc.e(pid, "PROFESSIONAL_ID")
    doc.t("\n")


def pname(g: Gen, p: Person, forms: tuple[str, ...] = ("full", "full", "caps", "short")) -> tuple:
    f = g.pick(forms)
    return P({"full": p.full, "caps": p.caps, "short": p.short, "first": p.first, "low": p.low, "nick": p.nick,
              "capsf": p.capsf, "lfirst": lower(p.first), "lshort": lower(p.short)}[f])


def polo(g: Gen, D: dict) -> str:
    return g.pick(D["polos"])


def vil(g: Gen, D: dict) -> str:
    return g.pick(D["vil"])


ETN = {"Kaxinawá": "Huni Kuin", "Paiter": "Suruí", "Akwẽ": "Xerente", "Kaiowá": "Guarani Kaiowá", "Nhandeva": "Guarani Nhandeva", "Xikrin": "Kayapó Xikrin",
       "Mẽbêngôkre": "Kayapó", "Metuktire": "Kayapó", "Gorotire": "Kayapó", "Kubenkrã": "Kayapó"}
NOT_ETN = {"Tsereptsé", "Tseredzaró", "Wautomo", "Tsorodowẽ", "Wa'rãiwẽ", "Kaba", "Akay", "Saw", "Karo", "Krixi", "Poxo", "Waro", "Kassupá", "Guarani Arce",
           "Vera Mirim", "Ajala", "dos Santos Forte", "Nawa"}


def etnia(g: Gen | None, p: Person, D: dict) -> str:
    """The people a person belongs to, as the forms write it (the last surname when it is the people's name; clans and family names
    give the district's main people)."""
    last = p.surnames[-1] if p.surnames else ""
    if any(last in IND[k][2] for k in D["p"]) and last not in NOT_ETN:
        return ETN.get(last, last)
    return {"rn": "Baniwa", "sol": "Tikuna", "rr": "Macuxi", "xg": "Kuikuro", "xv": "Xavante", "ky": "Kayapó", "md": "Munduruku", "ac": "Huni Kuin",
            "to": "Karajá", "ro": "Suruí", "ms": "Guarani Kaiowá", "ap": "Karipuna"}[D["p"][0]]


def rani(g: Gen) -> str:
    """The Funai's administrative record of indigenous birth (not labelled)."""
    return clean(g, lambda: g.pick([f"{g.d(6)}", f"{g.d(3)}.{g.d(3)}", f"{g.d(5)}/{g.ri(1980, 2025)}"]))


def siasi(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.d(7)}", f"SIASI {g.d(8)}", f"{g.d(4)}-{g.d(4)}"]))


def cnes(g: Gen) -> str:
    return clean(g, lambda: g.d(7))


def aircraft_reg(g: Gen) -> str:
    """An aircraft's registration mark (PT-, PR-, PP-, PS- with three letters): not a vehicle plate, not labelled."""
    return g.pick(["PT", "PR", "PP", "PS"]) + "-" + g.up(3)


def anac(g: Gen) -> str:
    return clean(g, lambda: g.d(6))


def boat_reg(g: Gen) -> str:
    """The boat's registration at the Capitania dos Portos (not labelled)."""
    return clean(g, lambda: f"{g.pick(['021', '022', '031', '471'])}-{g.d(6)}-{g.d(1)}")


def lote(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.up(2)}{g.d(4)}", f"{g.d(6)}{g.up(1)}", f"{g.up(1)}{g.d(3)}{g.up(2)}{g.d(1)}", f"{g.up(3)}{g.d(3)}"]))


def coords(g: Gen) -> str:
    return f"{g.rng.uniform(-15.0, 2.5):.5f}, {g.rng.uniform(-72.5, -48.5):.5f}"


def aih(g: Gen) -> str:
    return clean(g, lambda: f"{g.ri(13, 17)}{g.ri(24, 26)}{g.d(9)}")


def sisreg(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.d(9)}", f"SR-{g.d(8)}", f"{g.d(3)}.{g.d(3)}.{g.d(3)}"]))


def chat_neg(g: Gen) -> str:
    return g.pick(["ok", "blz", "👍", "<Mídia oculta>", "áudio de 0:52", "Esta mensagem foi apagada", "kkkk", "tá bom", "valeu", "🙏🙏",
                   "starlink caiu de novo aqui no polo", "o rio secou muito, a voadeira não passa da cachoeira", "choveu a noite toda aqui",
                   "acabou a gasolina do gerador", "vacina chegou no isopor, tudo certo com a temperatura", "sem sinal, mando quando voltar",
                   "o piloto disse que com essa neblina não decola", "lâmina negativa graças a deus"])


def word_neg(g: Gen) -> str:
    """A sentence in which name-like words are words, places or firms, not persons."""
    return g.pick(["Seria prudente esperar a cheia baixar antes de descer o rio.", "Foi uma vitória conseguir a vaga de UTI.",
                   "Sem luz na Comunidade Aurora desde a tempestade de quinta.", "O Polo Base Vista Alegre ficou sem gasolina.",
                   "A Rondon Táxi Aéreo remarcou o voo para amanhã.", "A Rua Marechal Rondon alaga quando o igarapé enche.",
                   "O Hospital Regional Prudente Amado só recebe com regulação.", "A Maternidade Flor do Cerrado está sem pediatra.",
                   "Não há esperança de estrada antes de junho.", "O Posto Flutuante Bento Amado fecha às 17h.",
                   "Na Aldeia Manoel Alves a água do poço voltou.", "A voadeira Aurora está com o motor aberto na oficina.",
                   "O Polo Base Leonardo Villas Bôas pede mais hipoclorito.", "O céu ficou branco de fumaça das queimadas."])


def header_dsei(D: dict) -> str:
    return f"MINISTÉRIO DA SAÚDE — SECRETARIA DE SAÚDE INDÍGENA (SESAI)\nDISTRITO SANITÁRIO ESPECIAL INDÍGENA {fold(D['name']).upper()} — DSEI/{slug(D['name'])[:6].upper()}\n"


def table_fixed(doc: Doc, cols: list[str], widths: list[int], rows: list[list[tuple]]) -> None:
    """A fixed-width report: every value cut at its column's width (names cut are still labelled)."""
    doc.t("".join(c.upper()[:w].ljust(w + 1) for c, w in zip(cols, widths)).rstrip() + "\n")
    doc.t("=" * (sum(widths) + len(widths) - 1) + "\n")
    for r in rows:
        out_line = []
        for k, ((v, lab), w) in enumerate(zip(r, widths)):
            v2 = cut(v, w).rstrip("-") if lab in (None, "PERSON", "ADDRESS") else v
            assert len(v2) <= w, (v2, w)
            if lab and not v2:
                lab = None
            out_line.append((v2, lab, w))
        for k, (v2, lab, w) in enumerate(out_line):
            doc.e(v2, lab) if v2 else None
            if k < len(out_line) - 1:
                doc.t(" " * (w - len(v2) + 1))
        doc.t("\n")


def cl2(doc: Doc, stamp: str, who: list[tuple], template: str = "", **vals) -> None:
    doc.t(stamp)
    for part in who:
        doc.e(part[0], part[1])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def witnesses(g: Gen, doc: Doc, n: int = 2, caps: bool = False) -> None:
    doc.t("\nTESTEMUNHAS:\n" if caps else "\nTestemunhas:\n")
    for i in range(n):
        w = g.person()
        doc.f("«i». «n» — CPF «c»«r»\n", i=i + 1, n=P(w.capsf if caps else w.full), c=(g.cpf(), "BR_CPF"),
              r=[V(" — RG "), (g.rg(), "BR_RG")] if g.chance(0.4) else "")


# ------------------------------------------------------------------ atendimento

def at_grupo(g: Gen) -> Doc:
    """The WhatsApp group of a base post's multidisciplinary team (EMSI), exported from the nurse's phone: system lines (added, left,
    changed the subject); members shown by saved name, by name with a role or village, or by a bare number; the indigenous health agent
    (AIS) reporting a feverish child from a village (name, birth date, CNS), the positive slide, the request for an air removal, the
    district's regulation answering with the aircraft's registration and the pilot's name, the companion with CPF and a relative's phone
    in town; the vaccine cold chain, the fuel and the river in between."""
    doc = Doc()
    D = dsei(g)
    po = polo(g, D)
    nur, coord, ais, med = g.person(g.chance(0.7)), g.person(), ind(g, D), g.person()
    mae = ind(g, D, True)
    kid = ind_kid(g, mae, D)
    acomp = g.pick([mae, ind(g, D)])
    pil = g.person(False)
    st = chat_stamp(g)
    t = iter(seq_times(g, 40, g.moment(hours=(6, 9)), 60, 2400))
    sub = g.pick([f"EMSI Polo {po}", f"Equipe Polo Base {po} 🏥", f"Enfermagem {po}", f"EMSI {po} – {D['name']}"])
    doc.t(f"Conversa do WhatsApp com {sub}\n\n")
    N = [P(g.pick([nur.first, nur.short]))] if g.chance(0.35) else [V("Você")]
    C = g.pick([[P(coord.short)], [P(coord.first), V(" Coord. Polo")], [(lphone(g, D, style="wa"), "PHONE_NUMBER")], [(lphone(g, D, style="wa"), "PHONE_NUMBER")],
                [(lphone(g, D, style="wa"), "PHONE_NUMBER")]])
    A = g.pick([[P(ais.first), V(" AIS")], [V("AIS "), P(ais.first)], [P(ais.short)], [(lphone(g, D, style="wa"), "PHONE_NUMBER")], [(lphone(g, D, style="wa"), "PHONE_NUMBER")],
                [(lphone(g, D, style="wa"), "PHONE_NUMBER")], [(lphone(g, D, style="wa"), "PHONE_NUMBER")],
                [P(ais.first), V(" " + vil(g, D).split()[-1])]])
    R = g.pick([[V("Regulação DSEI")], [V("Remoção DSEI " + D["name"].split()[-1])], [V("Regulação DSEI")], [P(med.first), V(" médic" + gw(med, "o", "a") + " regulador" + gw(med, "", "a"))]])
    doc.f("«s»«a» adicionou «n»\n", s=st(next(t)), a=C[0], n=P(nur.first) if N[0][1] else V("você"))
    cl2(doc, st(next(t)), A, tp(g, "bom dia equipe. na «v» a criança «k» com febre faz 3 dias, vomitando. «m»", 0.4),
        v=lower(vil(g, D)), k=P(g.pick([kid.first, kid.full, lower(kid.first)])), m=[V("mae "), P(g.pick([mae.first, mae.full]))] if g.chance(0.5) else "mae ta junto")
    cl2(doc, st(next(t)), N, "Manda DN e cartão SUS «d» que eu já lanço no SIASI", d=gw(kid, "dele", "dela"))
    if g.chance(0.4):
        cl2(doc, st(next(t)), A, tp(g, "meu numero novo é «t», salva ai", 0.3), t=(lphone(g, D, style=g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    dd, mm, yy = g.dob_parts(2019, 2025)
    cl2(doc, st(next(t)), A, tp(g, "dn «d» cns «c»", 0.2), d=(fmt_date(dd, mm, yy, g.pick(["br", "nopad", "short"])), "DATE_OF_BIRTH"), c=(g.cns(), "BR_CNS"))
    if g.chance(0.6):
        if g.chance(0.4):
            cl2(doc, st(next(t)), A, tp(g, "cpf da mae «c»", 0.3), c=g.neg_cpf(g.chance(0.5)))
            cl2(doc, st(next(t)), N, "Esse CPF não passa no sistema, confere no cartão dela")
        cl2(doc, st(next(t)), A, tp(g, "cpf da mae «c» cns dela «n»", 0.3), c=(g.cpf(g.pick(["raw", "dot"])), "BR_CPF"), n=(g.cns(), "BR_CNS"))
    cl2(doc, st(next(t)), A, g.pick(["<Mídia oculta>", "IMG-20250314-WA0031.jpg (arquivo anexado)", "foto da lâmina"]))
    cl2(doc, st(next(t)), N, "Lâmina «r», parasitemia «p». Criança prostrada, SpO2 «s»%. Vou pedir remoção.", r=g.pick(["positiva vivax", "positiva falciparum", "V+F mista"]),
        p=g.pick(["+/2", "+", "++", "+++", "500/mm³"]), s=g.ri(86, 93))
    cl2(doc, st(next(t)), C, "Pode pedir. O «m» do «po» tá sem voadeira, o motor abriu.", m=g.pick(["pessoal", "AISAN", "piloteiro"]), po=g.pick(["Polo", "polo"]))
    cl2(doc, st(next(t)), R, "Remoção aérea autorizada. Aeronave «a», piloto «p», previsão de pouso na pista do polo às «h». Paciente vai com 1 acompanhante.",
        a=aircraft_reg(g), p=P(g.pick([pil.full, pil.short, "comandante " + pil.last][:2])) if g.chance(0.8) else V("da escala"), h=g.hm())
    cl2(doc, st(next(t)), N, "Acompanhante: «a», CPF «c». Não fala bem português, vai «o» AIS«i» de intérprete até a CASAI.", o=gw(ais, "o", "a"),
        a=P(g.pick([acomp.full, acomp.short])), c=(g.cpf(), "BR_CPF") if g.chance(0.8) else V("não tem, só RANI " + rani(g)), i=[V(" "), P(ais.first)] if g.chance(0.4) else " junto")
    if g.chance(0.7):
        rel = ind(g, D, True)
        cl2(doc, st(next(t)), A, tp(g, "a «k» da mae mora na cidade«n», o numero dela «t»", 0.3), k=g.pick(["irmã", "tia", "prima"]),
            n=[V(", "), P(g.pick([rel.first, rel.short]))] if g.chance(0.5) else "", t=(lphone(g, D, style=g.pick(["plain", "raw", "par"])), "PHONE_NUMBER"))
    cl2(doc, st(next(t)), C, g.pick([chat_neg(g), chat_neg(g), word_neg(g)]))
    if g.chance(0.5):
        nw = g.person()
        doc.f("«s»«a» adicionou «n»\n", s=st(next(t)), a=C[0], n=(lphone(g, D, style="wa"), "PHONE_NUMBER"))
        cl2(doc, st(next(t)), N, "Bem-vind«o»«n», técnic«o» de enfermagem que chega na escala de «d».", o=gw(nw, "o", "a"), n=[V(" "), P(nw.first)] if g.chance(0.5) else "",
            d=g.date("br", 2026))
    cl2(doc, st(next(t)), R, "Pouso confirmado. Paciente na ambulância placa «p» a caminho da unidade de referência ({0}).".format(g.pick(HOSPITALS)), p=(g.plate(), "LICENSE_PLATE"))
    if g.chance(0.5):
        doc.f("«s»«a» saiu\n", s=st(next(t)), a=(lphone(g, D, style="wa"), "PHONE_NUMBER") if g.chance(0.5) else P(g.person().short))
    return doc


def at_radio(g: Gen) -> Doc:
    """The base post's radio log book (livro de radiofonia), typed up at the end of the day: time, station, operator, message in the
    radio's telegraphic capitals (QSL, QRV, pacientes, remoções); the patient's name, age, CNS read in groups; the village; the nurse
    who calls and the operator at the district; the day's closing signed by the operator."""
    doc = Doc()
    D = dsei(g)
    po = polo(g, D)
    op1, op2, nur = g.person(), g.person(), g.person(g.chance(0.7))
    doc.t(header_dsei(D))
    doc.f("POLO BASE «p» — LIVRO DE RADIOFONIA — «d» — FREQ. «f» kHz\n\n", p=fold(po).upper(), d=g.date("br"), f=g.pick(["6.900", "7.045", "8.170", "5.435"]))
    stations = ["DSEI", "POLO " + fold(po).upper()] + [fold(v).upper().replace("COMUNIDADE ", "COM. ") for v in g.sample(D["vil"], 3)]
    h = g.ri(6, 8) * 60 + g.ri(0, 50)
    style = g.pick(["cols", "dash", "bar"])
    rows = []
    for i in range(g.ri(7, 9)):
        h += g.ri(8, 70)
        hh = f"{h // 60:02d}:{h % 60:02d}"
        src = g.pick(stations[2:]) if i % 2 == 0 else g.pick(stations[:2])
        kind = g.pick(["pcte", "pcte", "pcte", "escala", "qsl", "qsl", "remocao", "vac"])
        if kind == "pcte":
            p = ind(g, D)
            cns = g.cns(False)
            age = [V(", DN "), (g.dob("br", 1945, 2025), "DATE_OF_BIRTH"), V(", CNS ")] if g.chance(0.6) else [V(f", {g.ri(1, 79)} ANOS, CNS ")]
            tel = [V(" — FAMILIA NA CIDADE: "), (lphone(g, D, style=g.pick(["plain", "raw"])), "PHONE_NUMBER")] if g.chance(0.4) else []
            msg = [V("PCTE "), P(fold(g.pick([p.full, p.short])).upper())] + age + [
                   (g.pick([cns, f"{cns[:3]} {cns[3:7]} {cns[7:11]} {cns[11:]}", " ".join(cns[k:k + 3] for k in range(0, 15, 3))]), "BR_CNS"),
                   V(", " + g.pick(["FEBRE E CALAFRIO, FAZER LAMINA", "DIARREIA 4 DIAS, SRO INICIADO", "TOSSE MAIS DE 15 DIAS, COLETAR ESCARRO",
                                    "GESTANTE 36 SEM, PA 150X100" if p.female else "QUEDA DE ARVORE, DOR NO QUADRIL", "PICADA DE COBRA NO PE ESQ, SORO?"]))] + tel
        elif kind == "escala":
            q = g.person()
            msg = [V("ENF. "), P(fold(g.pick([q.full, q.short])).upper()), V(" SOBE NA VOADEIRA AMANHA CEDO, LEVAR "), V(g.pick(["HIPOCLORITO", "TESTES RAPIDOS", "SORO ANTIBOTROPICO", "VACINAS"]))]
        elif kind == "qsl":
            msg = [V(g.pick(["QSL, TUDO CIENTE", "QRV ATE 17H", "QSL, SEM NOVIDADE", "SINAL FRACO, REPETIR", "QTH POLO, SEM MOVIMENTO"]))]
        elif kind == "remocao":
            p = ind(g, D)
            msg = [V("REMOCAO DE "), P(fold(g.pick([p.full, p.first])).upper()), V(", CNS "), (g.cns(), "BR_CNS"), V(", CONFIRMADA, AERONAVE " + aircraft_reg(g) + " POUSO " + g.hm())]
        else:
            msg = [V(f"MVPI: {g.ri(12, 90)} DOSES APLICADAS, LOTE {lote(g)}, TEMP CAIXA {g.ri(2, 8)}C")]
        who = g.pick([op1, op2, nur])
        wname = P(fold(g.pick([who.first, who.short])).upper()) if g.chance(0.15) else V(g.pick(["OP1", "OP2", "OP3", "ENF"]))
        rows.append((hh, src, wname, msg))
    if style == "cols":
        w2 = max(len(r[1]) for r in rows)
        doc.t("HORA   " + "ESTAÇÃO".ljust(w2) + "  OPERADOR / MENSAGEM\n")
        for hh, src, wname, msg in rows:
            doc.t(hh + "  " + src.ljust(w2) + "  ")
            doc.e(wname[0], wname[1])
            doc.t(" — ")
            for m in msg:
                doc.e(m[0], m[1])
            doc.t("\n")
    else:
        sep = " | " if style == "bar" else " - "
        for hh, src, wname, msg in rows:
            doc.t(hh + sep + src + sep)
            doc.e(wname[0], wname[1])
            doc.t(sep)
            for m in msg:
                doc.e(m[0], m[1])
            doc.t("\n")
    doc.f("\nENCERRAMENTO ÀS «h». OPERADOR(A): «o»«c»\n", h=f"{g.ri(17, 19)}:{g.ri(0, 59):02d}", o=P(g.pick([op1.full, op1.caps])),
          c=[V(" — contato do polo "), (lphone(g, D, g.chance(0.3)), "PHONE_NUMBER")] if g.chance(0.5) else "")
    return doc


def at_casai(g: Gen) -> Doc:
    """The CASAI's (Casa de Saúde Indígena) map of hammocks and beds for a day: bed, patient (a typo'd name sometimes), people, village
    or base post, birth date, CNS, CPF sometimes, companion (a name, or the kinship word only), contact phone, arrival, the appointment or
    the reason for staying, expected return; as a fixed-width, +---+, blank-aligned or psql table; a note on a patient who went out and
    did not return (a nickname sometimes; the relative's phone and town address), the duty nurse with COREN, the van's plate and its
    driver or 'de plantão'."""
    doc = Doc()
    D = dsei(g)
    doc.t(f"CASAI {D['city'].upper()} — DSEI {D['name']}\nMAPA DE OCUPAÇÃO (redes e leitos) — {g.date('br')}\n\n")
    rows = []
    pats = []
    for i in range(g.ri(4, 5)):
        p = ind(g, D)
        a = ind(g, D)
        pats.append(p)
        rows.append([V(g.pick(["R", "L"]) + f"{g.ri(1, 60):02d}"), P(typo(g.pick([p.full, p.short]), g) if g.chance(0.1) else g.pick([p.full, p.caps, p.short])), V(etnia(g, p, D)), V(g.pick([vil(g, D), "Polo " + polo(g, D)])),
                     (g.dob("br", 1940, 2024), "DATE_OF_BIRTH"), (g.cns(False), "BR_CNS") if g.chance(0.85) else V("sem CNS"),
                     (g.cpf(), "BR_CPF") if g.chance(0.55) else V("—"),
                     P(g.pick([a.short, a.first])) if g.chance(0.35) else V(g.pick(["mãe", "pai", "esposo", "esposa", "filha", "filho", "irmã", "sem acomp."])),
                     (lphone(g, D, style=g.pick(["raw", "plain"])), "PHONE_NUMBER") if g.chance(0.6) else V("—"),
                     V(g.date("short")), V(g.pick(["consulta oftalmo", "pré-natal alto risco", "TB — tratamento", "cirurgia eletiva", "hemodiálise",
                                                   "pós-alta hospitalar", "exames (RX, USG)", "aguardando retorno"])),
                     V(g.pick(["—", g.date("short"), "sem previsão"]))])
    cols = ["rede/leito", "paciente", "etnia", "aldeia/polo", "nascimento", "CNS", "CPF", "acompanhante", "fone contato", "chegada", "motivo", "retorno"]
    style = g.pick(["fixed", "plus", "plain", "psql"])
    if style == "fixed":
        table_fixed(doc, cols, [5, 24, 10, 22, 10, 15, 14, 18, 14, 8, 22, 12], rows)
    else:
        table_ruled(doc, cols, rows, style)
    p = g.pick(pats)
    rel = ind(g, D, g.chance(0.6))
    nur, drv = g.person(g.chance(0.7)), g.person(False)
    doc.f("\nIntercorrência: «p» saiu às «h» sem avisar e não voltou para o jantar; " + gw(rel, "o parente", "a parente") + "«r» («t») disse que está na casa " + gw(rel, "dele", "dela") + " na «a».\n",
          p=P(g.pick([p.first, p.short, p.nick])), h=g.hm(), r=[V(" "), P(g.pick([rel.short, rel.first]))] if g.chance(0.5) else "", t=(lphone(g, D), "PHONE_NUMBER"), a=(town_addr(g), "ADDRESS"))
    doc.f("Plantão de enfermagem: «n» («c»). Van para as consultas: «v», placa «p», motorista «m».\n", n=P(g.pick([nur.full, nur.short])), c=(coren(g, D["uf"]), "PROFESSIONAL_ID"),
          v=g.pick(VEHICLES[6:]), p=(g.plate(), "LICENSE_PLATE"), m=P(g.pick([drv.first, drv.short])) if g.chance(0.5) else "de plantão")
    if g.chance(0.4):
        doc.t(word_neg(g) + "\n")
    return doc


def at_ouvidoria(g: Gen) -> Doc:
    """An ombudsman's complaint (Fala.BR) filed by an indigenous leader or a relative, exported with its metadata (name, CPF, e-mail,
    phone, the access IP), about a removal delayed or a patient left at the CASAI; then the e-mail thread in which the district's analyst
    asks the base post's coordinator (corporate addresses) and the answer quoted, with X-Originating-IP."""
    doc = Doc()
    D = dsei(g)
    po = polo(g, D)
    man = ind(g, D)
    pat = ind(g, D, False)
    ana, coord = g.person(), g.person()
    dom = "saude.gov.br"
    cdom = g.pick(CONVENIADAS)[1]
    nup = clean(g, lambda: f"25072.{g.d(6)}/{g.ri(2025, 2026)}-{g.d(2)}")
    doc.f("Fala.BR — Manifestação nº «n» — Tipo: Reclamação — Órgão: Ministério da Saúde / SESAI — Lei 13.460/2017\n", n=nup)
    kv_block(doc, [("Manifestante", P(g.pick([man.full, man.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("E-mail", (g.email(man), "EMAIL_ADDRESS")),
                   ("Telefone", (lphone(g, D), "PHONE_NUMBER"))] + ([("Endereço", (town_addr(g), "ADDRESS"))] if g.chance(0.6) else []) + [("CEP", (g.cep(), "BR_CEP")),
                   ("Município/UF", V(f"{g.pick(D['towns'])}/{D['uf']}")), ("IP de registro", (g.ip(), "IP_ADDRESS")),
                   ("Registrada em", V(ts(g.moment(), "br")))], g.pick(["plain", "dots", "box"]))
    doc.f("\nTeor: Sou «r» da «v», Polo Base «po». Meu «k» «p», nascido em «d», CPF «pc», foi levado para a CASAI há «x» dias e até agora não fez a consulta. "
          "Ninguém dá notícia. O cartão do SUS dele é «c». Peço providência, porque a família está sem notícia.\n\n",
          r=g.pick(["liderança", "tuxaua", "cacique", "professor indígena", "morador"]), v=vil(g, D), po=po, k=g.pick(["pai", "filho", "irmão", "sogro"]),
          p=P(pat.full), d=(g.dob(g.pick(["br", "long"]), 1945, 2020), "DATE_OF_BIRTH"), x=g.ri(12, 60), c=(g.cns(), "BR_CNS"), pc=(g.cpf(), "BR_CPF"))
    t0 = g.moment()
    am, cm = corp_mail(ana, dom, g), corp_mail(coord, cdom, g)
    doc.f("-----\nFrom: «a» <«am»>\nTo: «c» <«cm»>\nCc: «rm»\nSubject: RES: Fala.BR «n» — paciente «p»\nDate: «t»\nX-Originating-IP: [«ip»]\n\n",
          a=P(coord.full), am=(cm, "EMAIL_ADDRESS"), c=P(ana.full), cm=(am, "EMAIL_ADDRESS"), rm=f"ouvidoria@{dom}", n=nup, p=pat.short.upper() if g.chance(0.3) else pat.short,
          t=mail_date(t0 + datetime.timedelta(hours=g.ri(2, 48))), ip=(g.ip_pub(), "IP_ADDRESS"))
    doc.f("«a», o paciente está na CASAI desde «d», com consulta de «e» marcada para «m» (SISREG «s»). A família foi avisada por rádio pelo AIS da aldeia.«x»\n"
          "Att., «c» — Coordenação do Polo Base «po» — «ct»\n\n", ct=(lphone(g, D), "PHONE_NUMBER"), a=P(ana.first), d=g.date("br"), e=g.pick(["urologia", "cardiologia", "ortopedia", "oftalmologia"]),
          m=g.date("br", 2026), s=sisreg(g), c=P(coord.first), po=po,
          x=[V(" O acompanhante tem celular: "), (lphone(g, D), "PHONE_NUMBER"), V(".")] if g.chance(0.6) else "")
    doc.f("> Em «t», <«am»> escreveu:\n> «c», favor informar a situação do paciente «p» (CNS «n», informado pelo manifestante). Prazo da ouvidoria: 20 dias.\n",
          t=ts(t0, "br"), am=(am, "EMAIL_ADDRESS"), c=P(coord.first) if g.chance(0.5) else V("Prezados"), p=P(pat.short), n=(g.cns(), "BR_CNS"))
    return doc


def at_plantao(g: Gen) -> Doc:
    """The district's on-call line as the speech-to-text engine writes it (lower case, timestamps, speaker tags): a relative in town
    asks about a patient removed by air; name, CPF and birth date read out (groups or words); the relative's own phone read out; the
    attendant's first name; then the typed call record (the attendant as a login)."""
    doc = Doc()
    D = dsei(g)
    att, rel, pat = g.person(g.chance(0.7)), ind(g, D), ind(g, D)
    kin = g.pick(["mãe", "tia", "filha", "irmã", "esposa"] if pat.female else ["pai", "tio", "filho", "irmão", "marido"])
    dl = gw(pat, "dele", "dela")
    cpf = g.cpf_digits()
    dd, mm, yy = g.dob_parts(1950, 2020)
    ph = lphone(g, D, style="raw")
    doc.f("PLANTÃO DSEI «d» — linha «n» — transcrição automática — chamada «c»\n\n", d=fold(D["name"]).upper(), n="0800 " + f"{g.ri(600, 799)} {g.d(4)}",
          c=clean(g, lambda: g.hexs(10)))
    sec = g.ri(2, 20)

    def line(who: str, template: str, **vals) -> None:
        nonlocal sec
        doc.t(f"[{sec // 60:02d}:{sec % 60:02d}] {who}: ")
        doc.f(template, **vals)
        doc.t("\n")
        sec += g.ri(4, 35)
    A, C = g.pick([("atendente", "chamador"), ("ATD", "USU"), ("spk_0", "spk_1")])
    line(A, "plantão do distrito «a» boa noite", a=P(lower(att.first)))
    line(C, "boa noite aqui é «n» eu queria saber " + gw(pat, "do meu", "da minha") + " «k» que foi de avião hoje", n=P(g.pick([rel.low, lower(rel.first), lower(rel.short)])),
         k=kin)
    line(A, "qual o nome completo " + dl)
    line(C, "«p»", p=P(pat.low))
    line(A, "tem o cpf ou a data de nascimento")
    if g.chance(0.6):
        line(C, "o cpf é «c»", c=(stt_cpf(cpf, g), "BR_CPF"))
    line(C, gw(pat, "ele", "ela") + " nasceu «d»", d=(spoken_date(g, dd, mm, yy), "DATE_OF_BIRTH"))
    h = g.pick(HOSPITALS)
    line(A, gw(pat, "ele", "ela") + " deu entrada no «h» está estável «e» vai passar o boletim amanhã de manhã", h=lower(h), e=[V("a enfermeira "), P(lower(g.person(True).first))] if g.chance(0.5) else "a enfermagem")
    line(C, "anota meu número que eu to sem crédito é «t»", t=(g.pick([stt_groups(ph, g), f"{ph[:2]} {ph[2]} {ph[3:7]} {ph[7:]}", spoken_digits(ph, g)]), "PHONE_NUMBER"))
    addr = town_addr(g) if g.chance(0.6) else None
    cep = g.cep(False)
    if addr:
        line(C, "to na casa da minha cunhada na «e» cep «c»", e=(fold(addr).lower(), "ADDRESS"), c=(g.pick([f"{cep[:5]} {cep[5:]}", spoken_digits(cep, g), f"{cep[:2]} {cep[2:5]} {cep[5:]}"]), "BR_CEP"))
    line(A, "anotado o protocolo é «p» boa noite", p=proto(g))
    doc.t("\n--- REGISTRO (digitado) ---\n")
    kv_block(doc, [("Solicitante", P(rel.full)), ("Telefone", (g.fmt_phone(ph[:2], ph[2:], "par"), "PHONE_NUMBER"))]
             + ([("Endereço na cidade", (addr, "ADDRESS")), ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP"))] if addr else []) + [("Paciente", P(pat.full)),
                   ("CPF", (fmt_cpf(cpf), "BR_CPF")), ("Nascimento", (fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH")), ("Unidade", V(h)),
                   ("CNS", (g.cns(), "BR_CNS")), ("Código SIASI", V(siasi(g))), ("Atendente", V(login(att, g)))], g.pick(["plain", "dots", "box", "caps"]))
    return doc


def at_agenda(g: Gen) -> Doc:
    """The CASAI's appointment system export (JSON lines, or one pretty JSON object): patient, CNS, CPF sometimes, birth date, people,
    village and base post, specialty, unit, date, SISREG key (not labelled), companion (name, CPF, phone), transport (vehicle plate and
    driver), who entered it (a login), the client IP (public or private)."""
    doc = Doc()
    D = dsei(g)
    doc.t(f"# casai-{slug(D['city'])} agenda export {ts(g.moment(), 'iso')}\n")
    one_line = g.chance(0.6)
    for _ in range(g.ri(3, 4) if one_line else 1):
        p = ind(g, D)
        a = ind(g, D)
        drv = g.person(False)
        op = g.person()
        rec = {"id": clean(g, lambda: g.hexs(8)), "paciente": P(p.full), "cns": (g.cns(False), "BR_CNS"),
               "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.5) else None, "nascimento": (g.dob("iso", 1945, 2024), "DATE_OF_BIRTH"),
               "etnia": etnia(g, p, D), "aldeia": vil(g, D), "polo_base": polo(g, D), "especialidade": g.pick(["ortopedia", "oftalmologia", "obstetrícia AR", "pneumologia", "nefrologia", "cirurgia geral"]),
               "unidade": g.pick(HOSPITALS), "data": ts(g.moment(g.day(), (7, 15)), "iso"), "sisreg": sisreg(g),
               "acompanhante": {"nome": P(a.full), "cpf": (g.cpf(), "BR_CPF") if g.chance(0.7) else None, "telefone": (lphone(g, D, style="e164"), "PHONE_NUMBER") if g.chance(0.8) else None,
                                "hospedagem": {"endereco": (town_addr(g), "ADDRESS"), "cep": (g.cep(), "BR_CEP")} if g.chance(0.4) else "CASAI"},
               "transporte": {"veiculo": g.pick(VEHICLES), "placa": (g.plate(), "LICENSE_PLATE"), "motorista": P(drv.short)},
               "lancado_por": login(op, g), "ip_cliente": (g.ip(), "IP_ADDRESS") if g.chance(0.6) else g.ip_priv()}
        jval(doc, rec, None if one_line else 0)
        doc.t("\n")
    return doc


def at_carta(g: Gen) -> Doc:
    """A letter written by hand by a village leader (tuxaua, cacique, capitão) to the district's coordinator, scanned and OCR'd (rn/m,
    cl/d, I/l, O/0 in words and names; identifiers printed clean): asks for the body of a relative to be brought back, or for an agent to
    be hired; names the dead or the candidate with CPF and birth date, a son in town with his phone, the nurse of the post; the
    protocol stamp with the clerk's name."""
    doc = Doc()
    D = dsei(g)
    lead = ind(g, D, g.chance(0.25))
    coord = g.person()
    nur = g.person(g.chance(0.7))
    po, vi = polo(g, D), vil(g, D)
    o = lambda s: ocr(s, g, 0.35, names=True)
    ot = lambda s: ocr_t(s, g, 0.25)
    ld = datetime.date(2026, g.ri(1, 5), g.ri(1, 28))
    role = g.pick(["tuxaua", gw(lead, "cacique", "cacica"), gw(lead, "capitão", "capitã"), "liderança"])
    doc.f(ot("«v», «d»\n\nIlmo(a). Sr(a). Coordenador(a) do DSEI «n»\n«c»\n\n"), v=vi, d=dbr(ld), n=D["name"], c=P(o(coord.full)))
    if g.chance(0.5):
        dead = ind(g, D)
        doc.f(ot("Eu, «l», «r» da «v», venho pedir que o corpo do nosso parente «m», nascido em «b», CPF «cp», que faleceu no «h», seja trazido de volta pra aldeia "
                 "pra ser enterrado do nosso jeito. A família não tem dinheiro pra pagar o barco.\n"),
              l=P(o(lead.full)), r=role, v=vi, m=P(o(dead.full)), b=(g.dob("br", 1940, 2010), "DATE_OF_BIRTH"),
              cp=(g.cpf(), "BR_CPF"), h=g.pick(HOSPITALS))
    else:
        cand = ind(g, D)
        doc.f(ot("Eu, «l», «r» da «v», indico «m», CPF «cp», nascid«o» em «b», (cartão SUS «cn») para agente indígena de saúde da nossa comunidade, porque fala a língua e "
                 "já ajuda a enfermeira «e» nas visitas. O agente de antes mudou pra cidade.\n"),
              l=P(o(lead.full)), r=role, v=vi, m=P(o(cand.full)), cp=(g.cpf(), "BR_CPF"), o=gw(cand, "o", "a"), cn=(g.cns(), "BR_CNS"),
              b=(g.dob("br", 1980, 2005), "DATE_OF_BIRTH"), e=P(o(nur.first)))
    son = ind_kid(g, lead, D)
    doc.f(ot("Qualquer coisa falar com meu filho «s» na cidade, telefone «t», ou pelo rádio do Polo Base «p».\n\nAtenciosamente,\n\n«l»\nRG «rg» — CPF «cp»\n"), cp=(g.cpf(), "BR_CPF"),
          s=P(o(son.full)), t=(lphone(g, D, style=g.pick(["par", "plain", "dash"])), "PHONE_NUMBER"), p=po, l=P(o(lead.full)), rg=(g.rg(), "BR_RG"))
    clerk = g.person()
    doc.f("\n[carimbo] PROTOCOLO DSEI/«d» — Recebido em «r» — «c» — nº «n»\n", d=slug(D["name"])[:6].upper(), r=dbr(ld + datetime.timedelta(days=g.ri(3, 40))), c=P(o(clerk.short)), n=proto(g))
    return doc


# ------------------------------------------------------------------ juridico

JOB_IND = [("agricultor", "agricultora"), ("pescador", "pescadora"), ("artesão", "artesã"), ("professor indígena", "professora indígena"),
           ("agente indígena de saúde", "agente indígena de saúde"), ("estudante", "estudante"), ("lavrador", "lavradora")]


def in_village(g: Gen, doc: Doc, D: dict, caps: bool = False) -> None:
    """', residente na Aldeia X, Polo Base Y, Terra Indígena Z, município de W/UF' (a village is not an address: nothing labelled)."""
    s = f", residente na {vil(g, D)}, área de abrangência do Polo Base {polo(g, D)}, {D['ti']}, município de {g.pick(D['towns'])}/{D['uf']}"
    doc.t(fold(s).upper() if caps else s)


def ju_mpf(g: Gen) -> Doc:
    """A statement taken at the federal prosecution service's office in a frontier town (Termo de Declarações, MPF): the declarant
    qualified (birth date, RG or CNH, CPF, phone; a village or a town house with CEP), the interpreter qualified with CPF; the account
    of a child's death after a delayed removal (the nurse, the base post's coordinator, the pilot by name); the procurador and the
    servant who typed it; the administrative procedure number and the ICD codes are not labelled."""
    doc = Doc()
    D = dsei(g)
    dec = ind(g, D)
    itp = ind(g, D)
    kid = ind_kid(g, dec, D)
    nur, coord, pil, proc, srv = g.person(g.chance(0.7)), g.person(), g.person(False), g.person(), g.person()
    city = g.pick(D["towns"])
    doc.f("MINISTÉRIO PÚBLICO FEDERAL\nPROCURADORIA DA REPÚBLICA NO MUNICÍPIO DE «c»/«u»\n\nTERMO DE DECLARAÇÕES\nProcedimento Administrativo nº «n»\n\n",
          c=fold(city).upper(), u=D["uf"], n=clean(g, lambda: f"1.{g.ri(10, 31)}.{g.d(3)}.{g.d(6)}/{g.ri(2025, 2026)}-{g.d(2)}"))
    doc.f("Aos «d», nesta Procuradoria, compareceu ", d=g.docdate())
    qualify(g, doc, dec, dob=(1960, 2004), job=g.pick(JOB_IND), where=(city, D["uf"]), phone=True, addr=False, titulo=g.chance(0.3), nat=nat_ind(dec, D))
    if g.chance(0.6):
        in_village(g, doc, D)
    else:
        doc.t(", residente na ")
        doc.e(town_addr(g), "ADDRESS")
        doc.f(", bairro «b», «c»/«u», CEP «cep»", b=g.pick(["Centro", "Dabaru", "Nova Esperança", "Aeroporto", "Beira Rio", "Vila Nova"]), c=city, u=D["uf"], cep=(g.cep(), "BR_CEP"))
    doc.f(", acompanhad«o» de «i», intérprete da língua «l», CPF «ic»«r», telefone «t», que prestou compromisso de traduzir fielmente. Declarou que:\n\n",
          o=dec.o, i=P(itp.full), l=etnia(g, itp, D), ic=(g.cpf(), "BR_CPF"), r=[V(", RG "), (g.rg(), "BR_RG")] if g.chance(0.5) else "", t=(lphone(g, D), "PHONE_NUMBER"))
    dd = g.day()
    doc.f("seu filho «k», nascido em «kb», CNS «kc», adoeceu na aldeia em «d» com febre e tosse; " + gw(nur, "o enfermeiro", "a enfermeira") + " «n» fez a lâmina e pediu a remoção pelo rádio; "
          "a remoção só saiu dois dias depois, porque o avião estava em outra missão; o coordenador do polo«c» disse que não tinha combustível para a voadeira; "
          "o piloto«p» levou a criança e a mãe até «ci»; a criança faleceu no «h» com diagnóstico de «cid» (CID «x»). "
          "O(A) declarante pede que a família seja informada do laudo e que o caso seja apurado, nos termos da «lei».\n\n", lei=g.pick(["Lei 9.836/1999 (Lei Arouca)", "Lei 8.080/1990", "art. 231 da Constituição", "Lei 14.021/2020"]),
          k=P(kid.full), kb=(kid_dob(g, "br", 2019, 2025), "DATE_OF_BIRTH"), kc=(g.cns(), "BR_CNS"), d=dbr(dd), n=P(g.pick([nur.full, nur.first])), c=[V(", "), P(g.pick([coord.full, coord.short])), V(",")] if g.chance(0.6) else "",
          p=[V(" "), P(g.pick([pil.short, pil.first]))] if g.chance(0.5) else "", ci=D["city"], h=g.pick(HOSPITALS), cid=g.pick(["pneumonia grave", "malária grave", "desidratação grave"]),
          x=g.pick(["J18.9", "B50.8", "E86", "A09"]))
    doc.f("Nada mais disse. Lido e achado conforme, vai assinado pelo(a) declarante (digital, por não saber assinar), pelo intérprete e por mim«s», «sr», que o digitei.\n",
          s=[V(", "), P(srv.full)] if g.chance(0.5) else "", sr=g.pick(["técnico do MPU", "técnica do MPU", "analista do MPU"]))
    signed(g, doc, proc, "Procurador(a) da República")
    doc.t("\n[impressão digital do(a) declarante]\n")
    signed(g, doc, itp, "Intérprete")
    return doc


def ju_inss(g: Gen) -> Doc:
    """The papers of a maternity-pay claim of an indigenous rural worker: the self-declaration of special insured (autodeclaração de
    segurado especial) with name, birth date, CPF, NIS, RANI (not labelled), the village; the child's birth (name, date); the Funai
    servant's certificate of village residence; the INSS protocol; as a form with OCR'd stamps."""
    doc = Doc()
    D = dsei(g)
    w = ind(g, D, True)
    kid = ind_kid(g, w, D)
    fsrv, ais = g.person(), ind(g, D)
    city = g.pick(D["towns"])
    caps = g.chance(0.3)
    up = caps_t if caps else (lambda s: s)
    doc.t(up("AUTODECLARAÇÃO DO SEGURADO ESPECIAL — RURAL (indígena)\nAnexo da Portaria INSS — requerimento de salário-maternidade (Lei 8.213/1991, art. 71)\n\n"))
    f1 = [("Nome", P(w.capsf if caps else w.full)), ("Data de nascimento", (g.dob("br", 1985, 2007), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF")),
          ("NIS/NIT", (nis(g), "BR_PIS")), ("RANI", V(rani(g))), ("Povo", V(etnia(g, w, D))), ("Aldeia", V(vil(g, D))), ("Terra Indígena", V(D["ti"])),
          ("Município/UF", V(f"{city}/{D['uf']}"))]
    if g.chance(0.5):
        f1.insert(4, ("RG", (g.rg(), "BR_RG")))
    if g.chance(0.5):
        f1.append(("Telefone para contato", (lphone(g, D), "PHONE_NUMBER")))
    kv_block(doc, f1, g.pick(["plain", "dots", "box", "caps"] if not caps else ["caps"]))
    doc.f(up("\nAtividade: roça de mandioca, milho e banana em regime de economia familiar, com o esposo «e», e pesca no «r», desde «y».\n"),
          e=[P(ind(g, D, False).capsf if caps else ind(g, D, False).full), V(up(" (CPF ")), (g.cpf(), "BR_CPF"), V(")")] if g.chance(0.6) else P(ind(g, D, False).full), r=D["rio"], y=g.ri(2005, 2020))
    doc.f(up("Fato gerador: nascimento de «k» em «d» («l»). Declaração de Nascido Vivo nº «dn»«c».\n\n"), k=P(kid.capsf if caps else kid.full),
          c=[V(up("; CPF da criança ")), (g.cpf(), "BR_CPF")] if g.chance(0.7) else "",
          d=(kid_dob(g, "br", 2025, 2026), "DATE_OF_BIRTH"), l=g.pick(["na aldeia, parto assistido pela parteira tradicional", "no " + g.pick(HOSPITALS), "no Polo Base " + polo(g, D)]),
          dn=clean(g, lambda: g.d(2) + "-" + g.d(8) + "-" + g.d(1)))
    doc.t(ocr_t("CERTIDÃO DE EXERCÍCIO DE ATIVIDADE RURAL — FUNAI — Coordenação Técnica Local de «c»\n", g, 0.3).replace("«c»", city))
    doc.f("Certifico, com base no cadastro da aldeia e na declaração da liderança «l»«a», que a requerente reside e trabalha na aldeia há mais de dez anos.\n",
          l=P(ind(g, D).full), a=[V(" e do AIS "), P(g.pick([ais.full, ais.first]))] if g.chance(0.5) else " e do AIS da aldeia")
    cd = datetime.date(2026, g.ri(1, 5), g.ri(1, 28))
    doc.f("«c», «d». «s» — «r» (matrícula SIAPE «m»)\n", c=city, d=dbr(cd, "long"), s=P(g.pick([fsrv.full, fsrv.caps])), r=g.pick(["Chefe da CTL", "Indigenista Especializado(a)", "Agente em Indigenismo"]),
          m=clean(g, lambda: g.d(7)))
    doc.f("\n[protocolo INSS] requerimento nº «n» — «d» — agência «a»\n", n=clean(g, lambda: g.d(9)), d=dbr(cd + datetime.timedelta(days=g.ri(1, 30))), a=f"APS {city}")
    return doc


def ju_trabalhista(g: Gen) -> Doc:
    """A labour claim of an indigenous health agent, a sanitation agent or a nursing technician against the partner entity that hires
    the team and, subsidiarily, the Union: the claimant qualified (birth date, CPF, PIS, CTPS (not labelled), e-mail and phone
    sometimes, town address and CEP); the entity's CNPJ; the supervisor by name; the claims table; the lawyer with OAB and e-mail; the
    CNJ number (not labelled)."""
    doc = Doc()
    D = dsei(g)
    uf = D["uf"]
    w = ind(g, D) if g.chance(0.6) else g.person()
    ent, edom = g.pick(CONVENIADAS)
    sup, adv = g.person(), g.person()
    city = g.pick(D["towns"])
    role = g.pick([("agente indígena de saúde (AIS)", "agente indígena de saúde (AIS)"), ("agente indígena de saneamento (AISAN)", "agente indígena de saneamento (AISAN)"),
                   ("técnico de enfermagem", "técnica de enfermagem"), ("piloteiro fluvial", "piloteira fluvial"), ("microscopista", "microscopista")])
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «v» VARA DO TRABALHO DE «c» — TRIBUNAL REGIONAL DO TRABALHO DA «t» REGIÃO\n\n",
          v=g.pick(["1ª", "2ª", "ÚNICA"]), c=fold(g.pick([D["city"], city])).upper(), t=TRT_N[uf])
    qualify(g, doc, w, dob=(1970, 2002), job=role, where=(city, uf), pis=True, email=g.chance(0.4), phone=g.chance(0.6), addr=False, rg=g.chance(0.7), titulo=g.chance(0.3),
            nat=nat_ind(w, D) if w.surnames[-1] in [x for k in D["p"] for x in IND[k][2]] else None)
    doc.f(", CTPS nº «ct» série «se», residente na ", ct=clean(g, lambda: g.d(7)), se=clean(g, lambda: g.d(4)))
    doc.e(home(g, "text", 0.25), "ADDRESS")
    doc.f(", «c»/«u», CEP «cep», por seu advogado, vem propor RECLAMAÇÃO TRABALHISTA em face de «e», inscrita no CNPJ sob o nº «cn», e, subsidiariamente, da UNIÃO FEDERAL "
          "(Ministério da Saúde — SESAI), pelos fatos a seguir.\n\n", c=city, u=uf, cep=(g.cep(), "BR_CEP"), e=ent.upper(), cn=(g.any_cnpj(), "BR_CNPJ"))
    adm = g.day() - datetime.timedelta(days=g.ri(700, 3000))
    doc.f("1. Admitid«o» em «a» para atuar no Polo Base «p», DSEI «d», em escala de «e» dias na área e «f» na cidade, recebendo «s» mensais. "
          "Dispensad«o» sem justa causa em «x», sem o pagamento das verbas rescisórias. «st» técnic«so» do polo, «sp», controlava a escala por WhatsApp.\n"
          "2. Nunca recebeu o adicional de insalubridade, embora fizesse coleta de lâminas de malária e visitas a doentes de tuberculose (CID A15).\n\n",
          o=w.o, a=dbr(adm), p=polo(g, D), d=D["name"], e=g.pick([15, 20, 30]), f=g.pick([10, 15]), s=money(g, 1600, 3900), x=g.date("br"),
          sp=P(g.pick([sup.full, sup.short])), st=gw(sup, "O supervisor", "A supervisora"), so=gw(sup, "o", "a"))
    rows = [[V(k), V(money(g, 800, 14000))] for k in g.sample(["aviso prévio indenizado", "13º proporcional", "férias + 1/3", "FGTS + 40%", "adicional de insalubridade (20%)",
                                                               "horas in itinere (voadeira)", "multa do art. 477 da CLT"], g.ri(3, 5))]
    table_ruled(doc, ["pedido", "valor"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.t("\nRol de testemunhas:\n")
    for i in range(2):
        w = ind(g, D) if g.chance(0.6) else g.person()
        doc.f("«i». «n», CPF «c», telefone «t»\n", i=i + 1, n=P(w.full), c=(g.cpf(), "BR_CPF"), t=(lphone(g, D), "PHONE_NUMBER"))
    doc.f("\nDá-se à causa o valor de «v». Processo nº «n».\n\n«c», «d».\n\n«a»\n«o»«e»\n", v=money(g, 15000, 90000), n=cnj_of(g, TRT_OF[uf]), c=city, d=g.docdate(),
          a=P(adv.full), o=(g.council("OAB", uf), "PROFESSIONAL_ID"),
          e=[V(" — "), (g.email(adv, g.pick(["adv.br", "gmail.com", "hotmail.com"])), "EMAIL_ADDRESS")] if g.chance(0.7) else "")
    return doc


def ju_bo(g: Gen) -> Doc:
    """A police report in capitals (Polícia Federal or the state's civil police): the base post's team threatened by illegal miners on
    the river, the outboard motor and the fuel taken; the nurse qualified as victim (birth date, RG or CNH, CPF, phone, town address,
    CEP); the AIS and the boatman as witnesses (phone); the miners' boat and a pickup's plate at the landing; suspects by nickname; the
    motor's serial number (not labelled); the delegate and the clerk."""
    doc = Doc()
    D = dsei(g)
    uf = D["uf"]
    vit, ais, pil, dele, esc = g.person(g.chance(0.6)), ind(g, D), g.person(False), g.person(), g.person()
    city = g.pick(D["towns"])
    pf = g.chance(0.5)
    doc.f("«o»\nBOLETIM DE OCORRÊNCIA Nº «n»\nNATUREZA: «t»\n", o="POLÍCIA FEDERAL — DELEGACIA DE POLÍCIA FEDERAL EM " + fold(D["city"]).upper() if pf else
          f"POLÍCIA CIVIL DO ESTADO {UF_DE[uf].upper()} — DELEGACIA DE POLÍCIA DE {city.upper()}", n=clean(g, lambda: f"{g.d(5)}/{g.ri(2025, 2026)}"),
          t=g.pick(["ROUBO (ART. 157 DO CÓDIGO PENAL) E AMEAÇA (ART. 147)", "AMEAÇA (ART. 147 DO CÓDIGO PENAL)", "ROUBO MAJORADO (ART. 157, § 2º, DO CP)"]))
    doc.f("DATA DO FATO: «d», POR VOLTA DAS «h» — LOCAL: «r», PRÓXIMO À «v», «ti»\n\nVÍTIMA: ", d=g.date("br"), h=g.hm(), r=fold(D["rio"]).upper(),
          v=fold(vil(g, D)).upper(), ti=fold(D["ti"]).upper())
    qualify(g, doc, vit, caps=True, dob=(1975, 2000), job=gw(vit, "enfermeiro", "enfermeira"), where=(g.pick(D["towns"]), uf), phone=True, rural=0.0)
    n_l = g.ri(40, 200)
    plate = g.plate()
    doc.f(".\n\nRELATO: A VÍTIMA, ENFERMEIR«a» DA EQUIPE DO POLO BASE «p», DESCIA O RIO NA «b» COM O AIS «ais» (CPF «ac») E O PILOTEIRO «pil» (TELEFONE «t») QUANDO FORAM "
          "ABORDADOS POR UMA EMBARCAÇÃO COM QUATRO HOMENS ARMADOS, QUE LEVARAM O «m» (SÉRIE «s») E «l» LITROS DE GASOLINA. UM DELES, CONHECIDO COMO «n1», "
          "DISSE QUE A EQUIPE NÃO DEVIA MAIS SUBIR ATÉ A ÁREA DO GARIMPO. NO PORTO, A VÍTIMA VIU UMA CAMINHONETE «c» DE PLACA «pl», QUE SERIA «n2».«x»\n\n",
          a="A" if vit.female else "O", p=fold(polo(g, D)).upper(), b=fold(g.pick(BOATS)).upper(), ais=P(ais.capsf), ac=(g.cpf(), "BR_CPF"), pil=P(pil.capsf),
          t=(lphone(g, D, style=g.pick(["par", "plain"])), "PHONE_NUMBER"), m=fold(g.pick(MOTORS)).upper(), s=clean(g, lambda: g.up(2) + g.d(6)), l=n_l,
          n1=P(fold(g.pick(FREE_NICK)).upper()), c=g.pick(["HILUX PRATA", "S10 BRANCA", "L200 PRETA", "RANGER VERMELHA"]), pl=(plate, "LICENSE_PLATE"),
          n2=[V("DE "), P(fold(g.pick(FREE_NICK)).upper())] if g.chance(0.4) else V("DO DONO DA BALSA"),
          x=[V(" O AIS RECONHECEU UM DOS HOMENS COMO "), P(g.person(False).capsf), V(", QUE TRABALHOU NA BALSA DO GARIMPO.")] if g.chance(0.3) else "")
    doc.f("PREJUÍZO: «v». PROVIDÊNCIAS: COMUNICADO À COORDENAÇÃO DO DSEI E À FUNAI; CONSULTA À PLACA «p»; REQUISITADA ESCOLTA PARA A PRÓXIMA ENTRADA NA ÁREA.\n\n"
          "AUTORIDADE: «d» — DELEGAD«o» DE POLÍCIA«f»\nESCRIVÃO(Ã): «e»\n", v=money(g, 9000, 42000), p=(plate, "LICENSE_PLATE"), d=P(dele.capsf), o="A" if dele.female else "O",
          f=" FEDERAL" if pf else "", e=P(esc.capsf) if g.chance(0.4) else V("DE PLANTÃO"))
    return doc


def ju_barco(g: Gen) -> Doc:
    """A boat rental contract between the partner entity (CNPJ, its legal representative) and a riverside boat owner who pilots it
    (qualified: birth date, RG or CNH, CPF, phone, a ramal or town address, CEP); the boat (name, Capitania registration not labelled,
    motor); the monthly price paid to agency and account or to a Pix key; clauses on fuel, life vests and removals at night; witnesses;
    an e-signature log in some copies."""
    doc = Doc()
    D = dsei(g)
    uf = D["uf"]
    ent, edom = g.pick(CONVENIADAS)
    rep, own = g.person(), g.person(g.chance(0.2))
    city = g.pick(D["towns"])
    caps = g.chance(0.3)
    up = caps_t if caps else (lambda s: s)
    doc.t(up(f"CONTRATO DE LOCAÇÃO DE EMBARCAÇÃO COM PILOTEIRO Nº {clean(g, lambda: g.d(3))}/{g.ri(2025, 2026)}\n\n"))
    doc.f(up("LOCATÁRIA: ") + ent + up(", inscrita no CNPJ sob o nº ") + "«c»" + up(", executora do convênio de atenção à saúde indígena no DSEI " + D["name"] + ", neste ato representada por ") + "«r»;\n",
          c=(g.any_cnpj(), "BR_CNPJ"), r=P(rep.capsf if caps else rep.full))
    doc.t(up("LOCADOR(A): "))
    qualify(g, doc, own, caps=caps, dob=(1960, 1998), job=gw(own, "piloteiro", "piloteira"), where=(city, uf), phone=g.chance(0.8), addr=False, titulo=g.chance(0.3), pis=g.chance(0.3))
    doc.t(up(", residente na "))
    doc.e(home(g, "caps" if caps else "text", 0.5), "ADDRESS")
    doc.f(up(f", {city}/{uf}, CEP ") + "«c»;\n\n", c=(g.cep(), "BR_CEP"))
    boat = g.pick(BOATS)
    doc.t(up(f"CLÁUSULA PRIMEIRA — OBJETO: locação da embarcação {boat}, inscrição na Capitania dos Portos nº {boat_reg(g)}, com {g.pick(MOTORS)}, "
             f"pilotada pelo(a) LOCADOR(A), para o transporte das equipes e remoção de pacientes entre o Polo Base {polo(g, D)} e as aldeias do {D['rio']}.\n"))
    doc.t(up("CLÁUSULA SEGUNDA — O combustível será fornecido pela LOCATÁRIA; coletes salva-vidas para todos os passageiros são obrigatórios (NORMAM-02).\n"))
    bcode, bname = rbank(g)
    if g.chance(0.6):
        doc.f(up(f"CLÁUSULA TERCEIRA — PREÇO: {money(g, 3500, 9800)} mensais, pagos até o 5º dia útil no {bname}, agência ") + "«a»" + up(", conta ") + "«cc».\n",
              a=(g.agency(), "BANK_ACCOUNT"), cc=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f(up(f"CLÁUSULA TERCEIRA — PREÇO: {money(g, 3500, 9800)} mensais, pagos por Pix na chave aleatória ") + "«k»" + up(" do(a) LOCADOR(A).\n"), k=(g.uuid(), "PIX_KEY"))
    doc.t(up("CLÁUSULA QUARTA — Remoções noturnas só com autorização da regulação do DSEI e com holofote em funcionamento.\n"))
    cd = datetime.date(2026, g.ri(1, 5), g.ri(1, 28))
    doc.t(up(f"CLÁUSULA QUINTA — Vigência de 12 meses (Lei 14.133/2021, no que couber). Foro da Justiça Federal, Subseção de {D['city']}.\n\n{city}, {dbr(cd, 'long')}.\n"))
    signed(g, doc, rep, "Locatária", caps=caps)
    signed(g, doc, own, "Locador(a)", caps=caps)
    witnesses(g, doc, 2, caps)
    if g.chance(0.4):
        esign_log(g, doc, [(rep, corp_mail(rep, edom, g)), (own, g.email(own))], datetime.datetime.combine(cd, datetime.time(g.ri(8, 16), g.ri(0, 59))))
    return doc


def ju_recusa(g: Gen) -> Doc:
    """A refusal of removal signed with an interpreter (Termo de Recusa de Remoção / de Procedimento): the patient (birth date, CNS,
    village), the head of family or the shaman who decided to treat in the village (thumbprint, signed 'a rogo' by a literate relative
    with CPF), the interpreter with CPF and phone, the nurse with COREN and the physician with CRM; checkbox form."""
    doc = Doc()
    D = dsei(g)
    uf = D["uf"]
    pat = ind(g, D)
    resp = ind(g, D)
    rogo, itp = ind(g, D), ind(g, D)
    nur, med = g.person(g.chance(0.7)), g.person()
    doc.t(header_dsei(D))
    doc.f("POLO BASE «p» — TERMO DE RECUSA DE «t»\n\n", p=fold(polo(g, D)).upper(), t=g.pick(["REMOÇÃO", "REMOÇÃO AÉREA", "TRANSFERÊNCIA HOSPITALAR"]))
    kv_block(doc, [("Paciente", P(g.pick([pat.full, pat.caps]))), ("Nascimento", (g.dob("br", 1940, 2024), "DATE_OF_BIRTH")), ("CNS", (g.cns(), "BR_CNS")),
                   ("CPF", (g.cpf(), "BR_CPF") if g.chance(0.5) else V("não possui")),
                   ("Povo / aldeia", V(f"{etnia(g, pat, D)} / {vil(g, D)}")), ("Hipótese diagnóstica", V(g.pick([f"{c} — {d}" for c, d in ICD])))],
             g.pick(["plain", "box", "dots"]))
    doc.t("\nBase: Convenção 169 da OIT e Portaria MS 254/2002 (PNASPI), respeito às práticas tradicionais.\n[" + g.pick(["X", "x"]) + "] Fui informad" + resp.o + ", na minha língua, dos riscos de não fazer a remoção.\n[" + g.pick(["X", "x"]) + "] A família prefere o tratamento na aldeia, com o pajé e a equipe.\n[ ] Aceito a remoção.\n\n")
    doc.f("Responsável pela decisão: «r» («k»)«rc»\nAssinatura: [impressão digital] — a rogo, «a», CPF «c»\n", r=P(resp.full), k=g.pick(["pai", "mãe", "avô", "esposo", "cacique", "pajé"]), rc=[V(", CPF "), (g.cpf(), "BR_CPF")] if g.chance(0.5) else "",
          a=P(rogo.full), c=(g.cpf(), "BR_CPF"))
    doc.f("Intérprete: «i», CPF «c»«r», telefone «t»\n", i=P(itp.full), c=(g.cpf(), "BR_CPF"), r=[V(", RG "), (g.rg(), "BR_RG")] if g.chance(0.4) else "", t=(lphone(g, D), "PHONE_NUMBER"))
    doc.f("\nA equipe seguirá em visita diária; se houver piora (SpO2 < 90%, convulsão, sangramento) a remoção será oferecida de novo. Local e data: «v», «d».\n",
          v=vil(g, D), d=g.date("br"))
    signed(g, doc, nur, gw(nur, "Enfermeiro", "Enfermeira"), coren(g, uf, False))
    signed(g, doc, med, gw(med, "Médico", "Médica"), g.council("CRM", uf))
    return doc


def ju_clsi(g: Gen) -> Doc:
    """The minutes of a Local Indigenous Health Council (Conselho Local de Saúde Indígena) meeting at a base post, with the district
    council's (CONDISI) president: the president and the secretary by name; items (a removal dispute with a patient's name and CNS, the
    hiring of AIS, the fuel); the attendance list as a table (name, segment, village, CPF, phone, signature written as a name or
    'digital')."""
    doc = Doc()
    D = dsei(g)
    po = polo(g, D)
    pres, sec, cond = ind(g, D), g.person(), ind(g, D)
    pat = ind(g, D)
    cand = ind(g, D)
    doc.f("CONSELHO LOCAL DE SAÚDE INDÍGENA DO POLO BASE «p» — DSEI «d»\nATA DA «n» REUNIÃO «t»\n\n", p=fold(po).upper(), d=fold(D["name"]).upper(),
          n=g.pick(["1ª", "2ª", "3ª", "4ª"]), t=g.pick(["ORDINÁRIA", "EXTRAORDINÁRIA"]))
    doc.f("Aos «d», na «v», reuniram-se os conselheiros abaixo, sob a presidência de «p», com a presença do presidente do CONDISI«c». Secretariou «s».\n\n",
          d=g.docdate("long"), v=vil(g, D), p=P(pres.full), c=[V(", "), P(g.pick([cond.full, cond.short]))] if g.chance(0.5) else "", s=P(sec.full) if g.chance(0.4) else V("a técnica administrativa do polo"))
    doc.t("Pauta 0 — Leitura da ata anterior e informes sobre o controle social (Lei 8.142/1990; Lei 9.836/1999).\n")
    doc.f("Pauta 1 — Remoção de «p» (CNS «c»): a comunidade reclamou que o avião demorou três dias. A coordenação explicou a fila da regulação.\n",
          p=P(g.pick([pat.full, pat.short])), c=(g.cns(), "BR_CNS"))
    doc.f("Pauta 2 — Contratação de AIS para a «v»: «a».\nPauta 3 — Gasolina: o polo recebeu «l» litros no mês, insuficiente para as visitas do «r».\n"
          "Pauta 4 — Informes: «w»\n\nLISTA DE PRESENÇA\n", v=vil(g, D), l=g.ri(200, 1200), r=D["rio"], w=word_neg(g), a=[V("indicad" + cand.o + " "), P(cand.full)] if g.chance(0.5) else "a comunidade vai indicar em assembleia")
    rows = []
    for i in range(g.ri(3, 5)):
        seg = g.pick(["usuário", "usuário", "trabalhador", "gestor"])
        p = ind(g, D) if seg == "usuário" or g.chance(0.4) else g.person()
        sig = g.pick(["name", "dig", "blank"])
        rows.append([P(g.pick([p.full, p.caps, p.short])), V(seg), V(vil(g, D) if seg == "usuário" else "Polo " + po),
                     (g.cpf(), "BR_CPF") if g.chance(0.9) else V("—"), (lphone(g, D, style=g.pick(["raw", "plain", "par"])), "PHONE_NUMBER") if g.chance(0.75) else V("rádio"),
                     (corp_mail(p, g.pick(CONVENIADAS)[1], g), "EMAIL_ADDRESS") if seg != "usuário" else ((g.email(p), "EMAIL_ADDRESS") if g.chance(0.2) else V("")),
                     P(p.short) if sig == "name" and g.chance(0.4) else V("digital" if sig == "dig" else "")])
    table_ruled(doc, ["nome", "segmento", "aldeia/lotação", "CPF", "telefone", "e-mail", "assinatura"], rows, g.pick(["plus", "plain", "md", "psql"]))
    return doc


# ------------------------------------------------------------------ saude

def sa_sivep(g: Gen) -> Doc:
    """A SIVEP-Malária notification as numbered fields ("nn | label | value", "nn. label: value" or "[nn] label .... value", labels OCR'd
    sometimes): the notifying agent, the patient (birth date, CNS, CPF sometimes, mother), the people and village or a town address with
    CEP and phone (for a miner or a townsman), the probable place of infection (a village, a mining site), the slide's result and
    parasitaemia, the treatment scheme; the microscopist and the reviewer; notification number and CNES not labelled."""
    doc = Doc()
    D = dsei(g)
    uf = D["uf"]
    indio = g.chance(0.7)
    pat = ind(g, D) if indio else g.person()
    mae = ind(g, D, True) if indio else g.person(True)
    ag, mic = g.person(), g.person()
    doc.f("SIVEP-MALÁRIA — FICHA DE NOTIFICAÇÃO — nº «n»\n\n", n=clean(g, lambda: g.d(8)))
    f = [("Data da notificação", V(g.date("br"))), ("UF / Município", V(f"{uf} / {g.pick(D['towns'])}")), ("Unidade notificante (CNES)", V(f"Polo Base {polo(g, D)} ({cnes(g)})")),
         ("Agente notificante", P(g.pick([ag.full, ag.short]))), ("Tipo de detecção", V(g.pick(["ativa", "passiva", "LVC"]))),
         ("Nome do paciente", P(g.pick([pat.full, pat.caps]))), ("Data de nascimento", (g.dob("br", 1950, 2024), "DATE_OF_BIRTH")),
         ("Sexo", V("F" if pat.female else "M")), ("Gestante", V(g.pick(["não", "1º tri", "ignorado"]) if pat.female else "não se aplica")),
         ("Raça/cor", V("indígena" if indio else g.pick(["parda", "branca", "preta"]))), ("Cartão SUS", (g.cns(), "BR_CNS"))]
    if indio:
        f.append(("Etnia", V(etnia(g, pat, D))))
    if g.chance(0.75 if indio else 0.9):
        f.append(("CPF", (g.cpf(), "BR_CPF")))
    f.append(("Nome da mãe", P(g.pick([mae.full, mae.caps]))))
    if indio:
        f += [("Localidade de residência", V(f"{vil(g, D)} — {D['ti']}")), ("CEP do município", (g.cep(), "BR_CEP"))]
        if g.chance(0.85):
            f.append(("Telefone de contato (AIS/polo)", (lphone(g, D), "PHONE_NUMBER")))
    else:
        f += [("Endereço", (home(g, "text", 0.4), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Telefone", (lphone(g, D), "PHONE_NUMBER")),
              ("Ocupação", V(g.pick(["garimpeiro", "pescador", "madeireiro", "agricultor", "barqueiro"])))]
    f += [("Provável local de infecção", V(g.pick([vil(g, D), "garimpo do " + D["rio"], "balsa de garimpo, " + D["rio"], "acampamento de pesca"]))),
          ("Resultado do exame", V(g.pick(["V (vivax)", "F (falciparum)", "F+V (mista)", "V (vivax)", "Fg (gametócitos)"]))),
          ("Parasitemia", V(g.pick(["< +/2", "+/2", "+", "++", "+++", "++++"]))), ("Esquema de tratamento", V(g.pick(["cloroquina 3 dias + primaquina 7 dias", "artemeter + lumefantrina 3 dias + primaquina dose única", "cloroquina + primaquina 14 dias", "artesunato + mefloquina"]))),
          ("Examinador(a)", P(g.pick([mic.full, mic.short])))]
    if g.chance(0.5):
        f.append(("Registro do examinador", (council2(g, "CRBM", uf), "PROFESSIONAL_ID")))
    style = g.pick(["bar", "dot", "brk"])
    ocr_l = g.chance(0.3)
    for i, (k, v) in enumerate(f, 1):
        k2 = ocr(k, g, 0.35) if ocr_l else k
        if style == "bar":
            doc.t(f"{i:02d} | {k2} | ")
        elif style == "dot":
            doc.t(f"{i:02d}. {k2}: ")
        else:
            doc.t(f"[{i:02d}] " + (k2 + " ").ljust(34, "."))
            doc.t(" ")
        doc.e(v[0], v[1])
        doc.t("\n")
    if g.chance(0.35):
        rev = g.person()
        doc.f("\nRevisão de lâmina (LACEN): «r» — concordante.\n", r=P(rev.full))
    return doc


def sa_laminas(g: Gen) -> Doc:
    """The base post's malaria microscopy book for an epidemiological week (a blank-aligned, +---+, Markdown or psql table: slide
    number, date, name, birth date, CNS, village, detection, result, parasitaemia), then the microscopist's e-mail to the district's
    surveillance (a role mailbox) naming the positives with the same birth date and CNS, the control slides, the corporate address and a
    phone."""
    doc = Doc()
    D = dsei(g)
    po = polo(g, D)
    mic, vs = g.person(), g.person()
    edom = g.pick(CONVENIADAS)[1]
    wk = g.day()
    wk = wk - datetime.timedelta(days=(wk.weekday() + 1) % 7)
    doc.f("POLO BASE «p» — LIVRO DE REGISTRO DE LÂMINAS — SEMANA EPIDEMIOLÓGICA «s»/«y» («a» a «b»)\n\n", p=fold(po).upper(), s=max(1, (wk.timetuple().tm_yday + 6) // 7),
          y=wk.year, a=dbr(wk, "short"), b=dbr(wk + datetime.timedelta(days=6), "short"))
    sl = g.ri(20, 900)
    rows, pos = [], []
    for i in range(g.ri(4, 6)):
        p = ind(g, D)
        res = g.pick(["neg", "neg", "V", "F", "V", "F+V"])
        dd, mm, yy = g.dob_parts(1950, 2024)
        cns = g.cns(False)
        if res != "neg":
            pos.append((p, (dd, mm, yy), cns))
        sl += g.ri(1, 3)
        rows.append([V(f"{sl:03d}/{wk.year % 100}"), V(dbr(wk + datetime.timedelta(days=min(6, i)), "short")), P(g.pick([p.full, p.short, p.caps])),
                     (fmt_date(dd, mm, yy, g.pick(["br", "short"])), "DATE_OF_BIRTH"), (cns, "BR_CNS") if g.chance(0.8) else V("—"),
                     V(vil(g, D)), V(g.pick(["BA", "BP", "LVC"])), V(res), V("" if res == "neg" else g.pick(["+/2", "+", "++", "+++"]))])
    table_ruled(doc, ["lâmina", "data", "nome", "DN", "CNS", "aldeia", "det.", "result.", "parasit."], rows, g.pick(["plus", "plain", "md", "psql"]))
    if not pos:
        pos = [(ind(g, D), g.dob_parts(1950, 2024), g.cns(False))]
    t0 = g.moment(wk + datetime.timedelta(days=7), (7, 12))
    mm = corp_mail(mic, edom, g)
    doc.f("\nFrom: «n» <«m»>\nTo: malaria@«d»\nSubject: Positivos SE — Polo «p»\nDate: «t»\n\n", n=P(mic.full), m=(mm, "EMAIL_ADDRESS"), d=slug(D["name"]) + ".dsei.saude.gov.br",
          p=po, t=mail_date(t0))
    doc.t("Bom dia. Seguem os positivos da semana, todos já em tratamento supervisionado pelo AIS:\n")
    for p, (dd, mm, yy), cns in pos[:2]:
        doc.f("- «n», DN «d», CNS «c»«x»\n", n=P(p.full), d=(fmt_date(dd, mm, yy, "br"), "DATE_OF_BIRTH"), c=(g.pick([cns, f"{cns[:3]} {cns[3:7]} {cns[7:11]} {cns[11:]}"]), "BR_CNS"),
              x=[V(" (recaída, tratou em "), V(g.date("br")), V(")")] if g.chance(0.3) else "")
    doc.f("Lâminas de controle (10%) vão na voadeira de «d»«v».\nQualquer coisa meu contato é «t».\n«n»\n",
          d=g.pick(["segunda", "terça", "quinta"]), v=[V(" com "), P(g.pick([vs.first, vs.short]))] if g.chance(0.4) else " com o piloteiro", t=(lphone(g, D), "PHONE_NUMBER"), n=g.pick(["Microscopia — Polo " + po, "Laboratório do polo", "Att."]))
    return doc


def sa_sisvan(g: Gen) -> Doc:
    """The food and nutrition surveillance of the children under five of a village (a comment line naming the AIS who weighed or the
    team, then a CSV export: child, birth date, sex, CNS, mother, mother's CPF and NIS sometimes, village, weight, height, weight-for-age
    classification, the date), then the supervising nutritionist's note with CRN and corporate e-mail, naming the child classed as very
    low weight and referred to the CASAI."""
    doc = Doc()
    D = dsei(g)
    nut = g.person(True if g.chance(0.8) else False)
    sep = g.pick([";", ","])
    ais = ind(g, D)
    vl = vil(g, D)
    doc.f("# SISVAN indígena — «v» — aferição «a» — exportado em «t»\n", v=vl, a=[V("pelo AIS "), P(g.pick([ais.full, ais.short]))] if g.chance(0.5) else "pela EMSI", t=ts(g.moment(), "br"))
    doc.t(sep.join(["crianca", "nascimento", "sexo", "cns", "mae", "cpf_mae", "nis_mae", "aldeia", "peso_kg", "altura_cm", "classif_peso_idade", "data_afericao"]) + "\n")
    kids = []
    nk = g.ri(3, 4)
    jref = g.ri(0, nk - 1)
    for i in range(nk):
        m = ind(g, D, True)
        k = ind_kid(g, m, D)
        kids.append(k)
        cls = "muito baixo peso" if i == jref else g.pick(["adequado", "adequado", "adequado", "baixo peso", "risco de sobrepeso"])
        row = [P(g.pick([k.full, k.caps])), (kid_dob(g, g.pick(["br", "iso"]), 2021, 2025), "DATE_OF_BIRTH"), V("F" if k.female else "M"),
               (g.cns(False), "BR_CNS") if g.chance(0.85) else V(""), P(m.full), (g.cpf(), "BR_CPF") if g.chance(0.6) else V(""),
               (g.pis("raw"), "BR_PIS") if g.chance(0.7) else V(""), V(vl),
               V(num(g.rng.uniform(5, 17), 1)), V(num(g.rng.uniform(55, 105), 1)), V(cls), V(g.date("br"))]
        for j, (v, lab) in enumerate(row):
            if j:
                doc.t(sep)
            q = sep in v or g.chance(0.15)
            doc.t('"' if q else "")
            doc.e(v, lab) if v else None
            doc.t('"' if q else "")
        doc.t("\n")
    k = kids[jref]
    doc.f("\nNota da nutricionista: «k» com muito baixo peso (E43) encaminhad«o» para a CASAI para recuperação nutricional; mãe orientada. «n», «c», «e».\n",
          k=P(g.pick([k.first, k.full])), o=k.o, n=P(g.pick([nut.full, nut.short])), c=(council2(g, "CRN", D["uf"]), "PROFESSIONAL_ID"),
          e=(corp_mail(nut, g.pick(CONVENIADAS)[1], g), "EMAIL_ADDRESS"))
    return doc


def sa_remocao(g: Gen) -> Doc:
    """The air removal record (ficha de remoção aeromédica): checkboxes for the kind of removal; the patient (birth date, CNS, CPF
    sometimes, people, village), vital signs and the ICD code; the companion with CPF and phone; the aircraft (model, registration not
    labelled), the pilot by name (ANAC code not labelled); the flight nurse with COREN, the regulating physician with CRM; the receiving
    hospital; the ambulance at the airstrip with its plate."""
    doc = Doc()
    D = dsei(g)
    uf = D["uf"]
    pat, acomp = ind(g, D), ind(g, D)
    pil, nur, med = g.person(False), g.person(g.chance(0.6)), g.person()
    c, d = icd_for(g, pat)
    x = lambda b: "[X]" if b else "[ ]"
    urg = g.chance(0.6)
    doc.t(header_dsei(D))
    doc.f("FICHA DE REMOÇÃO — nº «n»\n«a» aérea  «b» fluvial  «c» terrestre    «u» urgência  «e» eletiva\n\n", n=clean(g, lambda: f"{g.d(4)}/{g.ri(2025, 2026)}"),
          a=x(True), b=x(False), c=x(False), u=x(urg), e=x(not urg))
    kv_block(doc, [("Paciente", P(g.pick([pat.full, pat.caps]))), ("Nascimento", (g.dob("br", 1940, 2025), "DATE_OF_BIRTH")), ("CNS", (g.cns(), "BR_CNS")),
                   ("CPF", (g.cpf(), "BR_CPF") if g.chance(0.45) else V("não possui")), ("Povo / aldeia / polo", V(f"{etnia(g, pat, D)} / {vil(g, D)} / {polo(g, D)}")),
                   ("Diagnóstico (CID)", V(f"{c} — {d}")), ("Sinais vitais", V(f"PA {g.ri(80, 160)}x{g.ri(50, 100)} FC {g.ri(60, 150)} FR {g.ri(14, 40)} SpO2 {g.ri(82, 99)}% T {num(g.rng.uniform(35.5, 40.2), 1)}"))],
             g.pick(["plain", "box", "dots"]))
    doc.f("\nACOMPANHANTE: «a» («k»), CPF «c»«r», telefone «t»«e»\n", r=[V(", RG "), (g.rg(), "BR_RG")] if g.chance(0.4) else "", e=[V(", hospedado(a) na "), (town_addr(g), "ADDRESS"), V(", CEP "), (g.cep(), "BR_CEP")] if g.chance(0.4) else "", a=P(acomp.full), k=g.pick(["mãe", "pai", "esposo(a)", "filho(a)", "irmã"]),
          c=(g.cpf(), "BR_CPF") if g.chance(0.7) else V("não possui"), t=(lphone(g, D), "PHONE_NUMBER") if g.chance(0.7) else V("sem telefone"))
    taxi = g.pick(TAXIS)[0]
    h1 = g.ri(6 * 60, 14 * 60)
    h2 = h1 + g.ri(50, 230)
    doc.f("Contato do polo (Starlink/WhatsApp): «t»\n", t=(lphone(g, D), "PHONE_NUMBER"))
    doc.f("AERONAVE: «m» «r» — «tx» — piloto: «p» (cód. ANAC «an»)\nDecolagem da pista do polo: «h1» — pouso em «c»: «h2»\n", m=g.pick(AIRCRAFT), r=aircraft_reg(g), tx=taxi,
          p=P(g.pick([pil.full, pil.short])), an=anac(g), h1=f"{h1 // 60:02d}:{h1 % 60:02d}", c=D["city"], h2=f"{h2 // 60:02d}:{h2 % 60:02d}")
    doc.f("Ambulância no aeroporto: placa «p»«m»\nDestino: «h»\n", p=(g.plate(), "LICENSE_PLATE"), m=[V(", condutor "), P(g.person(False).short)] if g.chance(0.25) else "",
          h=g.pick(HOSPITALS))
    signed(g, doc, nur, "Enfermagem de bordo", coren(g, uf, False))
    signed(g, doc, med, "Médico(a) regulador(a)", g.council("CRM", uf))
    return doc


def sa_evolucao(g: Gen) -> Doc:
    """The CASAI's nursing notes in clinical shorthand over two or three shifts (dated entries): the patient (birth date, CNS), the
    companion by name with phone sometimes, the interpreter AIS by first name, vital signs, the ICD code, the physician's visit (CRM), the
    nurses signing with COREN; a relative calling from town."""
    doc = Doc()
    D = dsei(g)
    uf = D["uf"]
    pat, acomp, ais = ind(g, D), ind(g, D), ind(g, D)
    c, d = icd_for(g, pat)
    doc.f("CASAI «c» — EVOLUÇÃO DE ENFERMAGEM\nPcte: «p» | DN «dn» | CNS «cns» | «e» — «v»\n\n", c=D["city"].upper(), p=P(pat.caps if g.chance(0.5) else pat.full),
          dn=(g.dob(g.pick(["br", "short"]), 1940, 2024), "DATE_OF_BIRTH"), cns=(g.cns(), "BR_CNS"), e=etnia(g, pat, D), v=vil(g, D))
    if g.chance(0.5):
        doc.f("CPF do paciente: «c»\n", c=(g.cpf(), "BR_CPF"))
    doc.f("Acompanhante: «a» — CPF «c»«r» — fone «t»\n\n", a=P(acomp.full), r=[V(" — RG "), (g.rg(), "BR_RG")] if g.chance(0.4) else "", c=(g.cpf(), "BR_CPF") if g.chance(0.7) else V("não possui"), t=(lphone(g, D), "PHONE_NUMBER") if g.chance(0.7) else V("não tem"))
    day = g.day()
    for i in range(g.ri(2, 4)):
        nur = g.person(g.chance(0.7))
        dt = day + datetime.timedelta(days=i)
        doc.f("«d» «h» — ", d=dbr(dt, "short"), h=g.hm())
        pieces = [f"SSVV: PA {g.ri(90, 150)}x{g.ri(60, 95)} mmHg, FC {g.ri(60, 120)}, T {num(g.rng.uniform(35.8, 39.5), 1)}. HD {c}. "]
        doc.t(pieces[0])
        k = g.pick(["acomp", "itp", "med", "rel"])
        if k == "acomp":
            doc.f("Acomp. «a» refere que pcte não aceita a comida da casa; «x»", a=P(g.pick([acomp.first, acomp.short])),
                  x=[V("contato da acomp.: "), (lphone(g, D, style=g.pick(["plain", "raw"])), "PHONE_NUMBER"), V(". ")] if g.chance(0.5) else "solicitado peixe/farinha à nutrição. ")
        elif k == "itp":
            doc.f("Orientações dadas com auxílio do AIS «a» (intérprete). Aceita medicação VO. ", a=P(ais.first))
        elif k == "med":
            med = g.person()
            doc.f("Avaliad«o» por «d» «m» («c»): mantém conduta, solicita RX de tórax. ", o=pat.o, d=dr(med), m=P(med.short), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
        else:
            rel = ind(g, D)
            doc.f("«r» ligou da cidade pedindo notícias («t»); informad«o» pelo plantão. ", r=P(g.pick([rel.first, rel.full])), t=(lphone(g, D), "PHONE_NUMBER"), o=rel.o)
        doc.t(g.pick(["Sem queixas. ", "Dormiu na rede. ", "Aceitou dieta parcialmente. ", "Deambulando. "]))
        doc.e(g.pick([nur.short, nur.first + " " + nur.last[0] + ".", nur.full]), "PERSON")
        doc.t(" ")
        doc.e(coren(g, uf), "PROFESSIONAL_ID")
        doc.t("\n")
    return doc


def sa_contra(g: Gen) -> Doc:
    """A hospital's discharge summary and counter-referral to the district (letter): the patient (birth date, CNS, CPF sometimes; a
    village, or a relative's town house with CEP where the patient will stay), the diagnoses with ICD codes, the procedures, the follow-up
    at the base post; the physician with CRM, the social worker with CRESS; the companion's phone; the hospital's AIH number (not
    labelled); the CASAI as a role mailbox."""
    doc = Doc()
    D = dsei(g)
    uf = D["uf"]
    pat, acomp = ind(g, D), ind(g, D)
    med, ass = g.person(), g.person(True if g.chance(0.8) else False)
    h = g.pick(HOSPITALS)
    c1, d1 = icd_for(g, pat)
    c2, d2 = g.pick([x for x in ICD if x[0] != c1])
    doc.f("«h» — SERVIÇO SOCIAL / CLÍNICA «c»\nRESUMO DE ALTA E CONTRARREFERÊNCIA — AIH «a»\n\nÀ equipe do Polo Base «p» (DSEI «d»), c/c casai@«dm»\n\n",
          h=h.upper(), c=g.pick(["MÉDICA", "PEDIÁTRICA", "CIRÚRGICA", "OBSTÉTRICA"]), a=aih(g), p=polo(g, D), d=D["name"], dm=slug(D["name"]) + ".dsei.saude.gov.br")
    doc.f("Paciente: «p», nascid«o» em «d», CNS «c»«x».\n", p=P(g.pick([pat.full, pat.caps])), o=pat.o, d=(g.dob(g.pick(["br", "long"]), 1945, 2025), "DATE_OF_BIRTH"),
          c=(g.cns(), "BR_CNS"), x=[V(", CPF "), (g.cpf(), "BR_CPF")] if g.chance(0.6) else "")
    adm = g.day()
    doc.f("Internad«o» de «a» a «b». Diagnósticos: «c1» ({0}); «c2» ({1}).\nProcedimentos: «pr».\n".format(d1, d2), o=pat.o, a=dbr(adm), b=dbr(adm + datetime.timedelta(days=g.ri(3, 40))), c1=c1, c2=c2,
          pr=g.pick(["antibioticoterapia EV 10 dias", "transfusão de concentrado de hemácias", "drenagem torácica", "cesariana", "osteossíntese"]))
    if g.chance(0.5):
        doc.f("Após a alta ficará na casa " + gw(acomp, "do parente", "da parente") + " «a» (telefone «t»), «e», «c»/«u», CEP «cep», até o retorno em «r».\n", a=P(acomp.full), e=(town_addr(g), "ADDRESS"), t=(lphone(g, D), "PHONE_NUMBER"),
              c=D["city"], u=uf, cep=(g.cep(), "BR_CEP"), r=g.date("br", 2026))
    else:
        doc.f("Retorna à «v» com " + gw(acomp, "o acompanhante", "a acompanhante") + " «a» (CPF «c», telefone «t»).\n", v=vil(g, D), a=P(acomp.full), t=(lphone(g, D), "PHONE_NUMBER"),
              c=(g.cpf(), "BR_CPF"))
    doc.t("Seguimento no polo: medicação supervisionada pelo AIS, peso semanal, retorno ambulatorial em 30 dias.\n")
    signed(g, doc, med, gw(med, "Médico assistente", "Médica assistente"), g.council("CRM", uf))
    signed(g, doc, ass, "Serviço Social", g.council("CRESS", uf))
    return doc


def sa_vacina(g: Gen) -> Doc:
    """The consolidated list of a village's vaccination in the indigenous vaccination month (Mês de Vacinação dos Povos Indígenas) as a
    psql, Markdown or +---+ table: name, birth date, CNS, CPF sometimes, vaccine by age, dose, batch (not labelled), the vaccinator as
    a code (V1, V2) or a first name; then the cold-chain log and the key of the codes with the vaccinators' names and COREN."""
    doc = Doc()
    D = dsei(g)
    uf = D["uf"]
    vac1, vac2 = g.person(g.chance(0.7)), g.person(g.chance(0.7))
    doc.f("MVPI «y» — «v» — Polo Base «p» — DSEI «d»\nREGISTRO CONSOLIDADO DE DOSES\n\n", y=g.ri(2025, 2026), v=vil(g, D), p=polo(g, D), d=D["name"])
    rows = []
    for i in range(g.ri(4, 6)):
        p = ind(g, D)
        child = g.chance(0.6)
        vac = g.pick(["Pentavalente", "VIP", "Tríplice viral", "Pneumo 10", "Meningo C", "Rotavírus", "Febre amarela", "HPV"] if child else
                     ["Influenza", "Covid-19 XBB", "dT", "Febre amarela", "Hepatite B"] + (["dTpa (gestante)"] if p.female else []))
        rows.append([P(g.pick([p.full, p.caps, p.short])), (kid_dob(g, "br", 2016, 2025) if child else g.dob("br", 1945, 2008), "DATE_OF_BIRTH"),
                     (g.cns(False), "BR_CNS") if g.chance(0.85) else V("—"), (g.cpf(), "BR_CPF") if g.chance(0.55) else V("—"),
                     V(vac),
                     V(g.pick(["D1", "D2", "D3", "REF", "DU"])), V(lote(g)), V(g.pick(["V1", "V2"])) if g.chance(0.8) else P(g.pick([vac1.first, vac2.first]))])
    table_ruled(doc, ["nome", "nascimento", "CNS", "CPF", "vacina", "dose", "lote", "vac."], rows, g.pick(["psql", "md", "plus", "plain"]))
    doc.f("\nCaixa térmica: «a»°C na saída, «b»°C no retorno (registrador «r»).\nVacinadores: V1 = «v1» («c1»)«v2»\n", a=g.ri(2, 5), b=g.ri(3, 8), r=clean(g, lambda: g.hexs(6, True)),
          v1=P(vac1.full), c1=(coren(g, uf, True), "PROFESSIONAL_ID"), v2=[V("; V2 = "), P(vac2.full), V(" ("), (coren(g, uf), "PROFESSIONAL_ID"), V(")")])
    return doc


# ------------------------------------------------------------------ financeiro

def fi_recibos(g: Gen) -> Doc:
    """Receipts in prose from the base post's petty expenses (boat trips, fuel bought from a riverside seller, a cook for the team):
    the payee with CPF, RG sometimes, paid by Pix (random, CPF, phone or e-mail key) or in cash; amounts in figures and words; the
    partner entity's CNPJ; signatures 'a rogo' with a witness's CPF, a thumbprint or the name; the post's administrative agent."""
    doc = Doc()
    D = dsei(g)
    ent = g.pick(CONVENIADAS)[0]
    cn = g.any_cnpj()
    adm = g.person()
    city = g.pick(D["towns"])
    yy, mm = g.pick([2025, 2025, 2026]), g.ri(1, 12)
    doc.f("RECIBOS — SUPRIMENTO DO POLO BASE «p» — «m»\n", p=fold(polo(g, D)).upper(), m=MONTHS[mm - 1].upper() + f"/{yy}")
    for i in range(g.ri(2, 3)):
        p = g.person(g.chance(0.3)) if g.chance(0.6) else ind(g, D)
        lit = g.ri(20, 120)
        what, v = g.pick([(f"frete de voadeira da {vil(g, D)} até o polo", g.ri(300, 1800)), (f"{lit} litros de gasolina", round(lit * g.rng.uniform(7.9, 12.5), 1)),
                          (f"{g.ri(3, 15)} diárias de cozinheira da equipe", g.ri(240, 1500)), ("conserto do motor de popa", g.ri(350, 2400)),
                          ("transporte de paciente até a pista de pouso", g.ri(150, 900)), ("farinha e peixe para a equipe", g.ri(120, 700))])
        v = float(v) + (0.5 if g.chance(0.2) and v == int(v) else 0)
        doc.f("\nRECIBO Nº «n»\nRecebi de «e», CNPJ «c», a importância de R$ «v» («x»), referente a «w».\n", n=f"{i + 1:02d}", e=ent, c=(cn, "BR_CNPJ"), v=brl(v), x=extenso(v), w=what)
        kind, key = ("aleatória", (g.uuid(), "PIX_KEY")) if g.chance(0.55) else pix_key(g, p)
        pay = g.pick(["pix", "pix", "dinheiro"])
        doc.f("Nome: «n» — CPF «c»«r»«a»\n", n=P(g.pick([p.full, p.caps])), c=(g.cpf(), "BR_CPF"), r=[V(" — RG "), (g.rg(), "BR_RG")] if g.chance(0.3) else "",
              a=[V("\nEndereço: "), (home(g, "text", 0.6), "ADDRESS"), V(f", {city}/{D['uf']}, CEP "), (g.cep(), "BR_CEP"), V(" — fone "), (lphone(g, D), "PHONE_NUMBER")] if g.chance(0.45) else "")
        if pay == "pix":
            doc.f("Pagamento: Pix, chave «k» «v»\n", k=kind, v=key)
        else:
            doc.t("Pagamento: em espécie\n")
        s = g.pick(["name", "rogo", "digital"])
        if s == "name":
            doc.f("Assinatura: «n»\n", n=P(p.full))
        elif s == "rogo":
            w = g.person()
            doc.f("Assinatura: a rogo, por «w», CPF «c» (o recebedor não sabe assinar)\n", w=P(w.full), c=(g.cpf(), "BR_CPF"))
        else:
            doc.t("Assinatura: [impressão digital]\n")
        doc.f("«c», «d».\n", c=city, d=fmt_date(g.ri(1, 28), mm, yy, "br"))
    doc.f("\nConferido: «a» — agente administrativ«o» do polo\n", a=P(g.pick([adm.full, adm.short])), o=adm.o)
    return doc


def fi_diarias(g: Gen) -> Doc:
    """A per-diem and ticket request (SCDP-like) for a team's entry into the area: the servant (name, CPF, SIAPE number not labelled,
    post, e-mail, phone, bank, agency and account), the itinerary table (date, stretch by plane, boat or road, per diems, amount), the
    approver by name; the system's log lines with the logins and IPs."""
    doc = Doc()
    D = dsei(g)
    srv, apr = g.person(g.chance(0.6)), g.person()
    bcode, bname = rbank(g)
    pcdp = clean(g, lambda: f"{g.d(6)}/{g.ri(25, 26)}")
    doc.f("SCDP — Proposta de Concessão de Diárias e Passagens nº «n» — DSEI «d»\n\n", n=pcdp, d=D["name"])
    f = [("Proposto", P(g.pick([srv.full, srv.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("Matrícula SIAPE", V(clean(g, lambda: g.d(7)))),
         ("Cargo/função", V(g.pick(["Enfermeiro(a) — EMSI", "Médico(a) — EMSI", "Cirurgião(ã)-dentista — EMSI", "Técnico(a) de enfermagem", "Nutricionista"]))),
         ("RG", (g.rg(), "BR_RG")), ("E-mail", (corp_mail(srv, "saude.gov.br", g), "EMAIL_ADDRESS")), ("E-mail pessoal", (g.email(srv), "EMAIL_ADDRESS")),
         ("Telefone", (lphone(g, D), "PHONE_NUMBER")), ("Contato de emergência", V("(ver abaixo)")),
         ("Endereço residencial", (town_addr(g), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
         ("Banco", V(f"{bcode} — {bname}")), ("Agência", (g.agency(), "BANK_ACCOUNT")), ("Conta", (g.account(), "BANK_ACCOUNT"))]
    kv_block(doc, f, g.pick(["plain", "box", "dots"]))
    emg = g.person()
    doc.f("\nContato de emergência: «n» («k»), «t»\n", n=P(g.pick([emg.full, emg.short])), t=(g.phone(), "PHONE_NUMBER"),
          k=g.pick(["cônjuge", "mãe", "irmã", "filha"] if emg.female else ["cônjuge", "pai", "irmão", "filho"]))
    po, vv = polo(g, D), g.sample(D["vil"], 2)
    legs = [f"{D['city']} → Polo {po} (aéreo, {aircraft_reg(g)})", f"Polo {po} → {vv[0]} (voadeira)", f"{vv[0]} → {vv[1]} (voadeira)",
            f"{vv[1]} → Polo {po} (voadeira)", f"Polo {po} → {D['city']} (aéreo)"]
    if g.chance(0.4):
        legs = [legs[0], legs[1], legs[3].replace(vv[1], vv[0]), legs[4]]
    doc.f("\nMotivo: entrada em área — atendimento nas aldeias do Polo Base «p» («r»).\n\n", p=po, r=D["rio"])
    rows = []
    dd = d0 = g.day()
    for leg in legs:
        n = g.pick([0.5, 1, 2, 3, 5])
        rows.append([V(dbr(dd)), V(leg), V(num(n, 1)), V("R$ " + brl(n * g.pick([177, 224.2, 250, 335])))])
        dd = dd + datetime.timedelta(days=g.ri(1, 7))
    table_ruled(doc, ["data", "trecho", "diárias", "valor"], rows, g.pick(["plus", "plain", "pipe"]))
    doc.f("\nAutorizado por: «a» — ordenador(a) de despesas\n\n-- log --\n", a=P(g.pick([apr.full, apr.short])))
    t = datetime.datetime.combine(d0 - datetime.timedelta(days=g.ri(8, 20)), datetime.time(g.ri(7, 17), g.ri(0, 59), g.ri(0, 59)))
    for who, ev in [(srv, "cadastrou a proposta"), (apr, "aprovou"), (apr, "autorizou o pagamento")]:
        t += datetime.timedelta(minutes=g.ri(10, 3000))
        doc.f("«t» «l» «e» ip=«ip»\n", t=ts(t, "sql"), l=login(who, g), e=ev, ip=(g.ip(), "IP_ADDRESS") if g.chance(0.7) else g.ip_priv())
    return doc


def fi_combustivel(g: Gen) -> Doc:
    """The fleet's fuel control for a month as a CSV export (date, vehicle or boat, plate or the boat's registration (not labelled),
    driver or boatman, CNH or CPF, odometer or engine hours, litres, fuel station with CNPJ, amount, receipt number), then the fleet
    manager's note with name and corporate e-mail, and a pickup's fine with the driver's name."""
    doc = Doc()
    D = dsei(g)
    fm = g.person()
    sep = g.pick([";", ","])
    postos = [(n, g.any_cnpj()) for n, _ in g.sample(POSTOS, 2)]
    yy, mm = g.pick([2025, 2025, 2026]), g.ri(1, 12)
    doc.f("# frota DSEI «d» — abastecimentos «m»\n", d=D["name"], m=f"{mm:02d}/{yy}")
    doc.t(sep.join(["data", "veiculo", "placa_inscricao", "condutor", "doc_condutor", "km_horimetro", "litros", "posto", "cnpj_posto", "valor", "cupom"]) + "\n")
    drivers = []
    for i in range(g.ri(6, 9)):
        boat = g.chance(0.4)
        dv = g.person(g.chance(0.1)) if g.chance(0.7) else ind(g, D, False)
        drivers.append(dv)
        pn, pc = g.pick(postos)
        lit = g.ri(20, 400)
        row = [V(fmt_date(g.ri(1, 28), mm, yy, "br")), V(g.pick(BOATS) if boat else g.pick(VEHICLES)), V(boat_reg(g)) if boat else (g.plate(), "LICENSE_PLATE"),
               P(g.pick([dv.full, dv.short, dv.caps])), (g.cnh(), "BR_CNH") if (not boat and g.chance(0.6)) else (g.cpf(), "BR_CPF"),
               V(f"{g.ri(100, 9000)}h" if boat else str(g.ri(12000, 240000))), V(str(lit)), V(pn), (pc, "BR_CNPJ"), V(brl(lit * g.rng.uniform(6.2, 9.8))),
               V(clean(g, lambda: g.d(6)))]
        for j, (v, lab) in enumerate(row):
            if j:
                doc.t(sep)
            q = sep in v
            doc.t('"' if q else "")
            doc.e(v, lab)
            doc.t('"' if q else "")
        doc.t("\n")
    dv = g.pick(drivers)
    doc.f("\nObs.: multa de trânsito da «v» placa «p» («i», {0}) — condutor(a) «c» indicado(a) ao DETRAN. Responsável pela frota: «f», «e».\n".format(g.date("br")),
          v=g.pick(VEHICLES[:5]), p=(g.plate(), "LICENSE_PLATE"), i=g.pick(["excesso de velocidade", "estacionamento irregular", "sem cinto"]), c=P(dv.short),
          f=P(g.pick([fm.full, fm.short])), e=(corp_mail(fm, "saude.gov.br", g), "EMAIL_ADDRESS"))
    return doc


def fi_taxi(g: Gen) -> Doc:
    """An air taxi's monthly invoice for removals (NFS-e header with the company's CNPJ, numeric or alphanumeric, and the district's
    CNPJ) and its flight log table (date, aircraft registration, stretch, hours, patient, CNS, companion with CPF, the pilot's ANAC
    code); the commander named sometimes; the contract's inspector (fiscal do contrato) with corporate e-mail and a glosa on a flight;
    hour prices, ANAC codes, registrations and the NFS-e verification code not labelled."""
    doc = Doc()
    D = dsei(g)
    tx, tdom = g.pick(TAXIS)
    fis = g.person()
    doc.f("NFS-e nº «n» — código de verificação «c»\nPRESTADOR: «t» — CNPJ «tc»\nTOMADOR: Ministério da Saúde — DSEI «d» — CNPJ «dc»\n", n=clean(g, lambda: g.d(6)),
          c=clean(g, lambda: g.hexs(8, True)), t=tx, tc=(g.any_cnpj(), "BR_CNPJ"), d=D["name"], dc=(g.cnpj(), "BR_CNPJ"))
    yy, mm = g.pick([2025, 2025, 2026]), g.ri(1, 12)
    doc.f("Serviço: horas de voo para remoção de pacientes e transporte de equipes — contrato «k» — competência «m»\n\n", k=clean(g, lambda: f"{g.d(2)}/{g.ri(2023, 2025)}"),
          m=f"{mm:02d}/{yy}")
    rows = []
    pilots = [g.person(False) for _ in range(2)]
    anacs = [anac(g) for _ in pilots]
    for i in range(g.ri(3, 5)):
        p, a = ind(g, D), ind(g, D)
        has = g.chance(0.6)
        rows.append([V(fmt_date(g.ri(1, 28), mm, yy, "short")), V(aircraft_reg(g)), V(f"{D['city'][:3].upper()}–{fold(polo(g, D))[:10]}"), V(num(g.rng.uniform(0.8, 4.5), 1)),
                     P(g.pick([p.full, p.short])), (g.cns(False), "BR_CNS") if g.chance(0.8) else V("—"), P(g.pick([a.short, a.first])) if has and g.chance(0.75) else V("sem acomp." if not has else "(acomp.)"),
                     (g.cpf(), "BR_CPF") if has and g.chance(0.85) else V("—"), V(g.pick(anacs))])
    table_ruled(doc, ["data", "aeronave", "trecho", "h", "paciente", "CNS", "acompanhante", "CPF acomp.", "piloto (ANAC)"], rows, g.pick(["plus", "plain", "psql", "md"]))
    if g.chance(0.3):
        doc.f("\nComandante responsável no período: «p» (ANAC «a»).", p=P(pilots[0].full), a=anacs[0])
    tot = g.ri(40000, 380000)
    doc.f("\nTotal: «v» (hora de voo «h»). ISS retido: «i».\n", v=money(g, tot, tot), h=money(g, 2900, 6800), i=money(g, 800, 9000))
    doc.f("Ateste: «f», fiscal do contrato, «e» — glosa de «g» no voo de «d» (decolagem sem a equipe de enfermagem).\n", f=P(g.pick([fis.full, fis.short])),
          e=(corp_mail(fis, "saude.gov.br", g), "EMAIL_ADDRESS"), g=money(g, 2000, 9000), d=fmt_date(g.ri(1, 28), mm, yy, "br"))
    return doc


def fi_folha(g: Gen) -> Doc:
    """The partner entity's payroll for the indigenous health and sanitation agents of a base post, as a fixed-width report (registration
    number not labelled, name cut at the width, CPF, PIS, role, bank, agency, account, net pay) or a ruled table; the HR analyst who
    closed it with corporate e-mail; the entity's CNPJ."""
    doc = Doc()
    D = dsei(g)
    ent, edom = g.pick(CONVENIADAS)
    an = g.person()
    doc.f("«e» — CNPJ «c»\nFOLHA DE PAGAMENTO — «m» — POLO BASE «p» (DSEI «d»)\n\n", e=ent.upper(), c=(g.any_cnpj(), "BR_CNPJ"), m=g.pick(MONTHS).upper() + f"/{g.ri(2025, 2026)}",
          p=fold(polo(g, D)).upper(), d=D["name"])
    rows = []
    for i in range(g.ri(7, 9)):
        p = ind(g, D) if g.chance(0.8) else g.person()
        bcode, bname = rbank(g)
        rows.append([V(clean(g, lambda: g.d(5))), P(g.pick([p.capsf, p.full, p.inverted])), (g.cpf(), "BR_CPF"), (g.pis("raw"), "BR_PIS") if g.chance(0.8) else V(""),
                     V(g.pick(["AIS", "AIS", "AISAN", "TEC ENF", "PILOTEIRO", "MICROSC"])), V(bcode), (g.agency(False), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT"),
                     V(brl(g.ri(1500, 4200) + g.ri(0, 99) / 100))])
    cols = ["matr", "nome", "cpf", "pis", "funcao", "bco", "ag", "conta", "liquido"]
    if g.chance(0.6):
        table_fixed(doc, cols, [5, 22, 14, 11, 9, 3, 4, 11, 9], rows)
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "psql", "plain"]))
    doc.f("\nFechamento: «a» — «e». Dúvidas: dp@«d»\n", a=P(g.pick([an.full, an.short])), e=(corp_mail(an, edom, g), "EMAIL_ADDRESS"), d=edom)
    return doc


def fi_cadunico(g: Gen) -> Doc:
    """The Cadastro Único's summary sheet of an indigenous family interviewed at the CRAS or by the mobile team in the village (the
    social services' side of the register): the responsible person (name, NIS, CPF, título, RG sometimes, birth date), the family
    block (indigenous family: people, land, village), the members table (name, relation, birth date, NIS or CPF), the income and the
    Bolsa Família benefit; the interviewer with CPF; the family code (not labelled)."""
    doc = Doc()
    D = dsei(g)
    rf = ind(g, D, g.chance(0.7))
    ent = g.person()
    city = g.pick(D["towns"])
    doc.f("CADASTRO ÚNICO — FOLHA RESUMO — Código familiar «c»\nCRAS «cr» — «ci»/«u»\n\n", c=clean(g, lambda: f"{g.d(8)}-{g.d(2)}"),
          cr=g.pick(["Aurora", "Vitória Régia", "Bento Amado", "Rosa dos Ventos", "Cidade Nova", "Beira Rio"]), ci=city, u=D["uf"])
    f = [("Responsável familiar", P(g.pick([rf.full, rf.caps]))), ("NIS", (nis(g), "BR_PIS")), ("CPF", (g.cpf(), "BR_CPF")),
         ("Data de nascimento", (g.dob("br", 1960, 2004), "DATE_OF_BIRTH"))]
    if g.chance(0.7):
        f.append(("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")))
    if g.chance(0.55):
        f.append(("RG", (g.rg(), "BR_RG")))
    f += [("Família indígena", V(f"sim — povo {etnia(g, rf, D)}")), ("Reside em terra indígena", V(f"sim — {D['ti']}")), ("Endereço", V(vil(g, D) + " (zona rural)")), ("CEP", (g.cep(), "BR_CEP"))]
    if g.chance(0.7):
        f.append(("Telefone de contato", (lphone(g, D), "PHONE_NUMBER")))
    kv_block(doc, f, g.pick(["plain", "box", "dots", "caps"]))
    doc.t("\nCOMPOSIÇÃO FAMILIAR\n")
    rows = []
    for i in range(g.ri(2, 4)):
        m = ind_kid(g, rf, D) if i else ind(g, D, not rf.female)
        rel = "cônjuge" if i == 0 else g.pick(["filho(a)", "filho(a)", "neto(a)", "enteado(a)"])
        rows.append([P(m.full), V(rel), (g.dob("br", 1965, 2004) if i == 0 else kid_dob(g, "br", 2008, 2025), "DATE_OF_BIRTH"),
                     (nis(g), "BR_PIS") if g.chance(0.75) else V("—"), (g.cpf(), "BR_CPF") if g.chance(0.7) else V("—")])
    table_ruled(doc, ["nome", "parentesco", "nascimento", "NIS", "CPF"], rows, g.pick(["plus", "plain", "md"]))
    doc.f("\nRenda per capita declarada: «r». Benefício: Bolsa Família «b» (+ BPI «c» por criança de 0 a 6 anos).\nEntrevistador(a): «e», CPF «ec» — «d»\n",
          r=money(g, 40, 218), b=money(g, 600, 1400), c=money(g, 150, 150), e=P(g.pick([ent.full, ent.short])), ec=(g.cpf(), "BR_CPF"), d=g.date("br"))
    return doc


def fi_ressarcimento(g: Gen) -> Doc:
    """A reimbursement request by a team member who paid the team's expenses in the area with a personal card (pharmacy, groceries, a
    boat part): the expenses table (shop, its CNPJ, amount, how paid: the card typed in full by the requester sometimes, or masked); the
    requester with CPF and a Pix key (random, CPF, phone or e-mail) or agency and account; the coordinator's approval; the finance
    reply by e-mail; the government card (CPGF) of the post shown masked (not labelled)."""
    doc = Doc()
    D = dsei(g)
    req, coord, fin = g.person(g.chance(0.6)), g.person(), g.person()
    edom = g.pick(CONVENIADAS)[1]
    d0 = g.day()
    doc.f("SOLICITAÇÃO DE RESSARCIMENTO DE DESPESAS — Polo Base «p» — entrada de «d» a «e»\n\n", p=polo(g, D), d=dbr(d0), e=dbr(d0 + datetime.timedelta(days=g.ri(10, 30))))
    kv_block(doc, [("Solicitante", P(req.full)), ("CPF", (g.cpf(), "BR_CPF")), ("Função", V(g.pick(["enfermeira", "enfermeiro", "técnico de enfermagem", "odontóloga", "AISAN"]))), ("Celular", (lphone(g, D), "PHONE_NUMBER")),
                   ("E-mail", (corp_mail(req, edom, g) if g.chance(0.5) else g.email(req), "EMAIL_ADDRESS"))], g.pick(["plain", "dots"]))
    rows = []
    card = g.card(g.chance(0.5))
    hows = [g.pick(["full", "full", "mask", "cash"]) for _ in range(g.ri(2, 4))]
    for how in hows:
        rows.append([V(dbr(d0 + datetime.timedelta(days=g.ri(0, 10)))), V(g.pick(["Farmácia Vitória Régia", "Mercantil Bento Amado", "Casa do Motor Leão", "Supermercado Aurora do Norte", "Drogaria Flor do Rio"])),
                     (g.any_cnpj(), "BR_CNPJ"), V(money(g, 40, 1800)),
                     (card, "CREDIT_CARD") if how == "full" else V(g.masked_card() if how == "mask" else "dinheiro")])
    table_ruled(doc, ["data", "estabelecimento", "CNPJ", "valor", "pagamento"], rows, g.pick(["plus", "plain", "md"]))
    if g.chance(0.6):
        kind, key = ("aleatória", (g.uuid(), "PIX_KEY")) if g.chance(0.4) else pix_key(g, req)
        doc.f("\nCrédito por Pix, chave «k»: «v»\n", k=kind, v=key)
    else:
        bcode, bname = rbank(g)
        doc.f("\nCrédito em conta: «b», ag. «a», c/c «c»\n", b=bname, a=(g.agency(), "BANK_ACCOUNT"), c=(g.account(), "BANK_ACCOUNT"))
    doc.f("Justificativa: o cartão corporativo do polo (CPGF «m») estava bloqueado na entrada.\nDe acordo: «c» — coordenação do polo\n\n", m=g.pick(["final " + g.d(4), "**** **** **** " + g.d(4)]),
          c=P(g.pick([coord.full, coord.short])))
    doc.f("-----\nDe: «f» <«fm»>\nPara: «r»\nAssunto: RE: ressarcimento\n\n«n», aprovado. Crédito em até 10 dias.«x»\n", x=" Por favor não mande mais o número completo do cartão por e-mail." if "full" in hows else " Guarde as notas originais.",
          f=P(fin.full), fm=(corp_mail(fin, edom, g), "EMAIL_ADDRESS"), r=P(req.short), n=P(req.first))
    return doc


AT = [at_grupo, at_radio, at_casai, at_ouvidoria, at_plantao, at_agenda, at_carta]
JU = [ju_mpf, ju_inss, ju_trabalhista, ju_bo, ju_barco, ju_recusa, ju_clsi]
SA = [sa_sivep, sa_laminas, sa_sisvan, sa_remocao, sa_evolucao, sa_contra, sa_vacina]
FI = [fi_recibos, fi_diarias, fi_combustivel, fi_taxi, fi_folha, fi_cadunico, fi_ressarcimento]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}
CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN11 = re.compile(r"(?<![\d.\-/])(\d[\d.\-]{9,14}\d)(?![\d]|[.\-/]\d)")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")
PLATE_RE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2})(?![A-Za-z0-9])")
ROLE_RE = re.compile(r"(%s)@" % "|".join(ROLE_BOXES), re.I)
SPOKEN = {w: str(i) for i, w in enumerate(NUM_WORDS)}
SPOKEN["meia"] = "6"


def bad_run(s: str) -> bool:
    """True when a CPF-, PIS-, CNH-, título-, CNS- or card-shaped run in s passes its check (used to draw hard negatives)."""
    for m in CPF_LIKE.finditer(s):
        if cpf_ok(re.sub(r"\D", "", m.group(1))):
            return True
    for m in RUN11.finditer(s):
        raw = re.sub(r"\D", "", m.group(1))
        if len(raw) == 11 and (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10] or cnh_dv(raw[:9]) == raw[9:]):
            return True
    for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", s):
        v = m.group(0)
        if 1 <= int(v[8:10]) <= 28 and titulo_dv(v[:8], v[8:10]) == v[10:]:
            return True
    if any(cns_ok(m.group(0)) for m in RUN15.finditer(s)):
        return True
    if PLATE_RE.search(s):
        return True
    return any(luhn_ok(re.sub(r"\D", "", m.group(0))) for m in RUN16.finditer(s))


def is_public(addr: str) -> bool:
    """Globally routable (not private RFC 1918, CGNAT, loopback, link-local, ULA...)."""
    try:
        return ipaddress.ip_address(addr).is_global
    except ValueError:
        return False


def digits_of(v: str) -> str:
    return re.sub(r"\D", "", re.sub(r"[a-z]+", lambda m: SPOKEN.get(m.group(0), m.group(0)), v))


def check(record: dict) -> None:
    text, last = record["text"], 0
    rid = record["id"]
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (rid, s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (rid, s, v)
        last = s["end"]
        lab = s["label"]
        digits = digits_of(v)
        if lab == "BR_CPF":
            assert cpf_ok(digits), (rid, v)
        elif lab == "CREDIT_CARD":
            assert len(digits) in (15, 16) and luhn_ok(digits), (rid, v)
        elif lab == "BR_CNS":
            assert cns_ok(digits), (rid, v)
        elif lab == "BR_CNPJ":
            raw = re.sub(r"[^0-9A-Z]", "", v)
            assert len(raw) == 14 and cnpj_dv(raw[:12]) == raw[12:], (rid, v)
        elif lab == "BR_PIS":
            assert len(digits) == 11 and pis_dv(digits[:10]) == digits[10], (rid, v)
        elif lab == "BR_CNH":
            assert len(digits) == 11 and cnh_dv(digits[:9]) == digits[9:], (rid, v)
        elif lab == "BR_TITULO_ELEITOR":
            assert len(digits) == 12 and titulo_dv(digits[:8], digits[8:10]) == digits[10:], (rid, v)
        elif lab == "BR_RG":
            raw = re.sub(r"[^0-9X]", "", re.sub(r"[a-z]+", lambda m: SPOKEN.get(m.group(0), m.group(0)), v))
            assert len(raw) == 9 and rg_sp_dv(raw[:8]) == raw[8], (rid, v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(digits) == 8, (rid, v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(digits) <= 13, (rid, v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|defensora?|estagi[aá]ri[oa]|vulgo)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_|:()]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_RE.match(v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert PLATE_RE.fullmatch(v.upper()), (rid, v)  # a plate typed in lower case by a citizen is a plate
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v) or re.search(r"mil novecentos|dois mil", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v) or re.match(r"(?i)(%s|r|av|tv|al|estr|est)\.? " % "|".join(fold(t) for t in STREET_TYPES), fold(v)), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRP|CRESS|CRF|CRBM|CRBio|CRQ|CREA|CRMV|CRC|CRO|CRN|CREFITO)(?![A-Za-z])", v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    for m in CPF_LIKE.finditer(text):
        if free(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, m.group(1))
    for m in re.finditer(r"(?<![\w:])2[0-9a-f]{3}:[0-9a-f:]+(/\d+)?", text):
        if free(m):
            assert m.group(1), (rid, m.group(0))
    for m in IPV4.finditer(text):
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, m.group(0))
    for m in RUN11.finditer(text):
        raw = re.sub(r"\D", "", m.group(1))
        if free(m) and len(raw) == 11:
            assert pis_dv(raw[:10]) != raw[10] and cnh_dv(raw[:9]) != raw[9:], (rid, m.group(1))
    for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", text):
        v = m.group(0)
        if free(m) and 1 <= int(v[8:10]) <= 28:
            assert titulo_dv(v[:8], v[8:10]) != v[10:], (rid, v)
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, m.group(0))
    for m in PLATE_RE.finditer(text):
        assert not free(m), (rid, m.group(0))
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if free(m):
            assert ROLE_RE.match(m.group(0)), (rid, m.group(0))


def build() -> list[dict]:
    g = Gen(SEED)
    records = []
    for domain, funcs in TEMPLATES.items():
        assert len(funcs) == 7, domain
        for index, func in enumerate(funcs):
            for copy in range(10):
                doc = func(g)
                spans = sorted(doc.spans, key=lambda s: s["start"])
                record = {"id": f"{domain}-{index}-{copy}", "domain": domain, "text": doc.text, "spans": spans}
                check(record)
                records.append(record)
    return records


def rare_share(records: list[dict]) -> float:
    """Share of PERSON name words (particles left out) that are rare or invented; a word of a common name never counts."""
    total = rare = 0
    common = {fold(w).lower() for name in COMMON_F + COMMON_M + PT_SUR + WORD_F + WORD_M + WORD_SUR + SUFFIXES
              for w in re.findall(r"[\w'-]+", name)}
    folded = {fold(w).lower() for name in RARE for w in re.findall(r"[\w'-]+", name)} - common
    for r in records:
        for s in r["spans"]:
            if s["label"] != "PERSON":
                continue
            for w in re.findall(r"[\w'-]+", r["text"][s["start"]:s["end"]]):
                if w.lower() in PARTICLES:
                    continue
                total += 1
                rare += fold(w).lower() in folded
    return rare / max(total, 1)


def main() -> None:
    records = build()
    with (HERE / OUT_NAME).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    n = sum(counts.values())
    print("hundredfortysixth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
