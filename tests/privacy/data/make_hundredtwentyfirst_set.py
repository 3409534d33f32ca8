"""Build the hundred-and-twenty-first labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundredtwentyfirst_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 12121, 280 records: 4 domains x 7 templates x 10 copies.

Register: MUSEUMS, CULTURAL CENTRES, ARCHIVES AND LIBRARIES -- visitor desks and group bookings,
school-visit rosters, reader records and loans of library books, loans of works of art between a
private collector and a museum, image-use and reproduction licences, donations of personal
archives, reading-room registrations of researchers, guides' and volunteers' rosters, insurance of
works in transit, incentive-law projects (Lei Rouanet, ProAC, LIC/RS, Lei Paulo Gustavo, PNAB),
friends-of-the-museum donors, the staff's payroll and freelancers' RPAs, labour claims of
outsourced guards, cleaners and educators, thefts from special collections, and the health side
(conservators' and archivists' occupational health -- solvents, mould, old pesticides --, a
first-aid post during a blockbuster exhibition, a visitor's fall, an installer's accident).
Every institution, firm, platform, insurer, carrier, sponsor, clinic, school, exhibition, work,
book, fonds, bot and person is invented (Museu de Arte Rosa Branca, Museu Histórico Bento Prudente,
Pinacoteca Aurora do Vale, Museu da Imagem e do Som Celeste, Memorial da Luz Operária, Museu Casa
Zulmira Cotrim, Museu do Café Esperança, Museu Ferroviário Leão do Norte; Centro Cultural Amado
Lins, Casa de Cultura Flor do Ipê, Centro Cultural Estação Serena, Espaço Cultural Vitória Régia;
Arquivo Público Municipal de Nova Aurora, Arquivo Histórico Padre Anacleto Landim, Centro de
Documentação e Memória Prudente, Arquivo Histórico Justo Alencastro; Biblioteca Pública Estadual
Benigno Sarapião, Biblioteca Comunitária Luz do Saber, Biblioteca Municipal Celeste Amado,
Gibiteca Estrela Guia; the booking platforms VisitaJá, Agenda Museu, Ingresso Cultural; the
library systems BiblioLume, Estante Viva, Acervo Fácil; Celeste Seguros, Guardiã Seguradora de
Arte, Aurora Resseguros; Translado Fino Transportes de Arte, Bento Art Logistics, Caixa Forte
Transportes Especiais; Editora Pena de Garça, Editora Papel Amado, Janela Serena Filmes; sponsors
Mineração Vale Sereno, Banco Aurora de Investimentos, Cervejaria Leão Dourado...; outsourced firms
Vigilância Leão de Guarda, Limpa Bem, Serena Facilities, Educa Arte; clinics Clínica Ocupacional
Guardiã, MedTrab Acervo, Clínica Respira Aurora, Alergoclínica Flor de Lis...; schools Escola
Estadual Professora Zulmira Cotrim, E.M.E.F. Vereador Lindolfo Aroeira, Colégio Estadual Dom Pedro
II...; the works "Aurora sobre o Cais", "Leão Adormecido", "Vitória da Colheita", "Moça com Flor
Amarela"...; the books "O Cais da Aurora", "Poemas para Celeste", "Bento, o Menino do Trem"...; the
fonds "Fundo Hospedaria de Imigrantes", "Coleção Solar Sarapião"...; the bots Musa, Clio, Tito,
Ágata, Lume).
Layouts: WhatsApp exports (Android and iOS stamps in two date styles; senders by number, by name
or "Você"; the institution as a party; lower-case staff chats), a site chat transcript, an e-mail
with a roster pasted as CSV or tab-separated text (first_name/last_name split sometimes), forms
("Campo: valor", dotted leaders, ruled boxes, CAPS labels), +---+ / psql / pipe / Markdown /
blank-aligned tables, a reading-room logbook in capitals (OCR'd sometimes), JSON lines (an image
bank's sales log), a CSV export of donors, e-mails with quoted replies and X-Originating-IP, an SMS
and its reply, a speech-to-text call (lower case; CPF, RG, phone, birth date, address and CEP
spoken in groups or in words, "meia" for six) with the typed request, legal pieces, an ALL CAPS
police report and an ALL CAPS CAT, OCR'd in some copies (I/l, O/0, S/5, B/8, m/rn...), a
first-aid logbook sometimes in capitals, a fixed-width batch of RPAs, e-signature logs.
- atendimento: (0) a group booking at a museum's or cultural centre's visitor desk (WhatsApp or
  site chat: the bot, the attendant, the organiser's name, CPF -- mistyped once sometimes --, mobile
  and e-mail; seniors' names with birth dates for free entry; a wheelchair user and the companion's
  CPF; the bus plate and driver, with his phone sometimes; the mediator who receives the group; the
  museum's random Pix key for the fee); (1) a school's visit roster e-mailed to the educational
  team (the teacher's CPF and mobile, a second teacher; pupils with birth dates, RG sometimes,
  guardians and their phones; the bus plate, the driver and his CNH; an allergy note; the museum
  educator's answer); (2) a library's reader record (minors with a guardian's CPF and phone), the
  loan history from the library system (call numbers and barcodes unlabelled), an on-line renewal
  with its IP, the overdue notice signed by the librarian with CRB; (3) a speech-to-text call to an
  archive's reference desk for an immigrant ancestor's entry record (the ancestor and his wife by
  name, the caller's CPF, RG, birth date and phone spoken, an address and CEP for the post) and
  the typed request (the archive's random Pix key); (4) a reading-room researcher registration (the
  form's IP, CPF, RG, birth date, e-mail, mobile, address, CEP, the advisor and her institutional
  e-mail; ORCID and Lattes ids unlabelled) and the room's logbook (names in capitals or "SURNAME,
  GIVEN", RG or CPF); (5) the guides' and volunteers' WhatsApp group (shift swaps, a new volunteer's
  CPF, RG, birth date, título sometimes and e-mail for the volunteering term, parking plates, the
  coffee fund's random Pix key, a new number, a guard who found a phone); (6) a visitor's complaint
  (a bag damaged in the cloakroom, a guard's manner, a double charge with the card number, a
  cancelled workshop, a car hit by the parking gate with the plate and CNH) quoted with
  X-Originating-IP under the ombudsman's answer (CPF, phone, a refund account, Pix key or postal
  address and CEP).
- juridico: (0) a loan agreement (comodato) of works: the collector qualified, the museum's CNPJ and
  director, the works' (invented) authors, insurance nail to nail, the carrier's truck plate and
  driver (CNH sometimes), the courier museologist with COREM, the conservator, witnesses, an
  e-signature log; (1) an image-use licence: the artist's estate and the executor qualified (the
  inventory's CNJ number), the licensee's CNPJ and representative, the museum as intervening party,
  the photographer's CPF, the COREM of the museologist, the fee to the executor's agency and
  account; (2) a labour claim of an outsourced guard, cleaner, receptionist or educator (PIS,
  título often, birth date, CTPS unlabelled, both CNPJs, the supervisor with a nickname sometimes
  and his WhatsApp, wages by Pix to the CPF or an account, witnesses, the lawyer's OAB); (3) a
  police report of rare items stolen from special collections (the librarian's CRB, the suspect
  researcher qualified with e-mail and CNH sometimes, his car's plate, the guard, his nickname and
  phone on an auction site, the PM soldier, the delegado, the clerk; tombo numbers unlabelled);
  (4) the donation deed of a personal archive (the widow and children qualified, título
  sometimes, the deceased with his or her birth date, correspondents named, a sealed
  correspondence, the director, the notary's clerk, witnesses); (5) an administrative appeal in an
  incentive-law project (SEI and PRONAC/ProAC numbers unlabelled, the proponent's CNPJ, the legal
  representative's CPF and e-mail, the analyst, the linked accounts, payees with CNPJ or CPF, the
  lawyer, the accountant's CRC); (6) hearing minutes (labour court or small claims against a
  carrier or the institution: judge or conciliator, parties with CPF, PIS and título sometimes,
  lawyers, the preposto, a witness, the settlement to an account or a random Pix key).
- saude: (0) an ASO of a conservator-restorer, collections technician, taxidermist or bookbinder
  (both CNPJs, CPF, RG, birth date, NIT, the examiner's and the PCMSO coordinator's CRM; the lab
  team's list with CPF sometimes); (1) a first-aid logbook during a blockbuster exhibition (the
  nursing technician's COREN, children with ages and a parent's phone, elders with birth date, CPF
  and phone, a pupil and the teacher, a guard, a removal by ambulance with plate, birth date, RG
  and CPF, the civil firefighter); (2) a visitor accident report (birth date, CPF, RG, CNS
  sometimes, phone, e-mail, address, CEP, the brigade member, the companion's phone, a witness,
  the hospital doctor's CRM, the safety technician's e-mail); (3) a pulmonology/allergy record of
  an archive or library worker (birth date, CNS, CPF, RG, phone, e-mail, address, CEP; the
  physician's and the occupational physician's CRM; the SESMT nurse's e-mail); (4) the staff's
  sick-note WhatsApp (doctors by name or not, CRM typed in any case, a relative writing from her
  own number, the colleague covering, CPF and CNS for the health plan, the NIT for the INSS);
  (5) an occupational vaccination list (CPF, CNS, birth date, vaccine, lot unlabelled; the
  vaccinator's COREN; the coordinator); (6) a CAT of an exhibition installer (employer's CNPJ, the
  worker and the mother, birth date, NIT, RG, CPF, CNS sometimes, address, CEP, phone; witnesses;
  the physician's CRM; the HR's e-mail).
- financeiro: (0) the foundation's payroll (CPF, PIS, agency and account or a Pix key of any kind;
  the HR person or login; the accountant's CRC); (1) an incentive-law execution report (the
  proponent's CNPJ, the representative's CPF, e-mail and phone, the linked agency and accounts,
  sponsors' CNPJ, an individual donor's CPF, payees with CNPJ or CPF, the accountant's CRC);
  (2) the friends' association's donor export (CPF, e-mail, mobile, birth date, masked cards and a
  few full ones from the old gateway; the fundraiser's note; a donation receipt); (3) an insurance
  claim for a work damaged in transit (e-mail thread with X-Originating-IP: the registrar, the
  claims analyst, the surveyor, the restorer, the collector's CPF and account or random Pix key,
  the carrier's CNPJ, the truck plate, the driver's CPF and CNH); (4) the image bank's sales log as
  JSON lines (buyers with CPF, e-mail and IP, firms with CNPJ and a contact, a payer's random Pix
  key, a chargeback with a full or masked card, admin logins with corporate e-mails, public or
  private IPs, a private webhook target); (5) a fixed-width batch of RPAs (names cut at 24
  characters, CPF, NIT, a Pix key of any kind or agency and account; the coordinator's phone);
  (6) a library's collection of a lost book (e-mail with CPF, ISBN and barcode unlabelled, the
  association's random Pix key, the letter's address and CEP, the reader's reply naming the son or
  daughter and a CPF; a WhatsApp with the CPF and a new address in lower case; or an SMS and its
  reply).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Dr.", "Dra.", "SD PM", "DELEGADO", "dona", "seu"; particles and suffixes are inside; "SURNAME,
GIVEN" is one span; first names, nicknames, lower case, ALL CAPS and OCR-damaged forms are persons,
and so are names cut at a fixed-width field, as they stand; first_name/last_name columns are one
span each (a last_name column starting with a particle keeps it). Staff named in the text are
persons (attendants, mediators, educators, guards, librarians, archivists, museologists,
conservators, registrars, ombudsmen, claims analysts, surveyors, fundraisers, HR staff,
accountants, lawyers, judges, conciliators, prepostos, clerks, police officers, delegados,
physicians, nurses, brigade members, drivers), and so are visitors, readers, researchers and
their advisors, pupils, guardians, teachers, donors, heirs, collectors, photographers, witnesses,
suspects and a supervisor known by a nickname; logins (lcotrim, rmonteiro99), bots and system
accounts are not. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (educativo@,
agendamento@, visitas@, biblioteca@, emprestimos@, leitores@, ouvidoria@, sesmt@, rh@,
sinistros@...) are not labelled. ADDRESS is a person's street + number + complement (lower-case
and spoken forms included; the CEP is BR_CEP); institutions' seats are not written. Agency and
account are separate BANK_ACCOUNT spans, whoever holds them (a visitor, a worker, an executor, a
collector, a lawyer, a project's linked accounts); bank codes are not labelled. PIX_KEY only for
random keys (the museum's, the archive's, the friends' association's, a payer's); a key that is a
CPF, phone or e-mail takes that label. DATE_OF_BIRTH only for births (spoken ones included);
visit, loan, due, accident, vaccination, hearing, exam and death dates, ages ("8 anos") and the
years of the works' authors ("1874–1940", "n. 1911") are not. Masked CPFs and masked cards are not
labelled; identifiers read out in groups or in words are labelled like their digits.
Decisions of this set:
- CRB (librarians: "CRB-8/12345", "CRB 6ª Região nº 2345", "CRB12/2324-O") and COREM
  (museologists: "COREM 2ª Região nº 0123-I", "COREM-5R 2733") are PROFESSIONAL_ID with the acronym
  and the region, like CRM, COREN, OAB, CRC and CREA; archivists and conservators have no council
  and their jobs are text.
- The (invented) authors of works in a loan table, a licence or a claim are persons, dead or alive;
  "autoria desconhecida" is text. The deceased holder of a donated archive is a person and his or
  her full birth date is DATE_OF_BIRTH (the death date is not); an immigrant ancestor named in a
  call is a person, and the year he arrived ("por volta de 1907") is text.
- Titles of works, books, exhibitions and educational circuits ("Aurora sobre o Cais", "Leão
  Adormecido", "Poemas para Celeste", "Bento, o Menino do Trem", "Retrospectiva: Cores do Vale"),
  fonds and collections ("Coleção Solar Sarapião") and institutions, schools, laws and streets
  named after people (Museu Casa Zulmira Cotrim, Biblioteca Pública Estadual Benigno Sarapião,
  Arquivo Histórico Padre Anacleto Landim, E.M.E.F. Vereador Lindolfo Aroeira, Colégio Estadual Dom
  Pedro II, Lei Paulo Gustavo) are not persons; a street honouring a person inside an address is
  part of the ADDRESS span.
- NOT labelled: tombo (accession) numbers, call numbers, barcodes of copies, ISBN, reader-card
  numbers, ORCID and Lattes ids, SEI process numbers, PRONAC/ProAC/LIC/LPG/PNAB numbers, insurance
  policy and claim numbers, boleto lines, invoice and RPA numbers, protocol and order numbers,
  CTPS, CBO and CNAE codes, vaccine lots, BO numbers and the officers' RE, CNJ numbers, ICD-10
  codes, envelope ids of e-signature logs, central lines (0800).
- LICENSE_PLATE: every plate is labelled (buses, vans, the carrier's truck, the suspect's car,
  the ambulance, staff cars, a visitor's car); the script checks that no plate-shaped token stands
  outside the spans.
- NIT and PIS/PASEP are one number: BR_PIS. A full card number in a complaint, a donor export or a
  chargeback is CREDIT_CARD. A chat sender by name is PERSON, by number PHONE_NUMBER; "Você", the
  institution, its team labels and the bots are not labelled. A person's work phone in a signature
  is labelled. Private IPs (an internal server, a webhook target) are not labelled.

Names: Brazilian names of many origins (Portuguese common, north-eastern and old-fashioned, coined,
Italian, German, Polish, Ukrainian, Armenian, Greek, Lebanese, Japanese, Korean, Chinese,
Mongolian, Haitian, Angolan, Senegalese, Cape Verdean, Cuban, Bolivian, Peruvian, Paraguayan,
Venezuelan, indigenous, Jewish), rare or invented name words well above a quarter (main() prints
the share). Names that are also words (Rosa, Luz, Flor, Vitória, Aurora, Celeste, Estrela,
Esperança, Serena, Bento, Prudente, Amado, Leão, Branco, Justo, Sereno...) are names here and,
elsewhere, words, institutions, works, books, firms, bots and places, not persons ("a luz natural
da sala 3", "foi uma vitória conseguir o empréstimo", "seria prudente trocar a sílica-gel",
"Museu de Arte Rosa Branca", "Cervejaria Leão Dourado", "Presidente Prudente", "Rua Bento
Gonçalves", the work "Aurora sobre o Cais", the bot Clio).

Hard negatives: CNJ numbers, mistyped CPFs (checked to fail), protocol and order numbers, tombo
numbers, ISBN, barcodes, ORCID and Lattes ids, SEI and PRONAC numbers, policies and claims, boleto
lines, ICD-10 codes (J30.3, J45.0, B44.8, L23.5, J68.0, S52.5, S93.4, T14.0, M65.4...), CBO and CNAE
codes, money, laws and rules (Lei 8.313/1991, Lei 9.610/1998, Lei 13.709/2018, Lei 14.399/2022, LC
195/2022, Lei 11.419/2006, arts. 467 and 477 of the CLT, Súmula 331 do TST), institutions, schools
and streets named after people or words, non-birth dates, ages, private IPs; the script checks
CPF-, PIS-, CNH-, título-, CNS-, card- and plate-shaped runs outside the spans.
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
DIA_PT = ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"]
NUM_WORDS = ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools, IMMIGRANT_SUR and the foreign pools named in RARE_ORIGINS hold regional, old-fashioned,
# coined or foreign name words that are not in the common Brazilian name lists; main() prints their
# share among the PERSON words.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline", "Sandra",
            "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Mariana", "Gabriela", "Luciana", "Vanessa", "Luana", "Tatiane",
            "Raquel", "Cristiane", "Simone", "Ana Paula", "Larissa", "Maria Eduarda", "Rita", "Priscila", "Carla", "Débora",
            "Beatriz", "Renata", "Natália", "Carolina", "Thaís", "Sônia", "Helena", "Isabela", "Lívia", "Júlia"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael",
            "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego", "Anderson", "Leandro",
            "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Sérgio", "Vinícius", "Roberto", "Jorge",
            "Henrique", "Guilherme", "Leonardo", "Caio", "Fernando", "Márcio", "Otávio", "Miguel", "Arthur"]
RARE_F = ["Rosenilda", "Zelândia", "Odaléia", "Ednelza", "Jucilene", "Francimar", "Ilzamar", "Marinalva", "Valdelice",
          "Cleonice", "Genilda", "Doralice", "Zulmira", "Eulália", "Hermínia", "Deolinda", "Iranildes", "Claudinéia", "Gessy",
          "Kailane", "Ketlyn", "Yasmyn", "Thamyres", "Raíssa Kauane", "Lurdilene", "Zenaíde", "Rozimeire", "Anaíldes", "Jurema",
          "Iracema", "Edileusa", "Marilac", "Nazinha", "Quitéria", "Brasilina", "Joanice", "Nilzete", "Sirlândia", "Adélia Maria",
          "Laudelina", "Mirtes", "Elzimar", "Kethllen", "Ruthinéia", "Domitila", "Eudóxia", "Ozelita", "Edinalva", "Zilá",
          "Cremilda", "Alzerina", "Dejanira", "Lindalva"]
RARE_M = ["Adamastor", "Hermógenes", "Deoclécio", "Ubaldino", "Crispiniano", "Gumercindo", "Nerivaldo", "Waldecy", "Claudionor",
          "Dorivaldo", "Sinfrônio", "Lucivaldo", "Eronildes", "Gerinaldo", "Joscelino", "Valdomiro", "Deusimar", "Jadiel",
          "Kelvyn", "Wesley Kauã", "Maxsuel", "Tarcísio", "Odorico", "Anacleto", "Epaminondas", "Teotônio", "Leovigildo",
          "Rosalvo", "Zózimo", "Arquimedes", "Belchior", "Cirilo", "Dagoberto", "Eliomar", "Genésio", "Isaltino", "Jocimar",
          "Lindolfo", "Nestório", "Osmarino", "Quintino", "Ronivon", "Sandoval", "Ueliton", "Wanderlan", "Olegário",
          "Hildebrando", "Juvêncio", "Florisvaldo", "Edelberto", "Ataliba", "Possidônio", "Galdino"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Estrela", "Pérola", "Esperança", "Dália", "Jasmim", "Bela",
          "Alegria", "Lua", "Serena", "Maria da Luz", "Rosa Maria", "Graça", "Glória", "Açucena", "Violeta", "Margarida"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Branco", "Justo", "Leão", "Sereno", "Constante", "Salvador", "Fortunato",
          "Pacífico", "Modesto", "Vitório", "Severo", "Benigno", "Jubileu", "Tranquilino"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida", "Nascimento",
          "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes", "Freitas", "Cardoso",
          "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo", "Cavalcante", "Monteiro",
          "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Castro", "Azevedo", "Machado", "Xavier", "Farias"]
RARE_SUR = ["Sarapião", "Tamarindo", "Jatobá Leite", "Mangueira", "Quintanilha", "Sabiá", "Teodoro Vaz", "Furquim", "Nóbrega Sales",
            "Cotrim", "Alencastro", "Vilanova Brum", "Guedelha", "Parreira", "Ruas Marinho", "Moscoso", "Arcoverde", "Pimentel Brás",
            "Fagundes Paim", "Tinoco", "Pestana", "Espínola", "Landim", "Lustosa", "Bocaiúva", "Jurubeba", "Carapeba", "Aroeira",
            "Caldas Marinho", "Capistrano", "Benevides", "Meirelles Paiva", "Cantuária", "Paixão Brito", "Sertório", "Umbelino",
            "Valadão", "Rebouças Lima", "Mascarenhas", "Gondim", "Alcântara Seixas", "Frutuoso", "Bacelar", "Anchieta Brum"]
IMMIGRANT_SUR = ["Wisniewski", "Kowalczyk", "Zielinski Prado", "Kalaydjian", "Tchakerian", "Papadakis", "Huamán", "Mamani",
                 "Nowacki", "Sarkissian", "Karamanlis", "Grabowski", "Yazbek", "Dvorak", "Stavropoulos", "Mokarzel", "Osterkamp",
                 "Przybylski"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo", "Neves",
            "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Bonfim", "Guerra", "Leal", "Ramos", "Salvador", "Forte",
            "Pedreira", "Coelho", "Pinheiro", "Viana", "Rios", "Cordeiro", "Palmeira"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha", "Luiz": "Lula",
        "Rafael": "Rafa", "Gabriel": "Biel", "Bento": "Bentinho", "Rosa": "Rosinha", "Vinícius": "Vini", "Guilherme": "Gui",
        "Henrique": "Rick", "Pedro": "Pedrão", "João": "Joãozinho", "Eduardo": "Dudu", "Beatriz": "Bia", "Larissa": "Lari",
        "Natália": "Nati", "Fernanda": "Nanda", "Mariana": "Mari", "Leonardo": "Léo", "Maria Eduarda": "Duda", "Luz": "Luzinha",
        "Maria da Luz": "Luzinha", "Graça": "Gracinha", "Salvador": "Dodô", "Fortunato": "Tato", "Adamastor": "Tatá",
        "Hermógenes": "Mogé", "Deoclécio": "Cleco", "Gumercindo": "Cindo", "Claudionor": "Nonô", "Sinfrônio": "Fon",
        "Lucivaldo": "Luci", "Joscelino": "Celinho", "Valdomiro": "Miro", "Epaminondas": "Mina", "Teotônio": "Teo",
        "Zózimo": "Zoca", "Rosenilda": "Nilda", "Odaléia": "Léa", "Jucilene": "Juci", "Marinalva": "Nalva",
        "Cleonice": "Nice", "Doralice": "Dora", "Zulmira": "Mira", "Hermínia": "Mimi", "Iracema": "Cema", "Quitéria": "Téia",
        "Domitila": "Titila", "Gessy": "Gê", "Anacleto": "Cleto", "Genésio": "Gene", "Lindolfo": "Dodô", "Quintino": "Tino",
        "Tranquilino": "Quilino", "Jubileu": "Bilu", "Alegria": "Legria", "Esperança": "Pepê", "Carolina": "Carol",
        "Isabela": "Bela", "Roberto": "Beto", "Fernando": "Nando", "Arthur": "Tuca", "Miguel": "Migué"}
FOREIGN = {
    "it": (["Gemma", "Assunta", "Carmela", "Ornella"], ["Vittorio", "Ettore", "Primo", "Battista"],
           ["Tomasoni", "Pasqualotto", "Zanella", "Dal Molin", "Brambilla", "Boscardin", "Tessaro", "Ceccon"]),
    "de": (["Ilse", "Frieda", "Hedwig", "Gerda"], ["Helmut", "Lothar", "Egon", "Arno"],
           ["Bernsdorf", "Mallmann", "Schwanke", "Kretschmer", "Hoffmeister", "Pommerening", "Brandenburg Lenz", "Kuhnen"]),
    "ua": (["Oksana", "Tetiana", "Halyna"], ["Dmytro", "Bohdan", "Taras"], ["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk", "Hrytsenko"]),
    "mn": (["Oyuntsetseg", "Enkhjargal", "Solongo"], ["Batbayar", "Ganbold", "Temuulen"], ["Dashdorj", "Tserendorj", "Batsaikhan", "Ochirbat"]),
    "cu": (["Yanelis", "Yusleidy", "Odalys"], ["Yoandry", "Osmany", "Yunior"], ["Oduardo", "Fonseca Rizo", "Betancourt", "Quesada"]),
    "jp": (["Emiko", "Harumi", "Mitsuko", "Kyoko"], ["Kazuo", "Tadashi", "Shigeru", "Noboru"],
           ["Yamashiro", "Kinjo", "Taira", "Miyagi", "Shimabukuro", "Uehara", "Higa", "Nakandakari"]),
    "ar": (["Leila", "Soraya", "Yasmin", "Samira"], ["Nagib", "Assad", "Farid", "Jamil"],
           ["Abdalla", "Haddad", "Farah", "Nassif", "Rizk", "Khoury", "Chedid", "Bechara"]),
    "kr": (["Min-ji", "Eun-young", "Ha-eun"], ["Jae-won", "Hyun-woo", "Sung-min"], ["Choi", "Shin", "Han", "Yoon"]),
    "cn": (["Xiaomei", "Lihua", "Yuting"], ["Guoqiang", "Zhiwei", "Haoran"], ["Wang", "Liu", "Zhou", "Lin", "Huang"]),
    "ht": (["Mirlande", "Fabienne", "Nadège", "Guerda"], ["Wilner", "Jean-Robert", "Dieunel", "Frantz"],
           ["Saint-Fleur", "Pierre-Louis", "Célestin", "Dorvil", "Jean-Baptiste"]),
    "ao": (["Wezi", "Kiesse", "Ndalu"], ["Nkosi", "Lumbu", "Makiadi"], ["Mbala", "Kapinga", "Tshimanga", "Lukeba"]),
    "sn": (["Aminata", "Mariama", "Khady"], ["Cheikh", "Moussa", "Ousmane"], ["Fall", "Mbaye", "Thiam", "Seck"]),
    "in": (["Potyra", "Jaciara", "Araí"], ["Tupã", "Kauê", "Ubiratã"], ["Guajajara", "Terena", "Pataxó", "Baniwa", "Kaingang", "Tikuna"]),
    "jw": (["Rivka", "Shoshana", "Ester"], ["Mordechai", "Avraham", "Yossef"], ["Rosenblatt", "Wainstein", "Szterenfeld", "Gurfinkel"]),
    "bo": (["Rosmery", "Wilma", "Juana"], ["Wilfredo", "Ever", "Limber"], ["Condori", "Apaza", "Ticona", "Colque", "Quispe"]),
    "py": (["Zunilda", "Liz Mabel", "Nilda"], ["Arsenio", "Ramón", "Celso"], ["Benítez", "Ayala", "Giménez", "Cabañas"]),
    "ve": (["Yusmary", "Mariannys", "Génesis"], ["Yeferson", "Wuilmer", "Jhonder"], ["Bracho", "Villalobos", "Guaramato", "Pirela"]),
    "cv": (["Nha Djassi", "Odete"], ["Djiba", "Nelson"], ["Semedo", "Varela", "Tavares Lopes"]),
    "pl": (["Jadwiga", "Stanisława", "Wanda"], ["Kazimierz", "Bronisław", "Zbigniew"], ["Wojcik", "Jablonski", "Kaminski", "Szymanski"]),
    "am": (["Anahid", "Siranush", "Arpi"], ["Hagop", "Garabed", "Vartan"], ["Boghossian", "Manukian", "Derderian", "Hovsepian"]),
    "pe": (["Yesenia", "Nélida", "Flor de María"], ["Percy", "Edwin", "Wilber"], ["Huanca", "Ccori", "Chambi", "Puma"]),
    "gr": (["Eleni", "Despina", "Kalliopi"], ["Stavros", "Panagiotis", "Spyros"], ["Georgiou", "Lambrakis", "Konstantinidis"]),
}
RARE_ORIGINS = ("ua", "mn", "cu", "kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "py", "ve", "cv", "pl", "am", "pe", "gr")
RARE = set(RARE_F + RARE_M + RARE_SUR + IMMIGRANT_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words a common-name list may well hold do not count as rare
RARE.difference_update(["Jurema", "Iracema", "Doralice", "Cleonice", "Marinalva", "Tarcísio", "Cirilo", "Sandoval", "Belchior",
                        "Mirtes", "Hermínia", "Eulália", "Deolinda", "Genésio", "Wilma", "Juana", "Nilda", "Celso", "Ramón",
                        "Nelson", "Odete", "Ester", "Mangueira", "Parreira", "Pestana", "Benevides", "Mascarenhas", "Gondim",
                        "Capistrano", "Alencastro", "Landim", "Tinoco", "Cotrim", "Valadão", "Guedelha", "Lindalva", "Galdino",
                        "Percy", "Edwin", "Wanda", "Eleni", "Flor de María"])
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
STREET_NAMES = ["dos Bibliotecários", "Cecília Meireles", "Prudente de Morais", "Bento Gonçalves", "Flor de Lis", "da Aurora",
                "Monteiro Lobato", "Doutor Leovigildo Sarapião", "Conselheiro Ubaldino Furquim", "Tiradentes", "Quinze de Novembro",
                "Marechal Deodoro", "da Paz", "Rosa dos Ventos", "Jorge Amado", "Castro Alves", "Santos Dumont", "do Museu",
                "Pedro Álvares Cabral", "Getúlio Vargas", "Sete de Setembro", "das Mangueiras", "Professora Zulmira Cotrim",
                "Maestro Claudionor Tinoco", "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz",
                "Machado de Assis", "Madre Paulina", "Pioneiro Egon Kuhnen", "Doutor Farid Haddad", "das Acácias",
                "Dom Pedro II", "da Glória", "Padre Anacleto Landim", "Vereador Lindolfo Aroeira", "Rio Branco", "Treze de Maio",
                "da Estação", "Nova Esperança", "Juscelino Kubitschek", "Zumbi dos Palmares", "Presidente Vargas",
                "Historiador Ataliba Cantuária", "Bom Jesus da Lapa", "das Flores", "Cônego Sinfrônio Lustosa", "da Biblioteca",
                "Arquivista Doralice Bacelar", "Pintor Hagop Boghossian", "Irmã Dulce"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Santo André", "SP"), ("Sorocaba", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Nova Iguaçu", "RJ"), ("Belo Horizonte", "MG"),
          ("Juiz de Fora", "MG"), ("Uberlândia", "MG"), ("Curitiba", "PR"), ("Londrina", "PR"), ("Maringá", "PR"),
          ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"), ("Santa Rosa", "RS"), ("Pelotas", "RS"), ("Florianópolis", "SC"),
          ("Blumenau", "SC"), ("Chapecó", "SC"), ("Salvador", "BA"), ("Vitória da Conquista", "BA"), ("Feira de Santana", "BA"),
          ("Recife", "PE"), ("Caruaru", "PE"), ("Fortaleza", "CE"), ("Juazeiro do Norte", "CE"), ("Natal", "RN"),
          ("Mossoró", "RN"), ("João Pessoa", "PB"), ("Campina Grande", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"),
          ("Teresina", "PI"), ("São Luís", "MA"), ("Imperatriz", "MA"), ("Belém", "PA"), ("Santarém", "PA"), ("Manaus", "AM"),
          ("Goiânia", "GO"), ("Anápolis", "GO"), ("Brasília", "DF"), ("Campo Grande", "MS"), ("Dourados", "MS"), ("Cuiabá", "MT"),
          ("Rondonópolis", "MT"), ("Vitória", "ES"), ("Vila Velha", "ES"), ("Palmas", "TO"), ("Porto Velho", "RO"),
          ("Rio Branco", "AC"), ("Boa Vista", "RR"), ("Macapá", "AP")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores",
           "Vila Estrela", "Cidade Nova", "Glória", "Benfica", "Vila Prudente", "Tijuca", "Pituba", "Boa Viagem", "Bairro da Luz",
           "Jardim Esperança", "Santa Luzia", "Vila Operária", "Aldeota", "Savassi", "Praia do Canto", "Campo Belo", "Santa Teresa",
           "Vila Museu", "Cidade Alta", "Ribeira", "Batel", "Bom Fim", "Cambuí"]
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
                                            "Wesley Kauã", "Adélia Maria", "Liz Mabel", "Nha Djassi"):
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
        y = year or self.pick([2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

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
        if kind == "CRP":
            return f"CRP {self.ri(1, 23):02d}/{self.d(5)}"
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {n:06d}/O-{self.ri(0, 9)}", f"CRC/{uf} {dotted}", f"CRC {uf}-{n:06d}/O"])
        if kind == "CREA":
            return self.pick([f"CREA-{uf} {self.d(10)}", f"CREA/{uf} {self.d(6)}/D", f"CREA-{uf} nº {self.d(9)}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F", f"CREFITO-{self.ri(1, 18)}/{self.d(5)}-F",
                              f"CREFITO {self.ri(1, 18)} nº {self.ri(10000, 399999)}-F"])
        if kind == "CRB":
            r = self.ri(1, 15)
            return self.pick([f"CRB-{r}/{self.ri(100, 19999)}", f"CRB {r}ª Região nº {self.ri(100, 19999)}", f"CRB-{r} nº {self.ri(100, 19999)}",
                              f"CRB{r}/{self.ri(100, 19999)}-O"])
        if kind == "COREM":
            r = self.ri(1, 6)
            return self.pick([f"COREM {r}ª Região nº {self.ri(10, 2999):04d}-I", f"COREM-{r}R {self.ri(10, 2999)}", f"COREM/{r}R nº {self.ri(10, 2999)}"])
        if kind == "CRQ":
            rom = self.pick(["I", "II", "III", "IV", "V", "VI", "X", "XII"])
            return self.pick([f"CRQ-{rom} {self.d(8)}", f"CRQ {rom} Região nº {self.d(8)}", f"CRQ-{rom} nº {self.d(2)}.{self.d(6)}"])
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
        """Append `template`; «key» takes vals[key]: a (value, LABEL) tuple is a gold span, a plain value is text."""
        cur = 0
        for m in MARK.finditer(template):
            self.t(template[cur:m.start()])
            v = vals[m.group(1)]
            if isinstance(v, tuple):
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
JOBS = {True: ["museóloga", "arquivista", "bibliotecária", "conservadora-restauradora", "historiadora", "professora", "aposentada",
               "colecionadora", "artista plástica", "educadora", "pesquisadora", "fotógrafa", "servidora pública", "empresária"],
        False: ["museólogo", "arquivista", "bibliotecário", "conservador-restaurador", "historiador", "professor", "aposentado",
                "colecionador", "artista plástico", "educador", "pesquisador", "fotógrafo", "vigilante", "empresário", "marchand"]}


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool = False, where: tuple[str, str] | None = None, titulo: bool = False,
            pis: bool = False, job=None) -> None:
    """'NAME, brasileira, solteira, atriz, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    if isinstance(job, tuple):
        job = job[1] if p.female else job[0]
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {g.pick(CIVIL[p.female])}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        doc.t(up(", nascid" + p.o + " em "))
        doc.e(g.dob(g.pick(["br", "long"]) if not caps else "br", 1955, 2005), "DATE_OF_BIRTH")
    if rg is True and g.chance(0.18):
        doc.t(up(", portador" + ("a" if p.female else "") + " da CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    elif rg:
        doc.t(up(", portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(RG_ORG))
    doc.t(up(", inscrit" + p.o + " no CPF sob o nº "))
    doc.e(g.cpf("dot"), "BR_CPF")
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
        doc.e(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER")
    if addr:
        doc.t(up(", residente e domiciliad" + p.o + " na "))
        doc.e(g.address("caps" if caps else "text"), "ADDRESS")
        city, uf = where or g.city()
        doc.t(up(f", {g.pick(BAIRROS)}, {city}/{uf}, CEP "))
        doc.e(g.cep(), "BR_CEP")


def lawyer_sig(g: Gen, doc: Doc, n: int = 1, email: bool = True, dom: str | None = None) -> None:
    uf = g.pick(UFS)
    for _ in range(n):
        lw = g.person()
        doc.f("«n»\n«o»\n", n=P(g.pick([lw.full, lw.caps])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
        if email and g.chance(0.6):
            doc.f("«e»\n", e=(corp_mail(lw, dom or g.pick(["patrimonioedireito.adv.br", "trabalhistas.adv.br", "gmail.com", "acervolex.adv.br"]), g),
                             "EMAIL_ADDRESS"))
        doc.t("\n")


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


def stt_phone(g: Gen) -> str:
    ddd, local = g.msisdn()
    return g.pick([f"{ddd} {local[0]} {local[1:5]} {local[5:]}", f"{spoken_digits(ddd, g)} {spoken_digits(local, g)}",
                   f"{ddd} {local[:5]} {local[5:]}"])


def stt_dob(g: Gen) -> str:
    dd, mm, yy = g.dob_parts(1955, 2006)
    return g.pick([f"{dd} do {mm} de {yy % 100:02d}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}"])


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
    doc.f("\nREGISTRO DE ASSINATURAS ELETRÔNICAS — documento «e»\n", e=str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper())
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
TRT = {"SP": "5.02", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06",
       "CE": "5.07", "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08",
       "AM": "5.11", "GO": "5.18", "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14",
       "TO": "5.10", "RO": "5.14", "AP": "5.08"}


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    return g.pick([c for c in CITIES if c[1] == uf])


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def fem(p: Person, m: str, f: str) -> str:
    return f if p.female else m


def date_range(g: Gen, lo: int = 3, hi: int = 90, fmt: str = "br") -> tuple[str, str]:
    d1 = g.day()
    return dbr(d1, fmt), dbr(d1 + datetime.timedelta(days=g.ri(lo, hi)), fmt)




# --------------------------------------------------------------------------- register: museums, cultural centres, archives, libraries

SEED = 12121
OUT_NAME = "hundredtwentyfirst.jsonl"

# (name, legal entity, domain, kind)
INSTITUTIONS = [
    ("Museu de Arte Rosa Branca", "Fundação Rosa Branca de Artes Visuais", "museurosabranca.org.br", "museu"),
    ("Museu Histórico Bento Prudente", "Associação de Amigos do Museu Histórico Bento Prudente", "museubentoprudente.org.br", "museu"),
    ("Pinacoteca Aurora do Vale", "Instituto Pinacoteca Aurora do Vale", "pinacotecaaurora.org.br", "museu"),
    ("Museu da Imagem e do Som Celeste", "Fundação MIS Celeste", "misceleste.org.br", "museu"),
    ("Memorial da Luz Operária", "Instituto Memorial da Luz Operária", "memorialdaluz.org.br", "museu"),
    ("Museu Casa Zulmira Cotrim", "Associação Cultural Casa Zulmira Cotrim", "casazulmiracotrim.org.br", "museu"),
    ("Museu do Café Esperança", "Fundação Museu do Café Esperança", "museucafeesperanca.org.br", "museu"),
    ("Museu Ferroviário Leão do Norte", "Associação Ferroviária Leão do Norte", "museuleaodonorte.org.br", "museu"),
    ("Centro Cultural Amado Lins", "Instituto Cultural Amado Lins", "ccamadolins.org.br", "centro"),
    ("Casa de Cultura Flor do Ipê", "Associação Casa de Cultura Flor do Ipê", "casafloripe.org.br", "centro"),
    ("Centro Cultural Estação Serena", "Fundação Cultural Estação Serena", "estacaoserena.org.br", "centro"),
    ("Espaço Cultural Vitória Régia", "Associação Espaço Cultural Vitória Régia", "espacovitoriaregia.org.br", "centro"),
    ("Arquivo Público Municipal de Nova Aurora", "Município de Nova Aurora", "arquivo.novaaurora.sp.gov.br", "arquivo"),
    ("Arquivo Histórico Padre Anacleto Landim", "Fundação Padre Anacleto Landim", "arquivolandim.org.br", "arquivo"),
    ("Centro de Documentação e Memória Prudente", "Instituto Memória Prudente", "cedocprudente.org.br", "arquivo"),
    ("Arquivo Histórico Justo Alencastro", "Fundação Justo Alencastro", "arquivoalencastro.org.br", "arquivo"),
    ("Biblioteca Pública Estadual Benigno Sarapião", "Fundação Biblioteca Benigno Sarapião", "bibliotecasarapiao.org.br", "biblioteca"),
    ("Biblioteca Comunitária Luz do Saber", "Associação Luz do Saber", "luzdosaber.org.br", "biblioteca"),
    ("Biblioteca Municipal Celeste Amado", "Município de Campo Sereno", "biblioteca.camposereno.mg.gov.br", "biblioteca"),
    ("Gibiteca Estrela Guia", "Instituto Estrela Guia de Leitura", "gibitecaestrelaguia.org.br", "biblioteca"),
]
BOTS = ["Musa", "Clio", "Tito", "Ágata", "Lume"]
BOOKING = [("VisitaJá", "visitaja.com.br"), ("Agenda Museu", "agendamuseu.com.br"), ("Ingresso Cultural", "ingressocultural.com.br")]
LIB_SYSTEMS = ["BiblioLume", "Estante Viva", "Acervo Fácil"]
INSURERS = [("Celeste Seguros S.A.", "celesteseguros.com.br"), ("Guardiã Seguradora de Arte S.A.", "guardiaseguros.com.br"),
            ("Aurora Resseguros e Seguros S.A.", "auroraseguros.com.br")]
BROKERS = [("Arte Segura Corretora de Seguros Ltda.", "artesegura.com.br"), ("Prudente Corretora de Seguros Ltda.", "prudentecorretora.com.br")]
TRANSPORTERS = [("Translado Fino Transportes de Arte Ltda.", "transladofino.com.br"), ("Bento Art Logistics Ltda.", "bentoartlog.com.br"),
                ("Caixa Forte Transportes Especiais Ltda.", "caixaforte.log.br")]
LICENSEES = [("Editora Pena de Garça Ltda.", "penadegarca.com.br"), ("Editora Papel Amado Ltda.", "papelamado.com.br"),
             ("Janela Serena Filmes Ltda.", "janelaserena.com.br"), ("Agência Aurora de Publicidade Ltda.", "agenciaaurora.com.br"),
             ("Revista Estrela do Sul Ltda.", "revistaestreladosul.com.br"), ("Ateliê Gráfico Leão Ltda. ME", "ateliegraficoleao.com.br")]
SPONSORS = [("Mineração Vale Sereno S.A.", "valesereno.com.br"), ("Banco Aurora de Investimentos S.A.", "bancoaurora.com.br"),
            ("Cervejaria Leão Dourado Ltda.", "leaodourado.com.br"), ("Energética Prudente S.A.", "energeticaprudente.com.br"),
            ("Cosméticos Flor de Lis Ltda.", "flordelis.com.br"), ("Farmácias Bom Bento S.A.", "bombento.com.br"),
            ("Construtora Justo & Amado Ltda.", "justoamado.com.br")]
SUPPLIERS = ["Climatiza Aurora Ar-Condicionado Ltda.", "Gráfica Papel Amado Ltda.", "Expografia Vitória Montagens Ltda.",
             "Acervo Digital Scanner Serviços Ltda.", "Vitrines Leão Marcenaria Ltda.", "Iluminação Museal Luz Justa Ltda.",
             "Pátina Conservação e Restauro Ltda.", "Moldura Celeste Molduraria ME", "Caixas Neutras Bento Papelaria Técnica Ltda.",
             "Desinsetiza Prudente Controle de Pragas Ltda.", "Andaimes Serra Forte Locações Ltda.", "Buffet Sabor de Luz Ltda."]
OUTSOURCED = [("Vigilância Leão de Guarda Ltda.", "leaodeguarda.com.br"), ("Limpa Bem Serviços Gerais Ltda.", "limpabem.com.br"),
              ("Serena Facilities Ltda.", "serenafacilities.com.br"), ("Educa Arte Mediação Cultural Ltda.", "educaarte.com.br")]
OCC_CLINICS = [("Clínica Ocupacional Guardiã", "guardiaocupacional.com.br"), ("MedTrab Acervo Saúde Ocupacional", "medtrabacervo.com.br"),
               ("SESMT Prudente Medicina do Trabalho", "sesmtprudente.com.br"), ("Ocupa Vida Bonfim", "ocupavidabonfim.com.br")]
PNEUMO = [("Clínica Respira Aurora", "respiraaurora.med.br"), ("Instituto do Pulmão Bento Leal", "pulmaobentoleal.med.br"),
          ("Alergoclínica Flor de Lis", "alergoflordelis.med.br")]
HOSPITALS = ["Hospital São Bento", "Santa Casa de Nova Aurora", "UPA 24h Vila Rosa", "Hospital Municipal Prudente de Morais",
             "Pronto-Socorro Central", "Hospital Santa Luzia"]
SCHOOLS = ["Escola Estadual Professora Zulmira Cotrim", "E.M.E.F. Vereador Lindolfo Aroeira", "Colégio Aurora do Saber",
           "Escola Municipal Bento Prudente", "Colégio Estadual Dom Pedro II", "Escola Estrela do Amanhã", "EMEB Monteiro Lobato",
           "Colégio Santa Rosa de Lima", "Escola Técnica Getúlio Vargas"]
GROUPS = ["o grupo de convivência de idosos do CRAS", "a pastoral da terceira idade da paróquia São Bento", "a turma de EJA da noite",
          "o clube de leitura Flor de Papel", "os funcionários da Construtora Justo & Amado", "a associação de moradores da Vila Rosa",
          "a turma de história da arte da faculdade"]
WORKS = ["Lavadeiras no Rio Branco", "Natureza-morta com Rosas", "Aurora sobre o Cais", "Vitória da Colheita", "Procissão de São Bento",
         "Paisagem de Presidente Prudente", "Moça com Flor Amarela", "Estação Ferroviária ao Amanhecer", "Leão Adormecido",
         "Retrato de Família", "Composição em Azul", "Mercado de Peixe", "Sereno sobre a Serra", "Cafezal em Flor",
         "Operários da Luz", "Anjo Barroco (fragmento)", "Mulheres na Janela", "Estudo para Esperança", "Noturno com Lua",
         "Feira de Caruaru", "Bonde na Praça da Glória", "Oratório de viagem"]
TECHNIQUES = ["óleo sobre tela", "guache sobre papel", "xilogravura", "fotografia, gelatina e prata", "bronze", "aquarela",
              "têmpera sobre madeira", "litografia", "cerâmica policromada", "madeira policromada e dourada", "nanquim sobre papel",
              "acrílica sobre tela", "talha em cedro"]
BOOKS = ["O Cais da Aurora", "Cartas a um Jovem Arquivista", "Flor de Sal", "História da Vila Prudente", "Manual de Encadernação",
         "Sereno de Maio", "A Luz das Candeias", "Crônicas do Ramal Férreo", "Dicionário de Termos Arquivísticos", "Contos da Rosa Branca",
         "Atlas Histórico do Vale", "Poemas para Celeste", "O Leão e a Menina", "Bento, o Menino do Trem", "A Vitória dos Pequenos",
         "Memórias de uma Tecelã", "Conservação Preventiva em Acervos", "Mangá da Estrela Cadente vol. 3", "Guia de Fontes da Imigração"]
FUNDS = ["Fundo Câmara Municipal (1890–1960)", "Fundo Cartório do 2º Ofício de Notas", "Coleção Solar Sarapião",
         "Fundo Companhia Ferroviária Leão do Norte", "Fundo Delegacia Regional de Polícia", "Coleção Fotográfica Estúdio Amado",
         "Fundo Hospedaria de Imigrantes", "Fundo Santa Casa de Misericórdia", "Coleção Jornal A Aurora (1911–1974)",
         "Fundo Fazenda Bom Retiro", "Fundo Sindicato dos Ferroviários"]
CONS_ICD = [("J30.3", "rinite alérgica"), ("J45.0", "asma predominantemente alérgica"), ("B44.8", "aspergilose"),
            ("L23.5", "dermatite alérgica de contato por produtos químicos"), ("J68.0", "bronquite por inalação de substâncias químicas"),
            ("H10.1", "conjuntivite alérgica aguda"), ("T65.8", "efeito tóxico de substância não especificada"), ("Z57.5", "exposição ocupacional a poeiras")]
FALL_ICD = [("S52.5", "fratura da extremidade distal do rádio"), ("S93.4", "entorse do tornozelo"), ("S01.8", "ferimento da cabeça"),
            ("S82.6", "fratura do maléolo lateral"), ("S62.6", "fratura de dedo da mão"), ("S61.0", "ferimento de dedo sem lesão da unha"),
            ("S32.0", "fratura de vértebra lombar"), ("T14.0", "traumatismo superficial")]
SICK_ICD = [("J11", "influenza"), ("A09", "gastroenterite"), ("J06.9", "infecção de vias aéreas superiores"), ("M54.5", "lombalgia"),
            ("B34.2", "infecção por coronavírus"), ("H10.3", "conjuntivite aguda"), ("R51", "cefaleia"), ("F41.1", "ansiedade generalizada"),
            ("M65.4", "tenossinovite estiloide radial"), ("J30.3", "rinite alérgica")]
VACCINES = ["dT (dupla adulto)", "Hepatite B", "Febre amarela", "Tríplice viral", "Influenza 2025", "Covid-19 (reforço)", "dTpa", "Raiva (pré-exposição)"]
ROLE_BOXES = ["sac", "contato", "atendimento", "agendamento", "educativo", "visitas", "biblioteca", "emprestimos", "referencia", "acervo",
              "pesquisa", "arquivo", "museologia", "conservacao", "registro", "imagens", "licenciamento", "direitos", "projetos", "captacao",
              "patrocinio", "amigos", "doacoes", "voluntariado", "financeiro", "juridico", "rh", "dp", "sesmt", "dpo", "privacidade", "lgpd",
              "ouvidoria", "no-reply", "naoresponda", "protocolo", "secretaria", "seguros", "sinistros", "cobranca", "faturamento",
              "prestacaodecontas", "chargeback", "imprensa", "suporte", "leitores"]
INCENTIVES = [("Lei Rouanet", "Lei 8.313/1991", "PRONAC"), ("ProAC ICMS", "Lei 12.268/2006 (SP)", "ProAC"),
              ("LIC/RS", "Lei 13.490/2010 (RS)", "LIC"), ("Lei Paulo Gustavo", "LC 195/2022", "LPG"),
              ("PNAB — Lei Aldir Blanc", "Lei 14.399/2022", "PNAB")]
STAFF_ROLES = [("vigilante", "vigilante"), ("educador", "educadora"), ("recepcionista", "recepcionista"), ("museólogo", "museóloga"),
               ("bibliotecário", "bibliotecária"), ("auxiliar de biblioteca", "auxiliar de biblioteca"), ("arquivista", "arquivista"),
               ("conservador-restaurador", "conservadora-restauradora"), ("técnico de montagem", "técnica de montagem"),
               ("auxiliar de limpeza", "auxiliar de limpeza"), ("analista administrativo", "analista administrativa"),
               ("coordenador educativo", "coordenadora educativa"), ("produtor cultural", "produtora cultural"), ("eletricista", "eletricista")]


def inst(g: Gen, kinds: tuple[str, ...] | None = None) -> tuple[str, str, str, str]:
    return g.pick([i for i in INSTITUTIONS if kinds is None or i[3] in kinds])


def art_of(name: str, prep: str) -> str:
    """'no'/'na' or 'do'/'da' before an institution's or firm's name."""
    first = name.split()[0]
    masc = first in ("Museu", "Memorial", "Centro", "Espaço", "Arquivo", "Instituto", "Hospital", "Colégio", "Ateliê", "Banco")
    return {"em": "no" if masc else "na", "de": "do" if masc else "da"}[prep]


def staff_role(g: Gen, p: Person, k: int | None = None) -> str:
    pair = g.pick(STAFF_ROLES[:k] if k else STAFF_ROLES)
    return pair[1] if p.female else pair[0]


def years_of(g: Gen) -> str:
    b = g.ri(1860, 1950)
    return g.pick([f"{b}–{b + g.ri(35, 90)}", f"{b}-{b + g.ri(35, 90)}", f"n. {b}"]) if b < 1945 else f"n. {b}"


def clean(g: Gen, make) -> str:
    """A hard-negative string (tombo, barcode, order...) in which no run passes a CPF, PIS, CNH, título, CNS or card check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def proto(g: Gen) -> str:
    """A protocol or ticket number (not labelled), drawn so that no run passes an identifier check."""
    return clean(g, g.protocol)


def tombo(g: Gen, name: str | None = None) -> str:
    """An accession number (número de tombo / registro) of a work or document (not labelled)."""
    ini = "".join(w[0] for w in (name or "Museu Geral").split() if w[0].isupper())[:4]
    return clean(g, lambda: g.pick([f"{ini}.{g.ri(1950, 2024)}.{g.d(3)}", f"{g.ri(1970, 2024)}.{g.d(2)}.{g.d(3)}", f"TB-{g.d(5)}",
                                    f"{ini}-{g.d(4)}/{g.d(2)}", f"nº {g.d(4)}.{g.d(3)}"]))


def cota(g: Gen) -> str:
    """A library call number (CDD + Cutter), not labelled."""
    cdd = g.pick(["869.3", "869.1", "981.61", "027.4", "741.5", "372.4", "028.5", "306.09", "726.5", "025.8", "B869.3", "920.71"])
    return f"{cdd} {g.pick('ABCDFGLMNPRST')}{g.ri(11, 998)}{g.pick('abcdefghilmnoprstv')}" + g.pick(["", "", " ex.2", " v.1", " 2.ed."])


def isbn(g: Gen) -> str:
    body = "978" + g.pick(["85", "65"]) + g.d(7)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str(-s % 10)
    return g.pick([f"{full[:3]}-{full[3:5]}-{full[5:9]}-{full[9:12]}-{full[12]}", full])


def barcode(g: Gen) -> str:
    """A copy's barcode (exemplar), 8 to 10 digits, not labelled."""
    return clean(g, lambda: g.pick([g.d(8), "000" + g.d(7), g.d(10)]))


def leitor_id(g: Gen) -> str:
    return g.pick([f"{g.ri(2019, 2026)}/{g.d(5)}", f"L-{g.d(6)}", f"{g.d(5)}-{g.d(1)}"])


def orcid(g: Gen) -> str:
    base = "000" + g.pick(["0", "1", "2", "3"]) + g.d(11)
    while True:
        body = base[:4] + g.d(11)
        tot = 0
        for c in body:
            tot = (tot + int(c)) * 2
        r = (12 - tot % 11) % 11
        n = body + ("X" if r == 10 else str(r))
        s = f"{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}"
        if not bad_run(s):
            return s


def lattes(g: Gen) -> str:
    return clean(g, lambda: str(g.ri(1, 9)) + g.d(15))


def sei(g: Gen) -> str:
    """An administrative (SEI) process number, not labelled."""
    return clean(g, lambda: f"{g.d(5)}.{g.d(6)}/{g.ri(2023, 2026)}-{g.d(2)}")


def pronac(g: Gen) -> str:
    return g.pick([f"{g.ri(23, 26)}{g.d(4)}", f"{g.ri(23, 26)}-{g.d(4)}", f"{g.d(6)}"])


def apolice(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"{g.d(2)}.{g.d(2)}.{g.d(7)}", f"AP-{g.d(7)}", f"{g.d(4)}.{g.d(3)}.{g.d(4)}/{g.ri(2025, 2026)}"]))


def sinistro(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"SIN-{g.ri(2025, 2026)}-{g.d(6)}", f"{g.d(3)}.{g.ri(2025, 2026)}.{g.d(5)}", f"{g.d(10)}"]))


def lote_vacina(g: Gen) -> str:
    return g.pick([f"{g.up(2)}{g.d(4)}", f"{g.d(3)}{g.up(1)}{g.d(2)}", f"{g.up(1)}{g.d(5)}-{g.d(1)}"])


def ctps(g: Gen, uf: str) -> str:
    return g.pick([f"{g.d(7)} série {g.d(4)}-{uf}", f"{g.d(7)}/{g.d(5)}-{uf}", "digital"])


def nf(g: Gen) -> str:
    return g.pick([f"NF-e {g.d(6)}", f"NFS-e {g.ri(100, 99999)}", f"NF {g.d(4)}", f"RPS {g.d(5)}"])


def boleto_line(g: Gen) -> str:
    bank = g.pick(["001", "237", "341", "104", "033", "756", "748", "077"])
    return clean(g, lambda: f"{bank}9{g.d(1)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.ri(9000, 9999)}{g.d(10)}")


def pedido(g: Gen) -> str:
    return clean(g, lambda: g.pick([f"#{g.d(8)}", f"AG-{g.d(6)}", g.neg(11), f"{g.hexs(8, True)}", f"{g.d(4)}.{g.d(4)}.{g.d(3)}"]))


def word_neg(g: Gen) -> str:
    """A sentence with name-like words used as words, institutions, works and places (never labelled)."""
    return g.pick(["A luz natural da sala 3 está acima de 50 lux: fechar as persianas antes da abertura.",
                   "Foi uma vitória conseguir o empréstimo da tela para a retrospectiva.",
                   "Seria prudente trocar a sílica-gel das vitrines antes do verão.",
                   "A Biblioteca Municipal Celeste Amado abre aos sábados até as 13h.",
                   "A obra Aurora sobre o Cais volta da restauração em março.",
                   "Na Rua Bento Gonçalves a fila para a exposição dobrou a esquina.",
                   "O Museu de Arte Rosa Branca recebeu o acervo da Cervejaria Leão Dourado.",
                   "Esperança é a última que morre: o telhado do Arquivo Histórico Justo Alencastro foi finalmente trocado.",
                   "A rosa dos ventos do mapa de 1789 foi estabilizada com papel japonês.",
                   "O Memorial da Luz Operária fica em frente à Praça da Glória.",
                   "Sereno da madrugada elevou a umidade relativa da reserva técnica para 68%.",
                   "A peça Leão Adormecido saiu da reserva para a sala Branco e Preto.",
                   "Glória a Deus, o laudo do telhado saiu!",
                   "Presidente Prudente e Bento Gonçalves confirmaram a itinerância da mostra.",
                   "A Gibiteca Estrela Guia organiza a feira de trocas no dia das crianças."])


def chat_neg(g: Gen) -> str:
    """An aside in a chat, with name-like words used as words, works and places."""
    return g.pick(["a luz da sala 2 ta piscando de novo", "foi uma vitória esse sábado kkk 400 visitantes", "seria prudente levar guarda-chuva amanhã",
                   "o sereno molhou o varal da oficina de cianotipia", "o leão de bronze da entrada ganhou um chapéu de novo 😂",
                   "presidente prudente confirmou a itinerância!!", "alguém viu a rosa de papel da oficina infantil?",
                   "a parede da sala branca ficou linda", "justo hoje o ar-condicionado da reserva pifou", "aurora sobre o cais voltou da restauração!",
                   "a estrela de hoje foi a turminha do pré", "amado demais esse público de domingo"])


# --------------------------------------------------------------------------- atendimento


def at_agendamento_grupo(g: Gen) -> Doc:
    """A visitor desk's chat (WhatsApp export or site transcript): a group booking with the organiser's data, seniors' birth dates, a wheelchair user's companion, the bus plate, the museum's random Pix key."""
    doc = Doc()
    nm, raz, dom, kind = inst(g, ("museu", "centro"))
    c = g.person()
    at = g.person(female=g.chance(0.65))
    guide = g.person()
    bot = g.pick(BOTS)
    site = g.chance(0.4)
    tt = iter(seq_times(g, 50, g.moment(hours=(8, 20)), 15, 400))
    group = g.pick(GROUPS)
    n_p = g.ri(12, 45)
    if site:
        doc.f("Transcrição do atendimento — «n» — protocolo «p»\nCanal: chat do site · visitante identificado: «e»\n\n", n=nm, p=proto(g),
              e=(g.email(c), "EMAIL_ADDRESS"))
        B = V(f"{bot} (assistente virtual)")
        A = g.pick([P(at.first), P(at.short), V("Atendente")])
        C = V("Visitante")

        def st(t: datetime.datetime) -> str:
            return f"[{ts(t, 'hms')}] "
    else:
        doc.f("Conversa do WhatsApp com «v»\n\n", v=g.pick([f"Agendamento {nm}", f"{nm} — Educativo", nm]))
        st = chat_stamp(g)
        B = A = V(g.pick([f"{nm}", "Educativo", "Agendamento"]))
        C = V("Você") if g.chance(0.5) else ((g.phone("wa"), "PHONE_NUMBER") if g.chance(0.8) else P(g.pick([c.first, c.short, lower(c.first)])))
    cl(doc, st(next(tt)), C, g.pick(["boa tarde", "oi, bom dia", "olá! queria agendar uma visita", "bom dia, tudo bem?"]))
    cl(doc, st(next(tt)), B, "Olá! Sou «b», assistente virtual «d» «n». Escolha: 1 Visita em grupo · 2 Ingressos · 3 Acessibilidade · 4 Falar com a equipe",
       b=bot, d=art_of(nm, "de"), n=nm)
    cl(doc, st(next(tt)), C, g.pick(["1", "1 visita em grupo", "4"]))
    if site:
        cl(doc, st(next(tt)), A, "Olá! Equipe de agendamento por aqui. Qual instituição e quantas pessoas?")
    else:
        cl(doc, st(next(tt)), A, "Oi, aqui é «a», do agendamento. Qual instituição e quantas pessoas?", a=P(at.first))
    cl(doc, st(next(tt)), C, "sou responsável pel«g», umas «n» pessoas, queria «d»", g=group, n=n_p,
       d=g.pick(["numa terça de manhã", "dia " + g.date("br"), "no próximo sábado", "qualquer quinta à tarde"]))
    cl(doc, st(next(tt)), A, "Temos vaga. Para o cadastro do responsável preciso de nome completo, CPF, celular e e-mail.")
    if g.chance(0.3):
        cl(doc, st(next(tt)), C, "«n» cpf «c»", n=P(g.pick([c.full, c.low])), c=g.neg_cpf(g.chance(0.5)))
        cl(doc, st(next(tt)), A, "O sistema recusou esse CPF, pode conferir?")
        cl(doc, st(next(tt)), C, "foi mal, é «c»", c=(g.cpf(), "BR_CPF"))
    else:
        cl(doc, st(next(tt)), C, "«n» / «c»", n=P(g.pick([c.full, c.low, c.caps])), c=(g.cpf(), "BR_CPF"))
    cl(doc, st(next(tt)), C, "«t» «e»", t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"), e=(g.email(c), "EMAIL_ADDRESS"))
    if "idosos" in group or "terceira" in group or g.chance(0.3):
        cl(doc, st(next(tt)), A, "A gratuidade para maiores de 60 exige a lista com nome e data de nascimento. Pode mandar aqui mesmo.")
        lines = []
        for _ in range(g.ri(2, 3)):
            p = g.person()
            lines.append((p, g.dob(g.pick(["br", "nopad", "short"]), 1931, 1964)))
        doc.t(st(next(tt)))
        doc.e(*C)
        doc.t(": ")
        for k, (p, d) in enumerate(lines):
            doc.t(f"{k + 1}. " if g.chance(0.6) else "- ")
            doc.e(g.pick([p.full, p.caps, p.short]), "PERSON")
            doc.t(g.pick([" ", " - ", ", nasc. "]))
            doc.e(d, "DATE_OF_BIRTH")
            doc.t("\n")
        doc.t("o resto mando amanhã\n")
    if g.chance(0.45):
        w = g.person()
        cp = g.person()
        cl(doc, st(next(tt)), C, "temos um cadeirante, «n», vai com acompanhante «c», cpf «x»", n=P(g.pick([w.full, w.first])), c=P(cp.full),
           x=(g.cpf(), "BR_CPF"))
        cl(doc, st(next(tt)), A, "Anotado, a rampa é pela rua lateral e o elevador fica ao lado do guarda-volumes.")
    if g.chance(0.6):
        cl(doc, st(next(tt)), A, "Vão de ônibus? Passa a placa para liberar a vaga de embarque.")
        dr = g.person(False)
        if g.chance(0.5):
            cl(doc, st(next(tt)), C, "placa «p», motorista «m», «t»", p=(g.plate(), "LICENSE_PLATE"), m=P(g.pick([dr.first, dr.short, dr.nick])),
               t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
        else:
            cl(doc, st(next(tt)), C, "«p»", p=(g.plate(), "LICENSE_PLATE"))
    cl(doc, st(next(tt)), A, "Confirmado para «d», às «h». Quem recebe o grupo é «x» «m», do educativo.", d=g.date("br"), h=g.pick(["9h", "10h30", "14h", "15h30"]),
       x="a mediadora" if guide.female else "o mediador", m=P(g.pick([guide.first, guide.short])) if g.chance(0.7) else V("de plantão"))
    if g.chance(0.55):
        cl(doc, st(next(tt)), A, "A taxa de mediação é R$ «v». Pix na chave aleatória do museu: «k»", v=brl(g.ri(4, 25) * 10.0), k=(g.uuid(), "PIX_KEY"))
        cl(doc, st(next(tt)), C, g.pick(["pago amanhã cedo", "feito, mando o comprovante", "ok"]))
    else:
        cl(doc, st(next(tt)), A, "Para grupos de escolas públicas e instituições sociais a visita é gratuita.")
    cl(doc, st(next(tt)), C, g.pick(["obrigad" + c.o + "!", "valeu", "👍", "perfeito, obrigad" + c.o]))
    if g.chance(0.7):
        cl(doc, st(next(tt)), A, "Protocolo «p». «x»", p=proto(g), x=g.pick(["Boa visita!", "Até logo!", "Até lá! 🏛️"]))
    else:
        cl(doc, st(next(tt)), A, "Protocolo «p». Atenciosamente, «n».", p=proto(g), n=P(at.first))
    return doc


def at_roster_escola(g: Gen) -> Doc:
    """A school's visit roster sent to the museum's educational team: teachers with CPF and phone, pupils with birth dates, guardians and phones, the bus and its driver."""
    doc = Doc()
    nm, raz, dom, kind = inst(g, ("museu", "centro", "arquivo"))
    school = g.pick(SCHOOLS)
    prof = g.person()
    prof2 = g.person()
    edu = g.person()
    sdom = g.pick(["educacao.sp.gov.br", "prof.educacao.rj.gov.br", "escola.pr.gov.br", "gmail.com", "hotmail.com", "edu.mg.gov.br"])
    t0 = g.moment(hours=(7, 18))
    byear = g.ri(2008, 2018)
    age = 2025 - byear
    turma = g.pick(["1º ano A", "2º ano B"] if age <= 8 else ["3º ano", "4º ano integral", "5º A"] if age <= 10 else ["6º B", "7º ano A"] if age <= 12
                   else ["8º ano C", "9º A"] if age <= 14 else ["1ª série EM", "2º C", "3ª série EM"])
    pmail = (g.email(prof, sdom if "gmail" not in sdom else None), "EMAIL_ADDRESS")
    if g.chance(0.5):
        doc.f("De: «n» <«e»>\n", n=P(prof.full), e=pmail)
    else:
        doc.f("De: «e»\n", e=pmail)
    doc.f("Para: «r»\nAssunto: Lista da turma «t» — visita de «d»\n\n",
          r=role_mail(g, dom, g.pick(["educativo", "agendamento", "visitas"])), t=turma,
          d=g.date("br"))
    doc.f("Bom dia! Segue a lista «a» «s» para o seguro escolar e a portaria. Professor«x» responsável: «p», CPF «c», celular «t».",
          a="da" if school.startswith(("Escola", "E.M.E.F.", "EMEB")) else "do", s=school, x="a" if prof.female else "",
          p=P(prof.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.3):
        doc.f(" Acompanha «x» «p» («t»).", x="a professora" if prof2.female else "o professor", p=P(g.pick([prof2.full, prof2.short])),
              t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    doc.t("\n\n")
    split = g.chance(0.3)
    sep = g.pick([";", ",", "tab"])
    with_rg = g.chance(0.4)
    cols = (["first_name", "last_name"] if split else ["aluno"]) + ["data_nasc"] + (["rg"] if with_rg else []) + ["responsavel", "tel_responsavel", "autorizacao"]
    rows = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        par = g.relative(p, g.chance(0.7))
        name = [P(p.given), P(p.surname_str)] if split else [P(g.pick([p.full, p.full, p.caps]))]
        rows.append(name + [(g.dob(g.pick(["br", "iso"]) if g.chance(0.8) else "short", byear, byear + 1), "DATE_OF_BIRTH")] +
                    ([(g.rg("raw"), "BR_RG") if g.chance(0.8) else V("")] if with_rg else []) + [
                            P(g.pick([par.full, par.short])) if g.chance(0.45) else V(""),
                            (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER") if g.chance(0.9) else V(""), V(g.pick(["sim", "sim", "sim", "pendente", "SIM"]))])
    if sep == "tab":
        doc.t("\t".join(cols) + "\n")
        for r in rows:
            for k, (v, lab) in enumerate(r):
                if k:
                    doc.t("\t")
                doc.e(v, lab) if v else None
            doc.t("\n")
    else:
        table_csv(doc, cols, rows, sep)
    doc.t("\n")
    if g.chance(0.7):
        dr = g.person(False)
        firm = g.pick(["Viação Aurora Turismo", "Transportes Bento Fretamento", "ônibus da prefeitura", "Vans Prudente"])
        if g.chance(0.5):
            doc.f("Transporte: «e», ônibus placa «p», motorista «m», CNH «c».\n", e=firm, p=(g.plate(), "LICENSE_PLATE"), m=P(g.pick([dr.full, dr.short])),
                  c=(g.cnh(), "BR_CNH"))
        else:
            doc.f("Transporte: «e», ônibus placa «p», motorista «m».\n", e=firm, p=(g.plate(), "LICENSE_PLATE"), m=P(g.pick([dr.full, dr.short])))
    if g.chance(0.3):
        doc.f("Obs.: «n» tem alergia a amendoim, levará o lanche próprio.\n", n=P(g.pick([r[0][0] for r in rows])))
    if g.chance(0.3):
        doc.f("\nAtenciosamente,\n«n»\n«s»\n\n", n=P(prof.first if g.chance(0.4) else prof.full), s=school)
    else:
        doc.f("\nAtenciosamente,\nCoordenação pedagógica — «s»\n\n", s=school)
    doc.f("> Resposta de «n» (educativo «d» «m»): recebido! A turma fica comigo no circuito «c». Lembrem do crachá e da garrafinha de água.\n",
          n=P(edu.full) if g.chance(0.4) else (corp_mail(edu, dom, g), "EMAIL_ADDRESS"), d=art_of(nm, "de"), m=nm,
          c=g.pick(["Memórias do Trabalho", "Cores do Barroco", "Trem da História", "Oficina de Gravura", "Caça ao Tesouro no Arquivo"]))
    return doc


def at_biblioteca_cadastro(g: Gen) -> Doc:
    """A library's reader record (minors with a guardian), the loan history from the library system, and the overdue notice signed by the librarian (CRB)."""
    doc = Doc()
    nm, raz, dom, kind = inst(g, ("biblioteca",))
    sysn = g.pick(LIB_SYSTEMS)
    minor = g.chance(0.35)
    r = g.person()
    lib = g.person()
    caps = g.chance(0.25)
    doc.f("«s» · «n»\nFICHA DO LEITOR — cartão nº «c»\n\n", s=sysn, n=nm, c=leitor_id(g))
    fields = [("Nome", P(r.capsf if caps else r.full)),
              ("Data de nascimento", (g.dob(g.pick(["br", "iso"]), 2009 if minor else 1940, 2018 if minor else 2005), "DATE_OF_BIRTH"))]
    if not minor or g.chance(0.4):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    if g.chance(0.5):
        fields.append(("RG", (g.rg(), "BR_RG")))
    fields += [("Endereço", (g.address("caps" if caps else "text"), "ADDRESS")), ("Bairro", V(g.pick(BAIRROS))), ("CEP", (g.cep(), "BR_CEP")),
               ("Telefone", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.75):
        fields.append(("E-mail", (g.email(r), "EMAIL_ADDRESS")))
    if minor:
        gd = g.relative(r, g.chance(0.7))
        fields += [("Responsável", P(gd.capsf if caps else gd.full)), ("CPF do responsável", (g.cpf(), "BR_CPF")),
                   ("Tel. responsável", (g.phone(), "PHONE_NUMBER"))]
    fields += [("Categoria", V("Infantojuvenil" if minor else g.pick(["Adulto", "Adulto", "Estudante", "Professor da rede", "Pesquisador", "Idoso"]))),
               ("Cadastrado por", V(login(lib, g)) if g.chance(0.7) else P(lib.full)), ("Em", V(g.date("br")))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box"] if not caps else ["caps", "box"]))
    doc.t("\nHISTÓRICO DE EMPRÉSTIMOS\n")
    rows = []
    for _ in range(g.ri(3, 6)):
        rows.append([V(g.date("br")), V(g.pick(BOOKS)), V(cota(g)), V(barcode(g)), V(g.pick(["devolvido", "devolvido", "renovado 1x", "EM ATRASO", "extraviado"]))])
    table_ruled(doc, ["retirada", "título", "chamada", "exemplar", "situação"], rows, g.pick(["plus", "psql", "plain", "md"]))
    if g.chance(0.6):
        doc.f("Renovação on-line em «d» · IP «ip» · «u»\n", d=ts(g.moment(), "br"), ip=(g.ip(), "IP_ADDRESS"),
              u=g.pick(["app " + sysn, "site (autoatendimento)", "totem da biblioteca"]))
    late = [r_[1][0] for r_ in rows if r_[4][0] in ("EM ATRASO", "extraviado")] or [rows[0][1][0]]
    doc.f("\n--- aviso enviado por e-mail em «d» ---\n", d=g.date("br"))
    doc.f("Olá, «n»! O exemplar de \"«b»\" está em atraso desde «d». A multa é de R$ «m» por dia útil; a renovação pode ser feita pelo site ou no balcão.\n",
          n=P(g.pick([r.first, r.full]) if not minor else gd.first), b=late[0], d=g.date("br"), m=brl(g.pick([0.5, 1.0, 1.5])))
    if minor:
        doc.t("(Aviso dirigido ao responsável, pois o leitor é menor de idade.)\n")
    doc.f("\n«n»\nBibliotecári«o» — «c»\n«m»\n", n=P(lib.full), o=lib.o, c=(g.council("CRB"), "PROFESSIONAL_ID"),
          m=(corp_mail(lib, dom, g), "EMAIL_ADDRESS") if g.chance(0.5) else role_mail(g, dom, g.pick(["biblioteca", "emprestimos", "leitores"])))
    return doc


def at_stt_arquivo(g: Gen) -> Doc:
    """A speech-to-text call to an archive's reference desk (a copy of an immigrant ancestor's record; CPF, phone, birth date, address and CEP spoken), then the typed request."""
    doc = Doc()
    nm, raz, dom, kind = inst(g, ("arquivo",))
    c = g.person()
    at = g.person(female=g.chance(0.6))
    anc = g.person(False, origin=g.pick(["it", "jp", "ar", "pl", "am", "de", "gr", "pt"]))
    fee = g.pick([("vinte", 20.0), ("trinta e cinco", 35.0), ("quarenta", 40.0), ("cinquenta", 50.0)])
    cpf = g.cpf_digits()
    cep = g.cep(False)
    t0 = g.moment(hours=(9, 17))
    fund = g.pick(["Fundo Hospedaria de Imigrantes", "Fundo Cartório do 2º Ofício de Notas", "Fundo Companhia Ferroviária Leão do Norte",
                   "Fundo Santa Casa de Misericórdia", "Fundo Fazenda Bom Retiro"])
    doc.f("[transcricao automatica — «n» — referencia — «d»]\n", n=lower(nm), d=ts(t0, "sql"))
    doc.f("atendente: «n» bom dia «a» falando\n", n=lower(nm), a=P(lower(at.first)))
    doc.f("cliente: bom dia eu to tentando a cidadania e preciso do registro de entrada do meu «x» que chegou no navio por volta de «y»\n",
          x=g.pick(["bisavô", "avô", "trisavô"]), y=g.ri(1888, 1935))
    doc.t("atendente: qual o nome dele do jeito que tava no documento\ncliente: ")
    doc.e(lower(anc.full), "PERSON")
    doc.t(g.pick(["\n", " mas as vezes aparece escrito errado\n"]))
    if g.chance(0.35):
        doc.t("atendente: e a esposa dele\ncliente: ")
        w = g.person(True, origin=g.pick(["it", "jp", "pl", "am", "pt"]))
        doc.e(lower(w.full), "PERSON")
        doc.t("\n")
    doc.t("atendente: certo agora os dados do solicitante nome completo\ncliente: ")
    doc.e(lower(c.full), "PERSON")
    doc.f("\natendente: cpf\ncliente: «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    if g.chance(0.65):
        doc.f("atendente: data de nascimento\ncliente: «d»\n", d=(stt_dob(g), "DATE_OF_BIRTH"))
    if g.chance(0.4):
        rg = re.sub(r"\D", "", g.rg("raw"))
        while len(rg) < 9:
            rg = re.sub(r"\D", "", g.rg("raw"))
        doc.f("atendente: e o rg\ncliente: «r»\n", r=(g.pick([spoken_digits(rg, g), f"{rg[:2]} {rg[2:5]} {rg[5:8]} {rg[8]}"]), "BR_RG"))
    ddd, local = g.msisdn()
    doc.f("atendente: telefone com ddd\ncliente: «t»\n", t=(g.pick([f"{ddd} {local[0]} {local[1:5]} {local[5:]}", f"{spoken_digits(ddd, g)} {spoken_digits(local, g)}",
                                                                    f"{ddd} {local[:5]} {local[5:]}"]), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.t("atendente: email\ncliente: ")
        doc.e(g.email(c), "EMAIL_ADDRESS")
        doc.t("\n")
    post = g.chance(0.6)
    addr = g.address()
    if post:
        doc.t("atendente: quer a certidao impressa pelo correio\ncliente: quero sim o endereco e ")
        doc.e(lower(addr).replace("apto", "apartamento").replace("ap.", "apartamento").replace(",", ""), "ADDRESS")
        doc.f(" cep «p»\n", p=(g.pick([spoken_digits(cep, g), f"{cep[:5]} {cep[5:]}", f"{cep[:2]} {cep[2:5]} {cep[5:]}"]), "BR_CEP"))
    doc.f("atendente: a taxa de busca e reproducao e «v» reais vou mandar a chave pix por sms o prazo e de «n» dias uteis\ncliente: obrigad«o»\n\n",
          v=fee[0], n=g.pick(["dez", "quinze", "vinte"]), o=c.o)
    doc.t("PEDIDO DE PESQUISA E REPRODUÇÃO — SERVIÇO DE REFERÊNCIA\n")
    fields = [("Protocolo", V(proto(g))), ("Solicitante", P(c.full)), ("CPF", (fmt_cpf(cpf), "BR_CPF")),
              ("Telefone", (g.fmt_phone(ddd, local, g.pick(["par", "plain"])), "PHONE_NUMBER")),
              ("Documento buscado", V("registro de entrada / matrícula de imigrante")), ("Titular do documento", P(anc.full)),
              ("Fundo", V(fund)), ("Localização", V(f"caixa {g.ri(1, 480)}, livro {g.ri(1, 90)}, fl. {g.ri(1, 300)}"))]
    if post:
        fields += [("Entrega", V("Correios (carta registrada)")), ("Endereço", (addr, "ADDRESS")), ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP"))]
    else:
        fields.append(("Entrega", V("PDF por e-mail, com assinatura digital")))
    fields += [("Taxa", V("R$ " + brl(fee[1]))), ("Pix (chave aleatória do arquivo)", (g.uuid(), "PIX_KEY")),
               ("Atendente", P(at.full) if g.chance(0.4) else V(login(at, g)))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    return doc


def at_sala_consulta(g: Gen) -> Doc:
    """A reading-room researcher registration (online form with the sender's IP; CPF, RG, birth date, e-mail, phone, address, advisor; ORCID and Lattes ids unlabelled) and the room's logbook in capitals."""
    doc = Doc()
    nm, raz, dom, kind = inst(g, ("arquivo", "biblioteca", "museu"))
    r = g.person()
    adv = g.person()
    arch = g.person()
    uni = g.pick(["USP", "UNICAMP", "UFMG", "UFBA", "UFPE", "UFRGS", "UFPR", "PUC-Rio", "UFC", "UnB", "Unesp", "UFPA", "Universidade de Coimbra"])
    udom = {"USP": "usp.br", "UNICAMP": "unicamp.br", "UFMG": "ufmg.br", "UFBA": "ufba.br", "UFPE": "ufpe.br", "UFRGS": "ufrgs.br", "UFPR": "ufpr.br",
            "PUC-Rio": "puc-rio.br", "UFC": "ufc.br", "UnB": "unb.br", "Unesp": "unesp.br", "UFPA": "ufpa.br", "Universidade de Coimbra": "uc.pt"}[uni]
    t0 = g.moment()
    doc.f("Formulário de cadastro de pesquisador — «n»\nenviado em «d» · IP de origem «ip»\n\n", n=nm, d=ts(t0, "br"), ip=(g.ip(), "IP_ADDRESS"))
    r_cpf, r_rg = g.cpf(), g.rg()
    fields = [("Nome completo", P(r.full)), ("Data de nascimento", (g.dob("br", 1950, 2003), "DATE_OF_BIRTH")), ("CPF", (r_cpf, "BR_CPF"))]
    if g.chance(0.6):
        fields.append(("RG", (r_rg, "BR_RG")))
    fields += [("E-mail", (g.email(r, udom if g.chance(0.4) else None), "EMAIL_ADDRESS")), ("Celular", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.6):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    fields += [("Instituição / vínculo", V(f"{uni} — {g.pick(['mestrado', 'doutorado', 'graduação (IC)', 'pós-doutorado', 'pesquisador independente'])}")),
               ("Orientador(a)", P(g.pick([adv.full, adv.short])) if g.chance(0.8) else V("não se aplica"))]
    if g.chance(0.5):
        fields.append(("E-mail do(a) orientador(a)", (corp_mail(adv, udom, g), "EMAIL_ADDRESS")))
    if g.chance(0.6):
        fields.append(("ORCID", V(orcid(g))))
    if g.chance(0.5):
        fields.append(("Currículo Lattes (ID)", V(lattes(g))))
    fields += [("Tema", V(g.pick(["imigração e trabalho ferroviário", "irmandades negras no século XIX", "imprensa operária", "arquitetura escolar",
                                  "fotografia de estúdio e retrato", "epidemias e Santa Casa", "mulheres na indústria têxtil"]))),
               ("Acervos de interesse", V("; ".join(g.sample(FUNDS, 2)))),
               ("Declaração", V("li e aceito o regulamento da sala de consulta e a política de uso de imagens"))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    doc.f("\nCadastro aprovado por «a» em «d».\n\n", a=P(arch.full) if g.chance(0.3) else V(login(arch, g)), d=g.date("br"))
    O = (lambda s: ocr_t(s, g, 0.25)) if g.chance(0.3) else (lambda s: s)
    doc.t(O("LIVRO DE REGISTRO DA SALA DE CONSULTA — " + fold(nm).upper() + "\n"))
    doc.t("DATA | PESQUISADOR | DOC. | ACERVO | ENTRADA | SAIDA\n")
    people = [r] + [g.person() for _ in range(g.ri(1, 3))]
    g.rng.shuffle(people)
    for p in people:
        d = g.date("short")
        doc.f("«d» | «n» | «k» «v» | «a» | «h1» | «h2»\n", d=d, n=P(p.capsf if g.chance(0.7) else p.inverted),
              **({"k": "RG", "v": (r_rg if p is r else g.rg(), "BR_RG")} if g.chance(0.5) else {"k": "CPF", "v": (r_cpf if p is r else g.cpf(), "BR_CPF")}),
              a=fold(g.pick(FUNDS)).upper()[:28], h1=f"{g.ri(9, 12):02d}:{g.ri(0, 59):02d}", h2=f"{g.ri(13, 17):02d}:{g.ri(0, 59):02d}")
    doc.f("VISTO: «n»\n", n=P(fold(arch.short).upper()) if g.chance(0.6) else V("________"))
    return doc


def at_zap_mediadores(g: Gen) -> Doc:
    """The guides' and volunteers' WhatsApp group (lower case): shift swaps, a new volunteer's data for the term, parking plates, the coffee-fund Pix."""
    doc = Doc()
    nm, raz, dom, kind = inst(g, ("museu", "centro", "biblioteca"))
    st = chat_stamp(g)
    tt = iter(seq_times(g, 60, g.moment(hours=(7, 10)), 60, 2400))
    coord = g.person(female=g.chance(0.6))
    crew = [g.person() for _ in range(g.ri(3, 4))]
    doc.f("Conversa do WhatsApp com «e»«n»\n\n", e=g.pick(["🏛️ ", "🖼️ ", "📚 ", ""]),
          n=g.pick(["MEDIADORES " + fold(nm).upper(), "Voluntários " + nm, "Educativo — escala", "equipe do fim de semana"]))

    def sender(p: Person) -> tuple:
        if g.chance(0.8):
            return (g.phone("wa"), "PHONE_NUMBER")
        return P(lower(g.pick([p.first, p.nick, p.short])))
    S = [sender(p) for p in crew]
    cmode = g.pick(["voce", "voce", "phone", "phone", "phone", "name"])
    cname = lower(g.pick([coord.first, coord.short]))
    cphone = g.phone("wa")

    def coord_line(template: str, **vals) -> None:
        doc.t(st(next(tt)))
        if cmode == "voce":
            doc.t("Você")
        elif cmode == "phone":
            doc.e(cphone, "PHONE_NUMBER")
        else:
            doc.e(cname, "PERSON")
        doc.t(": ")
        doc.f(template, **vals)
        doc.t("\n")
    coord_line("bom dia gente! escala do fds: sábado «a», domingo «c»«x»", a=P(lower(crew[0].first)),
               c=P(lower(crew[2].first)) if g.chance(0.5) else V("fechado pra montagem"), x=g.pick(["", " + eu", " (visita em libras às 11h)"]))
    k = g.ri(0, len(crew) - 1)
    cl(doc, st(next(tt)), S[k], "alguém cobre meu sábado? «x»", x=g.pick(["tenho prova", "minha filha faz aniversário", "vou pro interior", "consulta médica"]))
    j = (k + 1) % len(crew)
    if g.chance(0.6):
        cl(doc, st(next(tt)), S[j], "eu cubro «n»", n=P(lower(crew[k].first)))
    else:
        cl(doc, st(next(tt)), S[j], g.pick(["eu cubro", "deixa comigo", "posso ir de manhã só"]))
    newv = g.person()
    circ = g.pick(["barroco", "ferroviário", "da imigração", "infantil", "fotografia"])
    if g.chance(0.5):
        coord_line("chegou voluntári«o» nov«o» no time! 💛 vai acompanhar as visitas do circuito «c»", o=newv.o, c=circ)
    else:
        coord_line("chegou voluntári«o» nov«o» no time: «n» 💛 vai acompanhar as visitas do circuito «c»", o=newv.o, n=P(lower(g.pick([newv.full, newv.first]))), c=circ)
    if g.chance(0.5):
        coord_line("«n», pro termo de voluntariado preciso de nome completo, cpf, rg e data de nascimento, pode mandar no privado ou aqui mesmo",
                   n=P(lower(newv.first)))
    else:
        coord_line("pro termo de voluntariado preciso de nome completo, cpf, rg e data de nascimento, pode mandar no privado ou aqui mesmo")
    Snew = (g.phone("wa"), "PHONE_NUMBER")
    cl(doc, st(next(tt)), Snew, "oi gente!! «n»\ncpf «c»\nrg «r»\nnasc «d»", n=P(lower(newv.full)), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
       r=(g.rg(), "BR_RG"), d=(g.dob(g.pick(["br", "nopad", "short"]), 1950, 2006), "DATE_OF_BIRTH"))
    if g.chance(0.35):
        cl(doc, st(next(tt)), Snew, "titulo de eleitor precisa? é «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    if g.chance(0.4):
        cl(doc, st(next(tt)), Snew, "meu email é «e»", e=(g.email(newv), "EMAIL_ADDRESS"))
    coord_line("a segurança pediu as placas de quem vem de carro pro estacionamento interno:")
    for p in g.sample(crew, g.ri(1, 3)):
        coord_line("«n» «p»", n=P(lower(g.pick([p.first, p.nick]))), p=(g.plate(), "LICENSE_PLATE"))
    if g.chance(0.6):
        cl(doc, st(next(tt)), S[g.ri(0, len(crew) - 1)], "a vaquinha do café/biscoito de março: 15 conto, pix na chave aleatória «k» (é da «n»)", k=(g.uuid(), "PIX_KEY"),
           n=P(lower(coord.first)))
    if g.chance(0.5):
        k = g.ri(0, len(crew) - 1)
        cl(doc, st(next(tt)), S[k], "mudei de número, o novo é «t»", t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    if g.chance(0.3):
        v = g.person()
        cl(doc, st(next(tt)), S[g.ri(0, len(crew) - 1)], "o vigia «n» achou um celular na sala «s», tá na recepção", n=P(lower(g.pick([v.first, v.nick]))), s=g.ri(1, 9))
    cl(doc, st(next(tt)), S[g.ri(0, len(crew) - 1)], chat_neg(g))
    return doc


def at_email_reclamacao(g: Gen) -> Doc:
    """A visitor's complaint e-mail (cloakroom damage, a guard's manner, a double charge, a cancelled workshop) quoted under the ombudsman's answer."""
    doc = Doc()
    nm, raz, dom, kind = inst(g, ("museu", "centro"))
    c = g.person()
    om = g.person()
    guard = g.person()
    bk, bdom = g.pick(BOOKING)
    topic = g.pick(["guarda", "vigia", "cobranca", "oficina", "carro"])
    t0 = g.moment(hours=(7, 23))
    t1 = t0 + datetime.timedelta(days=g.ri(1, 6), hours=g.ri(1, 5))
    cmail = g.email(c)
    doc.f("De: «n» <«e»>\nPara: «v»\nCc: «cc»\nData: «d»\nAssunto: RE: Reclamação — protocolo «p»\n\n", n=P(om.full), e=(corp_mail(om, dom, g), "EMAIL_ADDRESS"),
          v=(cmail, "EMAIL_ADDRESS"), cc=role_mail(g, dom, "ouvidoria"), d=mail_date(t1), p=proto(g))
    doc.f("Prezad«o» «n»,\n\n", o=c.o, n=P(g.pick([c.first, c.full])))
    if topic == "guarda":
        doc.t("Lamentamos o ocorrido. A bolsa foi avaliada pela nossa equipe e a indenização foi aprovada no valor da nota fiscal. ")
    elif topic == "vigia":
        doc.f("Conversamos com «a» «g» e com a supervisão da empresa terceirizada; as orientações sobre a abordagem de visitantes foram reforçadas.",
              g=P(g.pick([guard.full, guard.first])), a="a vigilante" if guard.female else "o vigilante")
    elif topic == "cobranca":
        doc.f("Confirmamos a cobrança em duplicidade na plataforma «b»; o estorno foi solicitado à operadora. ", b=bk)
    elif topic == "carro":
        doc.t("As imagens do estacionamento confirmam que a cancela desceu sobre o veículo. A seguradora do museu cobrirá o reparo na oficina de sua escolha. ")
    else:
        doc.t("A oficina foi cancelada por falta do material e não deveríamos ter deixado de avisar. O valor será devolvido integralmente. ")
    if topic != "vigia":
        doc.t("O reembolso será feito em até 10 dias úteis pelos dados informados.")
    else:
        doc.t(" Pedimos desculpas a você e ao seu filho.")
    doc.t("\n\n")
    doc.f("Atenciosamente,\n«n»\nOuvidoria — «m»\n«t»\n\n", n=P(om.full), m=nm, t=(g.phone("par", mobile=False), "PHONE_NUMBER") if g.chance(0.5) else V("(ramal 214)"))
    doc.f("> Em «d», «n» <«e»> escreveu:\n> X-Originating-IP: [«ip»]\n>\n", d=ts(t0, "br"), n=P(c.full), e=(cmail, "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"))
    if topic == "guarda":
        doc.f("> Deixei minha bolsa no guarda-volumes (ficha «f») no domingo e ela voltou com a alça rasgada e o fecho quebrado. «o» «g» disse\n"
              "> que não podia fazer nada. A bolsa custou R$ «v» (tenho a nota).\n", f=g.ri(1, 300), o="A funcionária" if guard.female else "O funcionário",
              g=P(guard.first) if g.chance(0.6) else V("do balcão"), v=brl(g.ri(150, 1800) + 0.0))
    elif topic == "vigia":
        doc.f("> Na sala «s» «o» «g» gritou com meu filho de 6 anos porque ele apontou para um quadro. Achei a abordagem muito agressiva.\n",
              s=g.ri(1, 12), o="a segurança" if guard.female else "o segurança", g=P(guard.first) if g.chance(0.5) else V("de cabelo grisalho"))
    elif topic == "carro":
        doc.f("> No sábado a cancela do estacionamento do museu desceu em cima do meu carro, placa «p», e amassou o capô. O manobrista «m» viu tudo.\n",
              p=(g.plate(), "LICENSE_PLATE"), m=P(guard.first) if g.chance(0.5) else V("da tarde"))
        if g.chance(0.4):
            doc.f("> Se precisarem, minha CNH é «k».\n", k=(g.cnh(), "BR_CNH"))
    elif topic == "cobranca":
        doc.f("> Comprei 4 ingressos pela «b» (pedido «p») e o cartão «k» foi cobrado duas vezes.\n", b=bk, p=pedido(g),
              k=(g.card(g.chance(0.6)), "CREDIT_CARD") if g.chance(0.8) else V(g.masked_card()))
    else:
        doc.f("> Paguei a oficina de encadernação para minha filha «f» e chegando lá estava cancelada, ninguém avisou.\n",
              f=P(g.relative(c, True).first))
    doc.f("> Meu CPF é «c» e o telefone «t».\n", c=(g.cpf(), "BR_CPF"), t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.3):
        doc.f("> Moro na «a», CEP «p», caso precisem enviar algo.\n", a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    r = g.rng.random() if topic != "vigia" else 2.0
    if r < 0.4:
        doc.f("> Para o reembolso: «b», agência «a», conta «k».\n", b=g.pick(BANKS)[1], a=(g.agency(), "BANK_ACCOUNT"), k=(g.account(), "BANK_ACCOUNT"))
    elif r < 0.8:
        kind_, kv = pix_key(g, c)
        doc.f("> Pix («k»): «v»\n", k=kind_, v=kv)
    elif r < 1.0:
        doc.f("> Podem mandar o cheque para «a», CEP «p».\n", a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
    doc.f("> «n»\n", n=P(g.pick([c.first, c.full])))
    if g.chance(0.3):
        doc.t("\n" + word_neg(g) + "\n")
    return doc


AT = [at_agendamento_grupo, at_roster_escola, at_biblioteca_cadastro, at_stt_arquivo, at_sala_consulta, at_zap_mediadores, at_email_reclamacao]


# --------------------------------------------------------------------------- juridico


def raz_g(raz: str) -> str:
    """Gender ending for a legal entity ('' for Município/Instituto, 'a' for Fundação/Associação/...)."""
    return "" if raz.split()[0] in ("Município", "Instituto") else "a"


def artist_of_work(g: Gen) -> Person:
    """The (invented) author of a work in a collection: a person, dead or alive."""
    return g.person(origin=g.pick([None, None, "it", "jp", "am", "pl", "de", "ar"]))


def ju_emprestimo_obras(g: Gen) -> Doc:
    """A loan agreement of works (comodato) between a private collector and a museum: parties qualified, the works with their (invented) authors, insurance nail to nail, the carrier's truck and driver, the courier museologist (COREM), witnesses, an e-signature log."""
    doc = Doc()
    nm, raz, dom, kind = inst(g, ("museu", "centro"))
    ins, idom = g.pick(INSURERS)
    tr, tdom = g.pick(TRANSPORTERS)
    col = g.person()
    dire = g.person()
    cur = g.person()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    expo = g.pick(["Modernismos do Interior", "Retratos de um Século", "O Trabalho e a Luz", "Sagrado e Cotidiano", "Paisagens do Vale", "Imigrantes"])
    doc.f("TERMO DE COMODATO DE OBRAS DE ARTE Nº «n»\nExposição temporária \"«x»\"\n\n", n=f"{g.ri(1, 60):02d}/{g.pick([2025, 2026])}", x=expo)
    doc.t("COMODANTE: ")
    col_mail = g.email(col)
    qualify(g, doc, col, email=col_mail, phone=g.chance(0.7), job=("colecionador", "colecionadora"))
    doc.t(";\n\n")
    doc.f("COMODATÁRIO: «r», mantenedor«x» «d» «n», inscrit«y» no CNPJ sob o nº «c», neste ato representad«y» por «sd» «p», CPF «pc»;\n\n",
          r=raz, x=raz_g(raz), y="a" if raz_g(raz) else "o", d=art_of(nm, "de"), n=nm, c=(g.any_cnpj(), "BR_CNPJ"), sd="sua diretora" if dire.female else "seu diretor",
          p=P(dire.full), pc=(g.cpf(), "BR_CPF"))
    doc.t("CLÁUSULA 1ª — DO OBJETO. O COMODANTE empresta, a título gratuito, as obras abaixo, de sua propriedade:\n\n")
    rows = []
    total = 0.0
    for k in range(g.pick([1, 2, 2, 3])):
        a = artist_of_work(g)
        v = g.ri(3, 400) * 1000.0
        total += v
        known = g.chance(0.8)
        rows.append([V(str(k + 1)), P(g.pick([a.full, a.full, a.inverted])) if known else V("autoria desconhecida"),
                     V(years_of(g) if known else g.pick(["séc. XVIII", "séc. XIX", "c. 1900"])), V(g.pick(WORKS)), V(g.pick(TECHNIQUES)),
                     V(f"{g.ri(20, 180)} x {g.ri(20, 220)} cm"), V("R$ " + brl(v))])
    table_ruled(doc, ["nº", "autor", "datas", "título", "técnica", "dimensões", "valor de seguro"], rows, g.pick(["plus", "pipe", "plain"]))
    doc.f("\nCLÁUSULA 2ª — DO SEGURO. O COMODATÁRIO contratará seguro na modalidade \"prego a prego\" junto à «i» (apólice «a»), pelo valor total de R$ «v».\n",
          i=ins, a=apolice(g), v=brl(total))
    drv = g.person(False)
    doc.f("CLÁUSULA 3ª — DO TRANSPORTE. O transporte será feito pela «t», em caminhão climatizado placa «p», conduzido por «m»", t=tr,
          p=(g.plate(), "LICENSE_PLATE"), m=P(drv.full))
    if g.chance(0.5):
        doc.f(" (CNH «k»)", k=(g.cnh(), "BR_CNH"))
    doc.f(", com acompanhamento d«o» courier «c», museólog«o2» «cr».\n", o="a" if cur.female else "o", c=P(cur.full), o2=cur.o,
          cr=(g.council("COREM"), "PROFESSIONAL_ID"))
    if g.chance(0.5):
        doc.f("CLÁUSULA 4ª — DO LAUDO. Laudos de estado de conservação serão assinados na saída e na devolução pela conservadora-restauradora «r».\n",
              r=P(g.person(True).full))
    else:
        doc.t("CLÁUSULA 4ª — DO LAUDO. Laudos de estado de conservação, com fotografias, serão assinados na saída e na devolução.\n")
    doc.f("CLÁUSULA 5ª — DO PRAZO. De «a» a «b», podendo ser prorrogado por aditivo.\n", a=g.date("br"), b=g.date("br", 2026))
    doc.t("CLÁUSULA 6ª — Os créditos de exposição trarão a legenda \"Coleção particular\", salvo autorização expressa. O uso de imagens observará a Lei 9.610/1998.\n\n")
    doc.f("«c», «d».\n\n", c=city, d=g.date("long"))
    t0 = g.moment()
    if g.chance(0.6):
        esign_log(g, doc, [(col, col_mail), (dire, corp_mail(dire, dom, g))], t0)
    else:
        doc.f("_________________________\n«a»\n\n_________________________\n«b»\n", a=P(col.caps), b=P(dire.caps))
    doc.t("\nTESTEMUNHAS:\n")
    for k in range(g.pick([1, 2, 2])):
        w = g.person()
        doc.f("«k». «n» — CPF «c»\n", k=k + 1, n=P(w.full), c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
    return doc


def ju_licenca_imagem(g: Gen) -> Doc:
    """An image-use and reproduction licence: the artist's estate (executor qualified, the inventory's CNJ number), the museum holding the work, the licensee's CNPJ and representative, the photographer, the fee to the executor's account, an e-signature log or witnesses."""
    doc = Doc()
    nm, raz, dom, kind = inst(g, ("museu", "centro"))
    lic, ldom = g.pick(LICENSEES)
    a = artist_of_work(g)
    inv = g.relative(a)
    rep_ = g.person()
    ph = g.person()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    doc.f("LICENÇA DE USO DE IMAGEM E DE DIREITOS PATRIMONIAIS DE AUTOR\n\n")
    doc.f("LICENCIANTE: ESPÓLIO DE «a», representado por «x» inventariante, ", a=P(a.capsf), x="sua" if inv.female else "seu")
    inv_mail = g.email(inv)
    qualify(g, doc, inv, email=inv_mail, phone=g.chance(0.4))
    doc.f(", nomead«o» nos autos do inventário nº «p», em trâmite na «v»ª Vara de Família e Sucessões de «c»;\n\n", o=inv.o, p=g.cnj(CNJ_SEG.get(uf, "8.26")),
          v=g.ri(1, 12), c=city)
    doc.f("LICENCIADA: «l», CNPJ «c», representada por «r», CPF «rc», e-mail «re»;\n\n", l=lic, c=(g.any_cnpj(), "BR_CNPJ"), r=P(rep_.full),
          rc=(g.cpf(), "BR_CPF"), re=(corp_mail(rep_, ldom, g), "EMAIL_ADDRESS"))
    doc.f("INTERVENIENTE: «r», CNPJ «c», depositária das obras.\n\n", r=raz, c=(g.any_cnpj(), "BR_CNPJ"))
    works = g.sample(WORKS, g.ri(1, 4))
    doc.f("1. OBJETO: reprodução das obras «w», de autoria de «a», pertencentes ao acervo «d» «n» (registros «t»), para «u».\n",
          w=", ".join(f"\"{w}\"" for w in works), a=P(g.pick([a.full, a.short])), d=art_of(nm, "de"), n=nm, t=", ".join(tombo(g, nm) for _ in works),
          u=g.pick(["capa e miolo de livro didático, tiragem de 20.000 exemplares", "documentário de longa-metragem, todas as janelas",
                    "campanha publicitária em mídia impressa e digital por 12 meses", "catálogo de exposição e site institucional", "estampa de coleção de moda"]))
    doc.f("2. As fotografias serão feitas por «p», CPF «c», no laboratório de imagem do acervo, sob supervisão da museóloga «m» («cr»).\n",
          p=P(ph.full), c=(g.cpf(), "BR_CPF"), m=P(g.person(True).full) if g.chance(0.6) else V("responsável técnica"), cr=(g.council("COREM"), "PROFESSIONAL_ID"))
    fee = g.ri(2, 60) * 500.0
    doc.f("3. Pela licença a LICENCIADA pagará R$ «v» ao espólio, em conta de titularidade d«o» inventariante: «b», agência «ag», conta «ac»; "
          "e R$ «t» à interveniente, a título de taxa de reprodução.\n", v=brl(fee), o=inv.o, b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
          ac=(g.account(), "BANK_ACCOUNT"), t=brl(g.ri(3, 30) * 100.0))
    doc.t("4. Os créditos seguirão o modelo: © Espólio do autor / Acervo da instituição. Vedadas alterações, cortes ou sobreposições sem autorização "
          "(arts. 24 e 29 da Lei 9.610/1998).\n5. Esta licença é não exclusiva, intransferível e válida por 5 anos.\n\n")
    doc.f("«c», «d».\n", c=city, d=g.date("long"))
    t0 = g.moment()
    if g.chance(0.55):
        esign_log(g, doc, [(inv, inv_mail), (rep_, corp_mail(rep_, ldom))] + ([(g.person(), corp_mail(g.person(), dom))] if g.chance(0.3) else []), t0)
    else:
        doc.t("\n")
        for p in (inv, rep_):
            doc.f("______________________\n«n»\n", n=P(p.caps))
        w = g.person()
        doc.f("Testemunha: «n», CPF «c»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"))
    return doc


def ju_reclamacao_trabalhista(g: Gen) -> Doc:
    """A labour claim by an outsourced guard, cleaner or educator against the contractor and the museum foundation (subsidiary liability): PIS, título, birth date, CTPS unlabelled, the supervisor's WhatsApp, Pix wages, witnesses, lawyers."""
    doc = Doc()
    nm, raz, dom, kind = inst(g)
    os_, osdom = g.pick(OUTSOURCED)
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    w = g.person()
    sup = g.person()
    role = {"Vigilância Leão de Guarda Ltda.": ("vigilante", "vigilante"), "Limpa Bem Serviços Gerais Ltda.": ("auxiliar de limpeza", "auxiliar de limpeza"),
            "Serena Facilities Ltda.": ("recepcionista", "recepcionista"), "Educa Arte Mediação Cultural Ltda.": ("educador", "educadora")}[os_]
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DA «v»ª VARA DO TRABALHO DE «c»/«uf»\n\n", v=g.ri(1, 40), c=fold(city).upper(), uf=uf)
    if g.chance(0.3):
        doc.f("Distribuição por dependência ao processo nº «p»\n\n", p=g.cnj(TRT.get(uf, "5.02")))
    qualify(g, doc, w, caps=g.chance(0.3), dob=g.chance(0.6), pis=True, titulo=g.chance(0.7), phone=g.chance(0.5), where=(city, uf), job=role)
    doc.f(", CTPS «k», vem, por seus advogados, propor\n\nRECLAMAÇÃO TRABALHISTA\n\nem face de «o», CNPJ «c», e, subsidiariamente, «r», CNPJ «r2», "
          "mantenedora d«a» «n», pelos fatos a seguir.\n\n", k=ctps(g, uf), o=os_, c=(g.any_cnpj(), "BR_CNPJ"), r=raz, r2=(g.any_cnpj(), "BR_CNPJ"),
          a="o" if art_of(nm, "de") == "do" else "a", n=nm)
    doc.f("1. «A» reclamante foi admitid«o» em «d» e trabalhou exclusivamente n«a» «n», em escala 12x36, até «e». Nas aberturas de exposição "
          "permanecia até a meia-noite sem o pagamento de horas extras.\n", A="A" if w.female else "O", o=w.o, d=g.date("br", 2022), a="o" if art_of(nm, "em") == "no" else "a",
          n=nm, e=g.date("br"))
    doc.f("2. As ordens eram dadas pel«o» supervisor«a» «s»", o="a" if sup.female else "o", a="a" if sup.female else "", s=P(sup.full))
    if sup.nick != sup.first and g.chance(0.6):
        doc.f(", conhecid«o» como «k»", o=sup.o, k=P(sup.nick))
    doc.f(", pelo WhatsApp «t», inclusive nas folgas (prints anexos).\n", t=(g.phone(g.pick(["par", "plain", "wa"])), "PHONE_NUMBER"))
    if g.chance(0.6):
        doc.f("3. Parte do salário era paga \"por fora\", por Pix para a chave CPF «c», sem reflexos em férias e FGTS.\n", c=(g.cpf(), "BR_CPF"))
    else:
        doc.f("3. O adicional noturno e o vale-transporte eram depositados com atraso na conta «b», agência «ag», conta «ac».\n", b=g.pick(BANKS)[1],
              ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.t("4. Requer-se o pagamento de horas extras, adicional noturno, reflexos, multas dos arts. 467 e 477 da CLT e a responsabilidade subsidiária "
          "da segunda reclamada (Súmula 331 do TST).\n\nROL DE TESTEMUNHAS:\n")
    for _ in range(g.ri(1, 3)):
        t = g.person()
        if g.chance(0.5):
            doc.f("- «n», CPF «c», «ad», «ci»/«uf»\n", n=P(t.full), c=(g.cpf(), "BR_CPF"), ad=(g.address(), "ADDRESS"), ci=city, uf=uf)
        else:
            doc.f("- «n», telefone «c»\n", n=P(t.full), c=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("\nDá-se à causa o valor de R$ «v».\n«c», «d».\n\n", v=brl(g.ri(15, 120) * 1000.0), c=city, d=g.date("long"))
    lawyer_sig(g, doc, g.ri(1, 2))
    return doc


def ju_bo_furto(g: Gen) -> Doc:
    """A police report in capitals (OCR'd sometimes) of rare items stolen from a library's or archive's special collections: the librarian reporting (CRB), the suspect researcher qualified, his car's plate, the guard, the PM soldier, the delegado, the clerk."""
    doc = Doc()
    nm, raz, dom, kind = inst(g, ("biblioteca", "arquivo", "museu"))
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    R = g.pick([0.0, 0.0, 0.25, 0.35])
    O = (lambda s: ocr_t(caps_t(s), g, R)) if R else caps_t
    N = (lambda s: ocr(s, g, 0.3, names=True)) if R else (lambda s: s)
    lib = g.person()
    sus = g.person(False)
    guard = g.person(False)
    doc.f(O("SECRETARIA DA SEGURANÇA PÚBLICA — POLÍCIA CIVIL\n«d»ª DELEGACIA DE POLÍCIA DE «c»\nBOLETIM DE OCORRÊNCIA Nº «n»\n\n"), d=g.ri(1, 9),
          c=fold(city).upper(), n=f"{g.ri(100, 9999)}/{g.pick([2025, 2026])}")
    doc.f(O("NATUREZA: FURTO QUALIFICADO (ART. 155, § 4º, II, CP) — BENS DE VALOR HISTÓRICO\nLOCAL: «l» — SETOR DE OBRAS RARAS\nDATA DO FATO: «d»\n\n"),
          l=fold(nm).upper(), d=g.date("br"))
    doc.t(O("COMUNICANTE: "))
    doc.e(N(lib.capsf), "PERSON")
    doc.f(O(", BIBLIOTECÁRI«o» «cr», CPF «c», TEL «t».\n"), o=lib.o.upper(), cr=(g.council("CRB").upper(), "PROFESSIONAL_ID"), c=(g.cpf(), "BR_CPF"),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.t(O("AUTOR (SUSPEITO): "))
    doc.e(N(sus.capsf), "PERSON")
    doc.f(O(", NASCID«o» EM «d», RG «rg», CPF «c», RESIDENTE NA "), o=sus.o.upper(), d=(g.dob("br", 1955, 2000), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"),
          c=(g.cpf(), "BR_CPF"))
    doc.e(N(g.address("caps")), "ADDRESS")
    doc.f(O(", CEP «p»"), p=(g.cep(), "BR_CEP"))
    if g.chance(0.5):
        doc.f(O(", E-MAIL DO CADASTRO DE PESQUISADOR «e»"), e=(g.email(sus), "EMAIL_ADDRESS"))
    if g.chance(0.3):
        doc.f(O(", CNH «k»"), k=(g.cnh(), "BR_CNH"))
    doc.t(".\n\n")
    items = g.sample(["ATLAS DE 1789 COM ROSA DOS VENTOS", "MAPA DA CAPITANIA (GRAVURA AQUARELADA)", "PRIMEIRA EDIÇÃO DE POEMAS PARA CELESTE",
                      "3 FOLHAS DO LIVRO DE REGISTRO DE ESCRAVOS", "ÁLBUM FOTOGRÁFICO DO ESTÚDIO AMADO", "CARTA AUTÓGRAFA DATADA DE 1822",
                      "PRANCHAS BOTÂNICAS (4 UN.)", "LITOGRAFIAS DA VILA PRUDENTE (2 UN.)"], g.ri(1, 3))
    doc.f(O("HISTÓRICO: «a» COMUNICANTE RELATA QUE O AUTOR, CADASTRADO COMO PESQUISADOR DESDE «d», CONSULTOU O ACERVO EM TRÊS DATAS E QUE, NA CONFERÊNCIA "
            "DO DIA SEGUINTE, DERAM FALTA DOS SEGUINTES ITENS: «i» (TOMBOS «t»). AS IMAGENS DO CFTV MOSTRAM O AUTOR SAINDO COM UMA PASTA E EMBARCANDO NO "
            "VEÍCULO PLACA «p». O VIGILANTE "), a="A" if lib.female else "O", d=g.date("br"), i="; ".join(items), t=", ".join(tombo(g, nm) for _ in items), p=(g.plate(), "LICENSE_PLATE"))
    doc.e(N(fold(g.pick([guard.full, guard.short])).upper()), "PERSON")
    doc.t(O(" CONFIRMA A SAÍDA ÀS ") + g.hm() + O(" E DIZ QUE A PASTA NÃO FOI REVISTADA.\n"))
    if g.chance(0.5):
        doc.f(O("O AUTOR TERIA OFERECIDO UM MAPA SEMELHANTE EM SITE DE LEILÕES COM O APELIDO \"«a»\" E O TELEFONE «t».\n"),
              a=P(N(fold(sus.nick).upper())), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    pm = g.person()
    doc.f(O("\nATENDIMENTO: SD PM «n», RE «re».\n"), n=P(N(pm.capsf)), re=f"{g.d(6)}-{g.d(1)}")
    dl = g.person()
    es = g.person()
    doc.f(O("AUTORIDADE: DELEGAD«o» «n»\nESCRIVÃ«x»: «e»\n"), o="A" if dl.female else "O", n=P(N(dl.capsf)), x="" if es.female else "O", e=P(N(es.capsf)))
    doc.t(O("PROVIDÊNCIAS: REQUISIÇÃO DAS IMAGENS; COMUNICAÇÃO AO IPHAN E À INTERPOL (BENS CULTURAIS); OFÍCIO AOS LEILOEIROS.\n"))
    return doc


def ju_doacao_acervo(g: Gen) -> Doc:
    """A donation deed of a personal archive: the heirs qualified, the deceased intellectual with birth date, the correspondents named in the inventory, access restrictions (LGPD), the archive's director, the notary's clerk, witnesses."""
    doc = Doc()
    nm, raz, dom, kind = inst(g, ("arquivo", "biblioteca", "museu"))
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    dec = g.person()
    widow = g.person(female=not dec.female)
    kids = [g.relative(dec) for _ in range(g.pick([0, 0, 1, 1, 2]))]
    dire = g.person()
    prof = g.pick(["historiador", "poeta", "fotógrafo", "engenheiro ferroviário", "médico sanitarista", "jornalista", "compositor", "professor"])
    if dec.female:
        prof = {"historiador": "historiadora", "poeta": "poetisa", "fotógrafo": "fotógrafa", "engenheiro ferroviário": "engenheira ferroviária",
                "médico sanitarista": "médica sanitarista", "jornalista": "jornalista", "compositor": "compositora", "professor": "professora"}[prof]
    doc.f("TERMO DE DOAÇÃO DE ARQUIVO PESSOAL\n\nDOADORES: ")
    qualify(g, doc, widow, email=g.chance(0.5), phone=g.chance(0.4), job=("aposentado", "aposentada"), titulo=g.chance(0.3))
    doc.f(", viúv«o» de «d»", o=widow.o, d=P(dec.full))
    for k in kids:
        doc.t("; ")
        qualify(g, doc, k, addr=g.chance(0.5), email=g.chance(0.3))
    doc.t(";\n\n")
    doc.f("DONATÁRIO: «r», CNPJ «c», mantenedor«a» d«o» «n», representad«ra» por «sd» «p», CPF «pc».\n\n", r=raz, c=(g.any_cnpj(), "BR_CNPJ"),
          a=raz_g(raz), ra="a" if raz_g(raz) else "o", o="o" if art_of(nm, "de") == "do" else "a", n=nm, sd="sua diretora" if dire.female else "seu diretor", p=P(dire.full), pc=(g.cpf(), "BR_CPF"))
    doc.f("1. Os DOADORES transferem ao DONATÁRIO, em caráter irrevogável, o arquivo pessoal d«o» «x» «n» (nascid«o» em «b», falecid«o» em «f»), "
          "composto por «k» caixas de correspondência, manuscritos, fotografias e recortes.\n", o="a" if dec.female else "o", x=prof, n=P(dec.full),
          b=(g.dob(g.pick(["br", "long"]), 1905, 1950), "DATE_OF_BIRTH"), f=g.date("br", g.ri(1990, 2024)), k=g.ri(12, 240))
    corr = [g.person() for _ in range(2)]
    doc.f("2. Destacam-se as cartas trocadas com «a» e com «b»; o diário de viagem de «y»; e «s».\n", a=P(corr[0].full),
          b=P(g.pick([corr[1].full, corr[1].short])) if g.chance(0.5) else V("seus editores"), y=g.ri(1948, 1989), s=g.pick(["três álbuns de fotografias", "os cadernos de campo", "a coleção de discos", "os negativos em vidro"]))
    if g.chance(0.5):
        r_ = g.person()
        doc.f("3. Por conter dados pessoais e de saúde de terceiros (Lei 13.709/2018), a correspondência com «n» permanecerá fechada à consulta até «y»; "
              "os demais documentos serão franqueados após o tratamento técnico.\n", n=P(r_.full), y=g.ri(2030, 2060))
    else:
        doc.t("3. Os documentos serão franqueados à consulta após o tratamento técnico, resguardados os dados pessoais sensíveis (Lei 13.709/2018).\n")
    doc.t("4. Os DOADORES cedem os direitos patrimoniais sobre os textos e imagens de autoria do titular do arquivo, para fins de difusão sem fins lucrativos.\n\n")
    doc.f("«c», «d».\n\n", c=city, d=g.date("long"))
    if g.chance(0.5):
        for p in [widow, dire]:
            doc.f("_____________________________\n«n»\n", n=P(p.caps))
    if g.chance(0.25):
        es = g.person()
        doc.f("\nReconheço por semelhança as firmas de «a» e «b». «c», «d». Em testemunho da verdade. «e», escrevente.\n", a=P(widow.caps), b=P(dire.caps),
              c=city, d=g.date("br"), e=P(es.full))
    doc.t("\nTestemunhas:\n")
    for _ in range(g.pick([1, 2])):
        w = g.person()
        doc.f("«n» — CPF «c»\n", n=P(w.full), c=(g.cpf(), "BR_CPF")) if g.chance(0.6) else doc.f("«n» — RG «c»\n", n=P(w.full), c=(g.rg(), "BR_RG"))
    return doc


def ju_recurso_rouanet(g: Gen) -> Doc:
    """An administrative appeal against the rejection of an incentive-law project's accounts: the proponent's CNPJ, the legal representative's CPF and e-mail, the analyst, payees with CNPJ or CPF, the linked account, the lawyer and the accountant."""
    doc = Doc()
    nm, raz, dom, kind = inst(g)
    inc, law, code = g.pick(INCENTIVES)
    rep_ = g.person()
    an = g.person()
    proj = g.pick(["Restauro da fachada e do telhado", "Digitalização do acervo fotográfico", "Educativo itinerante", "Modernização da reserva técnica",
                   "Catálogo raisonné e exposição", "Acessibilidade comunicacional (Libras e audiodescrição)", "Higienização e acondicionamento do fundo cartorial"])
    doc.f("ILUSTRÍSSIMO(A) SENHOR(A) «x»\n\nProcesso SEI nº «s»\n«c» nº «p» — Projeto \"«j» — «n»\"\n\n", x=g.pick(["SECRETÁRIO(A) DE FOMENTO E INCENTIVO À CULTURA",
          "COORDENADOR(A) DE PRESTAÇÃO DE CONTAS", "PRESIDENTE DA COMISSÃO DE AVALIAÇÃO"]), s=sei(g), c=code, p=pronac(g), j=proj, n=nm)
    doc.f("«r», CNPJ «c», proponente do projeto acima, por «a» representante legal «p», CPF «pc», e-mail «pe», vem interpor\n\nRECURSO ADMINISTRATIVO\n\n",
          r=raz, c=(g.any_cnpj(), "BR_CNPJ"), a="sua" if rep_.female else "seu", p=P(rep_.full), pc=(g.cpf(), "BR_CPF"), pe=(corp_mail(rep_, dom, g), "EMAIL_ADDRESS"))
    doc.f("contra o parecer técnico assinado pel«o» analista «a», que reprovou as contas com base na «l» e glosou os pagamentos abaixo, feitos a partir da "
          "conta vinculada (Banco do Brasil, agência «ag», conta captação «c1», conta movimento «c2»):\n\n", o="a" if an.female else "o",
          a=P(g.pick([an.full, an.short])), l=law, ag=(g.agency(True), "BANK_ACCOUNT"), c1=(g.account(True), "BANK_ACCOUNT"), c2=(g.account(True), "BANK_ACCOUNT"))
    rows = []
    for _ in range(g.ri(3, 5)):
        if g.chance(0.5):
            rows.append([V(g.pick(SUPPLIERS)), (g.any_cnpj(), "BR_CNPJ"), V(nf(g)), V(brl(g.ri(2, 90) * 1000.0)),
                         V(g.pick(["pago antes da nota", "sem cotação", "item fora do plano", "nota sem descrição"]))])
        else:
            p = g.person()
            rows.append([P(p.full), (g.cpf(), "BR_CPF"), V("RPA " + g.d(3)), V(brl(g.ri(8, 60) * 100.0)),
                         V(g.pick(["sem currículo no SALIC", "função não prevista", "acúmulo com coordenação"]))])
    table_ruled(doc, ["favorecido", "CNPJ/CPF", "documento", "valor (R$)", "motivo da glosa"], rows, g.pick(["plus", "md", "psql"]))
    doc.t("\nDAS RAZÕES\nTodos os pagamentos constam do plano de distribuição aprovado, foram precedidos de três orçamentos e estão comprovados por notas fiscais "
          "e extratos. A diferença apontada decorre de tarifa bancária estornada em conta.\n\nDO PEDIDO\nRequer a reforma do parecer e a aprovação das contas.\n\n")
    doc.f("«c», «d».\n\n", c=g.city()[0], d=g.date("long"))
    lawyer_sig(g, doc, 1)
    if g.chance(0.7):
        ac = g.person()
        doc.f("Contador«a» responsável: «n» — «c»\n", a="a" if ac.female else "", n=P(ac.full), c=(g.council("CRC"), "PROFESSIONAL_ID"))
    return doc


def ju_ata_audiencia(g: Gen) -> Doc:
    """Hearing minutes: a small-claims case (a collector against a carrier over a damaged work, a visitor over the cloakroom) or a labour case (an educator against the foundation); a settlement paid to an account or a random Pix key."""
    doc = Doc()
    nm, raz, dom, kind = inst(g)
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    labour = g.chance(0.5)
    jz = g.person()
    a = g.person()
    la = g.person()
    pre = g.person()
    lb = g.person()
    if labour:
        defendant = raz
        doc.f("PODER JUDICIÁRIO — JUSTIÇA DO TRABALHO\n«v»ª Vara do Trabalho de «c»\n\nATA DE AUDIÊNCIA UNA\nProcesso: ATOrd «p»\n", v=g.ri(1, 30), c=city,
              p=g.cnj(TRT.get(uf, "5.02")))
    else:
        defendant = g.pick([t[0] for t in TRANSPORTERS] + [raz])
        doc.f("PODER JUDICIÁRIO\n«v»º Juizado Especial Cível da Comarca de «c»\n\nTERMO DE AUDIÊNCIA DE CONCILIAÇÃO\nProcesso: «p»\n", v=g.ri(1, 9), c=city,
              p=g.cnj(CNJ_SEG.get(uf, "8.26")))
    doc.f("\nAos «d», presente «t» «j», foram apregoadas as partes.\n", d=g.date("long"), t=("a Juíza" if jz.female else "o Juiz") if labour else
          ("a conciliadora" if jz.female else "o conciliador"), j=P(jz.full))
    doc.f("Presente «o» «r» «n», CPF «c»", o="a" if a.female else "o", r="reclamante" if labour else ("autora" if a.female else "autor"), n=P(a.full), c=(g.cpf(), "BR_CPF"))
    if labour and g.chance(0.5):
        doc.f(", PIS «p»", p=(g.pis(), "BR_PIS"))
    if labour and g.chance(0.3):
        doc.f(", título de eleitor «t»", t=(g.titulo(), "BR_TITULO_ELEITOR"))
    if not labour and g.chance(0.4):
        doc.f(", telefone «t»", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f(", acompanhad«o» de «x» «l», «oab».\n", o=a.o, x="sua advogada" if la.female else "seu advogado", l=P(la.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("Presente a «r» «e», CNPJ «cn», representada pel«o» «pp» «p», CPF «cp», e por «x» «b», «oab».\n\n", r="reclamada" if labour else "ré", e=defendant,
          cn=(g.any_cnpj(), "BR_CNPJ"), o="a" if pre.female else "o", pp="preposta" if pre.female else "preposto", p=P(pre.full), cp=(g.cpf(), "BR_CPF"),
          x="sua advogada" if lb.female else "seu advogado", b=P(lb.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    if not labour:
        doc.f("Objeto: «o».\n", o=g.pick(["dano a tela durante transporte para exposição (moldura e craquelê na camada pictórica)",
                                          "extravio de mochila deixada no guarda-volumes", "cobrança de multa de biblioteca considerada indevida"]))
    total = g.ri(2, 50) * 500.0
    n_p = g.ri(1, 5)
    doc.f("CONCILIAÇÃO: acordo no valor de R$ «v», em «n» parcela«s», a primeira em «d», ", v=brl(total), n=n_p, s="s" if n_p > 1 else "", d=g.date("br"))
    r = g.rng.random()
    if r < 0.4:
        doc.f("mediante depósito na conta d«o» «r», «b», agência «ag», conta «ac».\n", o=a.o, r="reclamante" if labour else "parte autora",
              b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    elif r < 0.75:
        doc.f("mediante Pix para a chave aleatória «k», de titularidade d«o» «r».\n", k=(g.uuid(), "PIX_KEY"), o=a.o, r="reclamante" if labour else "parte autora")
    else:
        doc.f("mediante transferência para a conta d«o» «x» «l», agência «ag», conta «ac».\n", o=la.o, x=fem(la, "advogado", "advogada"), l=P(la.short),
              ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.t("Multa de 50% em caso de atraso. Cumprido o acordo, as partes dão plena quitação.\n\n")
    if g.chance(0.5):
        tw = g.person()
        doc.f("Presente a testemunha «n», RG «rg», CPF «c», dispensada em razão do acordo.\n\n", n=P(tw.full), rg=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.35):
        sec = g.person()
        doc.f("Nada mais. Eu, «s», secretári«o» de audiência, digitei.\n", s=P(sec.full), o=sec.o)
    else:
        doc.t("Nada mais.\n")
    if g.chance(0.75):
        doc.t("(assinado eletronicamente — Lei 11.419/2006)\n")
    else:
        doc.f("\n«j»\n«a»\n«p»\n", j=P(jz.caps), a=P(a.caps), p=P(pre.caps))
    return doc


JU = [ju_emprestimo_obras, ju_licenca_imagem, ju_reclamacao_trabalhista, ju_bo_furto, ju_doacao_acervo, ju_recurso_rouanet, ju_ata_audiencia]


# --------------------------------------------------------------------------- saude


def sa_aso_restauro(g: Gen) -> Doc:
    """An ASO of a conservator-restorer or collections technician (solvents, mould, old pesticides in natural-history collections): both CNPJs, CPF, RG, birth date, NIT, the examiner's and the PCMSO coordinator's CRM; sometimes the lab team's list."""
    doc = Doc()
    cl_, cdom = g.pick(OCC_CLINICS)
    nm, raz, dom, kind = inst(g, ("museu", "arquivo", "biblioteca"))
    uf = g.pick(UFS)
    w = g.person()
    ex = g.person()
    co = g.person()
    caps = g.chance(0.35)
    U = caps_t if caps else (lambda s: s)
    doc.f("«c» — CNPJ «cn»\n«t»\n\n", c=U(cl_), cn=(g.any_cnpj(), "BR_CNPJ"), t=U("ATESTADO DE SAÚDE OCUPACIONAL (ASO)"))
    func = g.pick([("conservador-restaurador", "conservadora-restauradora"), ("técnico de acervo", "técnica de acervo"), ("arquivista", "arquivista"),
                   ("auxiliar de higienização de documentos", "auxiliar de higienização de documentos"), ("taxidermista", "taxidermista"),
                   ("encadernador", "encadernadora")])
    fields = [("Empresa", V(U(raz))), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Trabalhador(a)", P(w.capsf if caps else w.full)), ("CPF", (g.cpf(), "BR_CPF")),
              ("RG", (g.rg(), "BR_RG")), ("Nascimento", (g.dob("br", 1962, 2004), "DATE_OF_BIRTH")), ("NIT", (g.pis(), "BR_PIS")),
              ("Função / CBO", V(U(func[1] if w.female else func[0]) + " / " + g.pick(["2613-15", "3711-10", "2613-10", "5151-10", "7686-05"]))),
              ("Setor", V(U(g.pick(["Laboratório de conservação", "Reserva técnica", "Higienização", "Setor de obras raras", "Coleção zoológica"])))),
              ("Tipo de exame", V(U(g.pick(["admissional", "periódico", "periódico", "mudança de função", "retorno ao trabalho", "demissional"])))),
              ("Riscos", V(U(g.pick(["químicos (tolueno, xileno, acetona); biológicos (fungos filamentosos)",
                                     "poeira de papel; fungos; agentes de desinfestação (uso histórico de arsênio e naftaleno)",
                                     "solventes orgânicos; adesivos; postura; iluminação UV", "biológicos (fungos, insetos); radiação UV; anóxia em câmara"])))),
              ("Exames", V(U(g.pick(["clínico, espirometria, hemograma", "clínico, ácido hipúrico urinário, hemograma", "clínico, arsênio urinário, espirometria",
                                     "clínico, audiometria, acuidade visual"])))),
              ("Conclusão", V(U(g.pick(["APTO", "APTO", "APTO com uso obrigatório de PFF2 e luvas nitrílicas", "INAPTO temporariamente"]))))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box"] if not caps else ["caps", "box"]))
    doc.f("\n«c», «d».\n\nMédic«o» examinador«a»: «n» — «r»\nCoordenador«a2» do PCMSO: «m» — «q»\n", c=g.city()[0], d=g.date("br"), o=ex.o,
          a="a" if ex.female else "", n=P(ex.capsf if caps else ex.full), r=(g.council("CRM", uf), "PROFESSIONAL_ID"), a2="a" if co.female else "",
          m=P(co.capsf if caps else co.full), q=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.45):
        doc.t("\nRELAÇÃO DA EQUIPE DO LABORATÓRIO — EXAMES PERIÓDICOS\n")
        rows = []
        for _ in range(g.ri(2, 4)):
            p = g.person()
            rows.append([P(p.full), (g.cpf(), "BR_CPF"), V(g.date("br")), V(g.pick(["apto", "apto", "apto c/ restrição", "aguardando espirometria"]))])
        table_ruled(doc, ["nome", "CPF", "data", "resultado"], rows, g.pick(["plain", "plus", "pipe"]))
    return doc


def sa_log_primeiros_socorros(g: Gen) -> Doc:
    """The museum's first-aid logbook during a blockbuster exhibition (capitals sometimes): the nursing technician's COREN, children with ages and a parent's phone, elders with birth date and CPF, a teacher, a guard, a removal by ambulance with plate, the civil firefighter."""
    doc = Doc()
    nm, raz, dom, kind = inst(g, ("museu", "centro"))
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    nurse = g.person(True) if g.chance(0.7) else g.person(False)
    bri = g.person()
    caps = g.chance(0.45)
    U = caps_t if caps else (lambda s: s)
    expo = g.pick(["Retrospectiva: Cores do Vale", "Mundo Ferroviário", "Tesouros do Barroco", "Dinossauros do Vale", "Imersiva: Aurora Boreal"])
    doc.t(U(f"Livro de ocorrências — posto de primeiros socorros — {nm} — exposição \"{expo}\"\nResponsável: técnic{nurse.o} de enfermagem "))
    doc.e(nurse.capsf if caps else nurse.full, "PERSON")
    doc.f(" («c»)\n\n", c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    base = datetime.datetime.combine(g.day(), datetime.time(0, 0))
    stamps = sorted(base + datetime.timedelta(days=g.ri(0, 12), minutes=g.ri(9 * 60, 18 * 60)) for _ in range(g.ri(4, 6)))
    for d in stamps:
        doc.t(f"{d.day:02d}/{d.month:02d} {d.hour:02d}:{d.minute:02d} — ")
        r = g.rng.random()
        if r < 0.3:
            k = g.person()
            doc.e(U(g.pick([k.full, k.first + " " + k.last])), "PERSON")
            doc.f(U(", «a» anos, «x». Responsável: «m», tel. «t».\n"), a=g.ri(3, 12),
                  x=U(g.pick(["escoriação no joelho na escada rolante", "sangramento nasal", "prendeu o dedo na porta da sala imersiva", "vômito após o lanche"])),
                  m=U(g.pick(["a mãe", "o pai", "a avó", "a professora"])), t=(g.phone(g.pick(["raw", "par", "plain"])), "PHONE_NUMBER"))
        elif r < 0.6:
            p = g.person()
            doc.e(U(p.full), "PERSON")
            doc.f(U(", nasc. «d», CPF «c», tel. «t», «x». Liberad«o» após «m» min.\n"), d=(g.dob("br", 1930, 1962), "DATE_OF_BIRTH"), c=(g.cpf(), "BR_CPF"),
                  t=(g.phone(g.pick(["raw", "par"])), "PHONE_NUMBER"),
                  x=U(g.pick(["queda de pressão na fila", "tontura na sala escura", "dor torácica atípica, PA 150x90", "hipoglicemia (HGT 58)"])), o=p.o.upper() if caps else p.o,
                  m=g.ri(10, 60))
        elif r < 0.7:
            p = g.person()
            t = g.person()
            doc.e(U(p.first + " " + p.last), "PERSON")
            sc = g.pick(SCHOOLS)
            doc.f(U(", alun«o» «d» «s», crise de ansiedade na sala imersiva. Acompanhad«o» pel«a» professor«x» «p».\n"), o=p.o.upper() if caps else p.o,
                  d=("DA" if caps else "da") if sc.startswith(("Escola", "E.M.E.F.", "EMEB")) else ("DO" if caps else "do"), s=U(sc),
                  a=("A" if caps else "a") if t.female else ("O" if caps else "o"), x=("A" if caps else "a") if t.female else "", p=P(U(t.short)))
        elif r < 0.82:
            p = g.person()
            doc.f(U("«x» «n», mal-estar no posto «k» (calor). Hidratação e repouso, retornou ao serviço.\n"), x=U(g.pick(["Vigilante", "Educador(a)", "Recepcionista"])),
                  n=P(U(g.pick([p.full, p.first]))), k=g.ri(1, 9))
        else:
            p = g.person()
            doc.e(U(p.full), "PERSON")
            hsp = g.pick(HOSPITALS)
            doc.f(U(", nasc. «d», queda na escadaria de mármore, suspeita de fratura de punho (CID «cid»). Removid«o» pelo SAMU, viatura «v», «h». Doc.: RG «rg», CPF «cpf».\n"),
                  d=(g.dob("br", 1938, 1990), "DATE_OF_BIRTH"), cid="S52.5", o=p.o.upper() if caps else p.o, v=(g.plate(), "LICENSE_PLATE"),
                  h=U(("à " if hsp.startswith(("Santa", "UPA")) else "ao ") + hsp), rg=(g.rg(), "BR_RG"), cpf=(g.cpf(), "BR_CPF"))
    if g.chance(0.6):
        doc.f(U("\nBrigada de incêndio de plantão: bombeir«o» civil «n».\nVisto da administração: ____________\n"), o=bri.o, n=P(U(bri.full)))
    else:
        doc.t(U("\nVisto da administração: ____________\n"))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def sa_acidente_visitante(g: Gen) -> Doc:
    """A visitor accident report and insurance notice (a fall on the historic building's stairs): the visitor's data, a witness, the brigade member, the hospital doctor's CRM, the companion, the safety technician's e-mail."""
    doc = Doc()
    nm, raz, dom, kind = inst(g)
    ins, idom = g.pick(INSURERS)
    uf = g.pick(UFS)
    v = g.person()
    wi = g.person()
    bri = g.person()
    md = g.person()
    tec = g.person()
    icd = g.pick(FALL_ICD)
    doc.f("RELATÓRIO DE ACIDENTE COM VISITANTE Nº «n»\n«i»\n\n", n=f"{g.ri(1, 99):03d}/{g.pick([2025, 2026])}", i=nm)
    fields = [("Data/hora", V(f"{g.date('br')} {g.hm()}")), ("Local", V(g.pick(["escadaria principal (mármore)", "rampa da sala 4", "jardim das esculturas",
                                                                              "sanitário do térreo", "mezanino da biblioteca", "degrau da reserva visitável"]))),
              ("Visitante", P(v.full)), ("Nascimento", (g.dob(g.pick(["br", "iso"]), 1935, 2010), "DATE_OF_BIRTH")), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.4):
        fields.append(("RG", (g.rg(), "BR_RG")))
    if g.chance(0.35):
        fields.append(("Cartão SUS", (g.cns(), "BR_CNS")))
    fields += [("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(v), "EMAIL_ADDRESS")), ("Endereço", (g.address(), "ADDRESS")),
               ("CEP", (g.cep(), "BR_CEP"))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    doc.f("\nDESCRIÇÃO: «x»\n", x=g.pick(["A visitante escorregou no terceiro degrau, que estava úmido após a limpeza; não havia sinalização.",
                                          "O visitante tropeçou no desnível entre o piso original e a rampa provisória da montagem.",
                                          "Ao descer olhando o vitral, a visitante perdeu o equilíbrio e caiu sobre o punho.",
                                          "O visitante bateu a cabeça na vitrine baixa do corredor de transição, sem sinalização."]).replace(
        "A visitante" if not v.female else "O visitante", "A visitante" if v.female else "O visitante"))
    doc.f("Primeiro atendimento: brigadista «b», que aplicou gelo e imobilização. ", b=P(g.pick([bri.full, bri.short])))
    if g.chance(0.4):
        cp = g.person()
        doc.f("Acompanhante: «n», tel. «t». ", n=P(cp.full), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    if g.chance(0.5):
        doc.f("Testemunha: «w», tel. «t».\n", w=P(wi.full), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    else:
        doc.f("Testemunha: «w».\n", w=P(wi.full))
    doc.f("Encaminhamento: «h», atendid«o» por «d» «m» («c»), CID «cid» («ds»).\n", h=g.pick(HOSPITALS), o=v.o, d=dra(md), m=P(md.full),
          c=(g.council("CRM", uf), "PROFESSIONAL_ID"), cid=icd[0], ds=icd[1])
    doc.f("\nAviso de sinistro enviado à «i» (apólice de RC nº «a») por «t», técnic«o» de segurança do trabalho, «e».\n", i=ins, a=apolice(g),
          t=P(tec.full), o=tec.o, e=(corp_mail(tec, dom, g), "EMAIL_ADDRESS"))
    doc.t("Providências: faixa antiderrapante instalada; revisão do protocolo de limpeza em horário de visitação.\n")
    return doc


def sa_pneumo_arquivo(g: Gen) -> Doc:
    """A pulmonology/allergy consultation of an archive or library worker (mould in documents): birth date, CNS, CPF, phone, address, CEP; ICD codes unlabelled; the physician's CRM, the occupational physician, the SESMT nurse's e-mail."""
    doc = Doc()
    cl_, cdom = g.pick(PNEUMO)
    nm, raz, dom, kind = inst(g, ("arquivo", "biblioteca"))
    uf = g.pick(UFS)
    p = g.person()
    md = g.person()
    oc = g.person()
    nu = g.person(True)
    icds = [g.pick([c for c in CONS_ICD if c[0][0] in "JB"]), g.pick([c for c in CONS_ICD if c[0][0] not in "JB"])]
    doc.f("«c»\nPRONTUÁRIO — CONSULTA «t»\n\n", c=cl_, t=g.pick(["PNEUMOLOGIA", "ALERGIA E IMUNOLOGIA", "PNEUMOLOGIA — RETORNO"]))
    fields = [("Paciente", P(p.full)), ("Nascimento", (g.dob(g.pick(["br", "short"]), 1960, 2002), "DATE_OF_BIRTH"))]
    if g.chance(0.7):
        fields.append(("CNS", (g.cns(), "BR_CNS")))
    if g.chance(0.7):
        fields.append(("CPF", (g.cpf(), "BR_CPF")))
    if g.chance(0.4):
        fields.append(("RG", (g.rg(), "BR_RG")))
    fields += [("Telefone", (g.phone(), "PHONE_NUMBER"))]
    if g.chance(0.4):
        fields.append(("E-mail", (g.email(p), "EMAIL_ADDRESS")))
    if g.chance(0.75):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    fields += [("Ocupação", V(f"{staff_role(g, p)} — {nm}")), ("Convênio", V(g.pick(["particular", "Unimed", "Bradesco Saúde", "SUS (referenciado)"])))]
    kv_block(doc, fields, g.pick(["plain", "dots"]))
    doc.f("\nQP: «q»\nHMA: trabalha há «a» anos na «s», manuseando documentos com manchas de mofo; refere piora ao abrir as caixas do acervo (\"«f»\"). "
          "Usa máscara cirúrgica, não PFF2. «x»\n", q=g.pick(["tosse seca e coriza há 4 meses", "falta de ar aos esforços", "espirros e prurido ocular no trabalho",
                                                             "chiado no peito à noite"]), a=g.ri(2, 25),
          s=g.pick(["reserva técnica", "sala de higienização", "setor de obras raras", "sala de guarda intermediária"]), f=g.pick(FUNDS),
          x=g.pick(["Melhora nas férias.", "Sem tabagismo.", "Ex-tabagista (10 maços-ano).", "Mãe asmática."]))
    doc.f("Exames: espirometria com «e»; IgE total «i» UI/mL; «o».\n", e=g.pick(["distúrbio ventilatório obstrutivo leve", "prova broncodilatadora positiva", "padrão normal"]),
          i=g.ri(80, 1400), o=g.pick(["teste cutâneo positivo para Aspergillus e Penicillium", "TC de tórax sem alterações", "cultura de escarro com Aspergillus fumigatus"]))
    doc.f("Hipóteses: «a» (CID «b»); «c» (CID «d»).\n", a=icds[0][1], b=icds[0][0], c=icds[1][1], d=icds[1][0])
    doc.f("Conduta: budesonida/formoterol, PFF2 obrigatória, afastamento da higienização por 30 dias. Relatório «ao» médic«o» do trabalho «m» («c»).\n\n",
          ao="à" if oc.female else "ao", o=oc.o, m=P(oc.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("«d» «m» — «c»\n", d=dra(md), m=P(md.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    if g.chance(0.6):
        doc.f("\nCópia enviada ao SESMT («r») aos cuidados da enfermeira «n», «e».\n", r=role_mail(g, dom, "sesmt"), n=P(nu.full),
              e=(corp_mail(nu, dom, g), "EMAIL_ADDRESS"))
    return doc


def sa_zap_atestados(g: Gen) -> Doc:
    """The staff's sick-note WhatsApp with HR (lower case): doctors named or not with CRM, a relative writing from her own number, the covering colleague, CPF and CNS for the health plan, the NIT for the INSS."""
    doc = Doc()
    nm, raz, dom, kind = inst(g)
    st = chat_stamp(g)
    tt = iter(seq_times(g, 40, g.moment(hours=(6, 9)), 120, 5400))
    hr = g.person(True) if g.chance(0.6) else g.person(False)
    doc.f("Conversa do WhatsApp com «g»\n\n", g=g.pick([f"RH {nm}", "ATESTADOS / FALTAS", "Equipe de vigilância e recepção", "educativo + recepção"]))
    Hd = V("Você") if g.chance(0.8) else P(lower(g.pick([hr.first, hr.short])))
    staff = [g.person() for _ in range(g.ri(2, 4))]
    S = [(g.phone("wa"), "PHONE_NUMBER") if g.chance(0.75) else P(lower(g.pick([a.first, a.short, a.nick]))) for a in staff]
    cl(doc, st(next(tt)), Hd, "bom dia! lembrando: atestado aqui no mesmo dia, foto legível com nome e crm do médico 🙏")
    for k, a in enumerate(staff):
        icd = g.pick(SICK_ICD)
        md = g.person()
        r = g.rng.random()
        if r < 0.5:
            named = g.chance(0.4)
            cl(doc, st(next(tt)), S[k], "<anexo: IMG-«d»-WA«n».jpg> atestado de «x»«dr»«m» «c», cid «cid»", d=g.d(8), n=g.d(4),
               x=g.pick(["1 dia", "2 dias", "3 dias", "5 dias", "hoje e amanhã"]), dr=(", " + g.pick(["dra ", "dra. "] if md.female else ["dr ", "dr. "])) if named else "",
               m=P(lower(md.full)) if named else V(","), c=(g.council("CRM").lower() if g.chance(0.4) else g.council("CRM"), "PROFESSIONAL_ID"), cid=icd[0].lower())
        elif r < 0.75:
            cl(doc, st(next(tt)), S[k], "to no pronto socorro com «x» desde as «h», «m»", x=g.pick(["febre", "crise de rinite", "dor nas costas", "enxaqueca", "o punho inchado"]),
               h=g.hm(), m=g.pick(["não vou conseguir abrir a sala", "foi mal gente", "😷"]))
            cl(doc, st(next(tt)), S[k], "<anexo: atestado.pdf> «m», «c»", m=P(lower(md.full)) if g.chance(0.6) else V("médico plantonista"),
               c=(g.council("CRM"), "PROFESSIONAL_ID"))
        else:
            sp = g.relative(a) if g.chance(0.5) else g.person(female=not a.female)
            cl(doc, st(next(tt)), (g.phone("wa"), "PHONE_NUMBER"), "oi aqui é «s», «x» «d» «n». «e» ficou internad«o» no «h», o celular «e2» ta comigo",
               s=P(lower(sp.first)), x=g.pick(["a esposa", "a filha", "a irmã"]) if sp.female else g.pick(["o marido", "o filho", "o irmão"]),
               d="da" if a.female else "do", n=P(lower(g.pick([a.first, a.nick]))), e="ela" if a.female else "ele", o=a.o, e2="dela" if a.female else "dele",
               h=lower(g.pick(["hospital são bento", "hospital municipal", "pronto-socorro central", "hospital santa luzia"])))
        if g.chance(0.45):
            u = g.person()
            cl(doc, st(next(tt)), Hd, "melhoras!! hoje «n» cobre o posto «p»", n=P(lower(g.pick([u.first, u.nick]))),
               p=g.pick(["da sala 3", "da recepção", "do guarda-volumes", "da biblioteca infantil", "da visita das 10h"]))
    if g.chance(0.7):
        k = g.ri(0, len(staff) - 1)
        cl(doc, st(next(tt)), Hd, "«n» o plano pediu cpf e cartão do sus pra liberar o reembolso da consulta", n=P(lower(staff[k].first)))
        cl(doc, st(next(tt)), S[k], "cpf «c» cns «s»", c=(g.cpf(), "BR_CPF"), s=(g.cns(), "BR_CNS"))
        if g.chance(0.5):
            cl(doc, st(next(tt)), Hd, "e o nit pro inss, que passou de 15 dias")
            cl(doc, st(next(tt)), S[k], "«n»", n=(g.pis(), "BR_PIS"))
    if g.chance(0.4):
        cl(doc, st(next(tt)), S[g.ri(0, len(staff) - 1)], chat_neg(g))
    return doc


def sa_vacinacao(g: Gen) -> Doc:
    """The occupational vaccination list of an archive's or museum's staff at a UBS or in-company campaign: CPF, CNS, birth date, vaccine, lot unlabelled; the vaccinator's COREN, the coordinator's e-mail."""
    doc = Doc()
    nm, raz, dom, kind = inst(g)
    uf = g.pick(UFS)
    nurse = g.person()
    coord = g.person()
    doc.f("CAMPANHA DE VACINAÇÃO OCUPACIONAL — «n»\nLocal: «l» · Data: «d»\nVacinador«a»: «v» («c»)\n\n", n=fold(nm).upper(), l=g.pick(["UBS Vila Rosa", "UBS Centro",
          "auditório do térreo", "sala do educativo", "UBS Jardim Esperança"]), d=g.date("br"), a="a" if nurse.female else "", v=P(nurse.full),
          c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    split = g.chance(0.25)
    cols = (["first_name", "last_name"] if split else ["nome"]) + ["cpf", "cns", "nascimento", "vacina", "dose", "lote"]
    rows = []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        name = [P(p.given), P(p.surname_str)] if split else [P(g.pick([p.full, p.caps]))]
        cpf = (g.cpf(), "BR_CPF") if g.chance(0.85) else V("")
        cns = (g.cns(g.chance(0.3)), "BR_CNS") if g.chance(0.75) else V("")
        rows.append(name + [cpf, cns, (g.dob(g.pick(["br", "iso"]), 1958, 2005), "DATE_OF_BIRTH"), V(g.pick(VACCINES)),
                            V(g.pick(["D1", "D2", "D3", "reforço", "dose única"])), V(lote_vacina(g))])
    if g.chance(0.5):
        table_csv(doc, cols, rows, g.pick([";", ","]))
    else:
        table_ruled(doc, cols, rows, g.pick(["plus", "psql", "plain"]))
    doc.f("\nPendências: trazer a caderneta para conferência do esquema de hepatite B. Dúvidas com «n» («e»).\n", n=P(coord.full) if g.chance(0.6) else V("o SESMT"),
          e=(corp_mail(coord, dom, g), "EMAIL_ADDRESS") if g.chance(0.7) else role_mail(g, dom, g.pick(["sesmt", "rh"])))
    return doc


def sa_cat_montador(g: Gen) -> Doc:
    """A CAT in capitals (OCR'd sometimes) of an exhibition installer who fell from a ladder or cut a hand on a display case: the employer's CNPJ, the worker, the mother, birth date, NIT, RG, CPF, CNS, address, CEP, phone; witnesses; the physician's CRM; the HR e-mail."""
    doc = Doc()
    nm, raz, dom, kind = inst(g, ("museu", "centro"))
    emp, edom = g.pick([(raz, dom), ("Expografia Vitória Montagens Ltda.", "expografiavitoria.com.br"), ("Andaimes Serra Forte Locações Ltda.", "serraforte.com.br")])
    uf = g.pick(UFS)
    R = g.pick([0.0, 0.0, 0.2, 0.3])
    O = (lambda s: ocr_t(caps_t(s), g, R)) if R else caps_t
    N = (lambda s: ocr(s, g, 0.3, names=True)) if R else (lambda s: s)
    w = g.person(False) if g.chance(0.7) else g.person(True)
    mom = g.relative(w, True)
    md = g.person()
    hr = g.person()
    doc.f(O("COMUNICAÇÃO DE ACIDENTE DE TRABALHO — CAT\nTIPO: INICIAL   EMITENTE: EMPREGADOR\n\nEMPREGADOR: «e»\nCNPJ: «c»   CNAE: «n»\n\n"),
          e=fold(emp).upper(), c=(g.any_cnpj(), "BR_CNPJ"), n=g.pick(["9102-3/01", "9101-5/00", "7319-0/01", "4399-1/03"]))
    doc.t(O("ACIDENTADO: "))
    doc.e(N(w.capsf), "PERSON")
    doc.t(O("\nNOME DA MÃE: "))
    doc.e(N(mom.capsf), "PERSON")
    doc.f(O("\nNASCIMENTO: «d»   SEXO: «s»   CTPS: «k»\nNIT: «p»   RG: «r»   CPF: «c»\n"), d=(g.dob("br", 1965, 2005), "DATE_OF_BIRTH"), s="F" if w.female else "M",
          k=ctps(g, uf).upper(), p=(g.pis(), "BR_PIS"), r=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.5):
        doc.f(O("CNS: «c»\n"), c=(g.cns(), "BR_CNS"))
    doc.t(O("ENDEREÇO: "))
    doc.e(N(g.address("caps")), "ADDRESS")
    doc.f(O("   CEP: «p»   TEL: «t»\nCBO: «cbo» — «f»\n\n"), p=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"),
          cbo=g.pick(["7166-10", "7152-10", "3711-10", "7156-10"]), f=fold(g.pick(["montador de exposições", "cenotécnico", "técnico de montagem", "marceneiro"])).upper())
    case = g.pick(["QUEDA DE ESCADA TIPO TESOURA (2,5 M) AO FIXAR TELA NA PAREDE DA SALA «s»",
                   "CORTE NA MÃO ESQUERDA AO REMOVER VIDRO DE VITRINE DA SALA «s»",
                   "ENTORSE DE TORNOZELO AO DESCER DE ANDAIME NA MONTAGEM DA SALA «s»"])
    icd = g.pick(FALL_ICD)
    doc.f(O("ACIDENTE: «d» ÀS «h» — LOCAL: «l»\nDESCRIÇÃO: " + case + ". AFASTAMENTO: «a».\nCID: «cid»\n\n"), d=g.date("br"), h=g.hm(), l=fold(nm).upper(),
          s=g.ri(1, 12), a=g.pick(["SIM", "NÃO", "SIM (15 DIAS)"]), cid=icd[0])
    doc.t(O("TESTEMUNHAS:\n"))
    for _ in range(g.ri(1, 2)):
        t = g.person()
        if g.chance(0.5):
            doc.f(O("- «n», CPF «c»\n"), n=P(N(t.capsf)), c=(g.cpf(), "BR_CPF"))
        else:
            doc.f(O("- «n», TEL «c»\n"), n=P(N(t.capsf)), c=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"))
    doc.f(O("\nATENDIMENTO MÉDICO: «h» — «m», «c»\n"), h=fold(g.pick(HOSPITALS)).upper(), m=P(N(md.capsf)), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f(O("EMITIDA POR: «n» (RH) — «e»\n"), n=P(N(hr.capsf)), e=(corp_mail(hr, edom, g), "EMAIL_ADDRESS"))
    return doc


SA = [sa_aso_restauro, sa_log_primeiros_socorros, sa_acidente_visitante, sa_pneumo_arquivo, sa_zap_atestados, sa_vacinacao, sa_cat_montador]


# --------------------------------------------------------------------------- financeiro


def fi_folha(g: Gen) -> Doc:
    """The foundation's payroll (Markdown, ruled or blank-aligned table): CPF, PIS, agency and account or a Pix key of any kind; the HR manager, the accountant's CRC."""
    doc = Doc()
    nm, raz, dom, kind = inst(g)
    hr = g.person()
    ac = g.person()
    comp = f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}"
    style = g.pick(["md", "plus", "plain", "psql"])
    doc.f("«r» — CNPJ «c»\nFOLHA DE PAGAMENTO — competência «m»\n\n", r=raz, c=(g.any_cnpj(), "BR_CNPJ"), m=comp)
    rows = []
    for _ in range(g.ri(4, 7)):
        p = g.person()
        gross = g.ri(18, 95) * 100.0
        inss = round(min(gross * 0.09, 951.63), 2)
        cpf = g.cpf()
        b = g.pick(BANKS)
        if g.chance(0.7):
            bank = [V(f"{b[0]} {b[1]}"), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        else:
            kind_, kv = pix_key(g, p, cpf)
            bank = [V(f"Pix ({kind_})"), V("—"), kv]
        rows.append([P(g.pick([p.full, p.full, p.caps])), V(staff_role(g, p)), (cpf, "BR_CPF"), (g.pis(), "BR_PIS") if g.chance(0.85) else V("—")] + bank +
                    [V(brl(gross)), V(brl(inss)), V(brl(gross - inss))])
    table_ruled(doc, ["nome", "cargo", "CPF", "PIS", "banco", "agência", "conta / chave", "bruto", "INSS", "líquido"], rows, style)
    doc.f("\nConferido por «h» (gestão de pessoas) em «d». Contador«a» responsável: «n» («c»).\n", h=P(hr.full) if g.chance(0.5) else V(login(hr, g)), d=g.date("br"), a="a" if ac.female else "",
          n=P(ac.full), c=(g.council("CRC"), "PROFESSIONAL_ID"))
    if g.chance(0.3):
        doc.t(word_neg(g) + "\n")
    return doc


def fi_prestacao_contas(g: Gen) -> Doc:
    """The execution report of an incentive-law project (restoration, digitisation, an educational programme): proponent's CNPJ, legal representative's CPF and e-mail, the linked accounts, sponsors with CNPJ, payees with CNPJ or CPF, the accountant's CRC."""
    doc = Doc()
    nm, raz, dom, kind = inst(g)
    inc, law, code = g.pick(INCENTIVES)
    rep_ = g.person()
    ac = g.person()
    proj = g.pick(["Restauro da fachada e do telhado", "Digitalização do acervo fotográfico", "Programa educativo itinerante", "Modernização da reserva técnica",
                   "Higienização do fundo cartorial", "Acessibilidade comunicacional"])
    doc.f("RELATÓRIO DE EXECUÇÃO FÍSICO-FINANCEIRA — «i» («l»)\n«c» nº «p» · Projeto: «j»\n\n", i=inc, l=law, c=code, p=pronac(g), j=proj)
    fields = [("Proponente", V(raz)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Representante legal", P(rep_.full)), ("CPF", (g.cpf(), "BR_CPF")),
              ("E-mail", (corp_mail(rep_, dom, g), "EMAIL_ADDRESS")), ("Telefone", (g.phone(), "PHONE_NUMBER"))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    doc.f("Contas vinculadas — Banco do Brasil, agência «a»: captação «c1», movimento «c2».\n\n", a=(g.agency(True), "BANK_ACCOUNT"),
          c1=(g.account(True), "BANK_ACCOUNT"), c2=(g.account(True), "BANK_ACCOUNT"))
    doc.t("1. CAPTAÇÃO\n")
    for sp, sdom in g.sample(SPONSORS, g.ri(1, 3)):
        doc.f("- «s», CNPJ «c»: R$ «v» (recibo de mecenato nº «r»)\n", s=sp, c=(g.any_cnpj(), "BR_CNPJ"), v=brl(g.ri(20, 600) * 1000.0), r=g.d(4))
    if g.chance(0.3):
        d = g.person()
        doc.f("- doação de pessoa física: «n», CPF «c»: R$ «v»\n", n=P(d.full), c=(g.cpf(), "BR_CPF"), v=brl(g.ri(1, 50) * 1000.0))
    doc.t("\n2. PAGAMENTOS\n")
    rows = []
    for _ in range(g.ri(4, 7)):
        if g.chance(0.5):
            rows.append([V(g.date("br")), V(g.pick(SUPPLIERS)), (g.any_cnpj(), "BR_CNPJ"), V(nf(g)), V(brl(g.ri(3, 200) * 500.0))])
        else:
            p = g.person()
            rows.append([V(g.date("br")), P(p.full), (g.cpf(), "BR_CPF"), V("RPA " + g.d(3)), V(brl(g.ri(10, 90) * 100.0))])
    table_ruled(doc, ["data", "favorecido", "CNPJ/CPF", "documento", "valor (R$)"], rows, g.pick(["plus", "pipe", "md", "plain"]))
    doc.f("\nRendimentos de aplicação: R$ «r». Saldo a devolver: R$ «s».\n\n«n»\nContador«a» — «c»\n", r=brl(g.ri(100, 9000) + 0.37), s=brl(g.ri(0, 3000) + 0.0),
          n=P(ac.full), a="a" if ac.female else "", c=(g.council("CRC"), "PROFESSIONAL_ID"))
    return doc


def fi_doadores(g: Gen) -> Doc:
    """The friends-of-the-museum association's donor export (CSV): names or first_name/last_name, CPF, e-mail, mobile, birth date for the birthday card, payment (masked cards, a few unmasked from the old gateway), and the fundraiser's note."""
    doc = Doc()
    nm, raz, dom, kind = inst(g, ("museu", "centro", "biblioteca"))
    fr = g.person()
    sep = g.pick([";", ","])
    split = g.chance(0.3)
    doc.f("export_amigos_«n»_«d».csv\n", n=re.sub(r"[^a-z]+", "_", lower(nm)).strip("_")[:24], d=g.date("iso").replace("-", ""))
    cols = (["first_name", "last_name"] if split else ["nome"]) + ["cpf", "email", "celular", "nascimento", "categoria", "forma", "cartao", "valor_mensal"]
    rows = []
    for _ in range(g.ri(3, 6)):
        p = g.person()
        name = [P(p.given), P(p.surname_str)] if split else [P(g.pick([p.full, p.caps, p.low]))]
        forma = g.pick(["cartao", "cartao", "pix", "boleto", "debito"])
        if forma == "cartao":
            card = (g.card(g.chance(0.3)), "CREDIT_CARD") if g.chance(0.35) else V(g.masked_card())
        else:
            card = V("")
        rows.append(name + [(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.email(p), "EMAIL_ADDRESS"), (g.phone(g.pick(["e164", "raw", "par"])), "PHONE_NUMBER"),
                            (g.dob(g.pick(["iso", "br"]), 1940, 2004), "DATE_OF_BIRTH") if g.chance(0.8) else V(""),
                            V(g.pick(["Amigo", "Amigo", "Amigo Patrono", "Benemérito", "Jovem Amigo"])), V(forma), card, V(brl(g.pick([30, 50, 80, 150, 300, 1000]) + 0.0))])
    table_csv(doc, cols, rows, sep)
    doc.f("\nNota («n», captação): «x»\n", n=P(fr.full) if g.chance(0.4) else (corp_mail(fr, dom, g), "EMAIL_ADDRESS"),
          x=g.pick(["as linhas com cartão completo vieram do gateway antigo; apagar a coluna antes de mandar para a gráfica dos cartões de aniversário.",
                    "conferir os recibos de doação para dedução no IR (Lei 8.313/1991, art. 26) antes de 31/01.",
                    "três doadores pediram para não receber mais ligações; marcar opt-out no CRM."]))
    if g.chance(0.5):
        d = g.pick(rows)
        doc.f("Recibo de doação nº «r»: recebemos de «n», CPF «c», a quantia de R$ «v», destinada ao projeto «p».\n", r=g.d(5),
              n=P(d[0][0] if not split else f"{d[0][0]} {d[1][0]}"), c=d[2 if split else 1], v=brl(g.ri(1, 40) * 500.0),
              p=g.pick(["Restauro da fachada", "Educativo para todos", "Digitalização do acervo"]))
    return doc


def fi_sinistro_transito(g: Gen) -> Doc:
    """An insurance claim for a work damaged in transit (e-mail thread): the registrar's and the claims analyst's e-mails, the quoted message with X-Originating-IP, the carrier's CNPJ, the truck plate, the driver's CPF and CNH, the surveyor, the collector's CPF and account or random Pix key."""
    doc = Doc()
    nm, raz, dom, kind = inst(g, ("museu", "centro"))
    ins, idom = g.pick(INSURERS)
    tr, tdom = g.pick(TRANSPORTERS)
    reg = g.person()
    an = g.person()
    col = g.person()
    drv = g.person(False)
    rest = g.person()
    perito = g.person()
    a = artist_of_work(g)
    work = g.pick(WORKS)
    t0 = g.moment(hours=(8, 19))
    t1 = t0 + datetime.timedelta(days=g.ri(1, 8), hours=g.ri(1, 6))
    doc.f("De: «n» <«e»>\n", n=P(an.full), e=(corp_mail(an, idom, g), "EMAIL_ADDRESS"))
    if g.chance(0.5):
        doc.f("Para: «r» <«re»>\n", r=P(reg.full), re=(corp_mail(reg, dom, g), "EMAIL_ADDRESS"))
    else:
        doc.f("Para: «re»\n", re=(corp_mail(reg, dom, g), "EMAIL_ADDRESS"))
    doc.f("Cc: «cc»\nData: «d»\nAssunto: RE: Sinistro «s» — obra \"«w»\"\n\n", cc=role_mail(g, idom, "sinistros"), d=mail_date(t1), s=sinistro(g), w=work)
    doc.f("Prezad«o» «n»,\n\nApós a vistoria «dp» «p» e o orçamento de restauro de «x» (R$ «v»), a seguradora reconhece a cobertura. "
          "A indenização por depreciação será paga diretamente ao proprietário, ", dp="da perita" if perito.female else "do perito", o=reg.o, n=P(reg.first), p=P(perito.full),
          x=P(rest.full) if g.chance(0.5) else V("um ateliê credenciado"), v=brl(g.ri(8, 90) * 1000.0))
    if g.chance(0.6):
        doc.f("«c», CPF «cpf», na conta «b», agência «ag», conta «ac».\n\n", c=P(col.full), cpf=(g.cpf(), "BR_CPF"), b=g.pick(BANKS)[1],
              ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("«c», CPF «cpf», via Pix na chave aleatória «k».\n\n", c=P(col.full), cpf=(g.cpf(), "BR_CPF"), k=(g.uuid(), "PIX_KEY"))
    doc.f("Exercemos direito de regresso contra a transportadora «t» (CNPJ «c»).\n\nAtenciosamente,\n«n»\nRegulação de sinistros — «i»\n«tel»\n\n", t=tr,
          c=(g.any_cnpj(), "BR_CNPJ"), n=P(an.full), i=ins, tel=(g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER") if g.chance(0.6) else V("0800 770 4411"))
    doc.f("> Em «d», «n» escreveu:\n> X-Originating-IP: [«ip»]\n> Informamos avaria na obra \"«w»\", de «a» («t»), tombo «tb», no retorno da itinerância.\n",
          d=ts(t0, "br"), n=P(reg.full) if g.chance(0.3) else (corp_mail(reg, dom), "EMAIL_ADDRESS"), ip=(g.ip(), "IP_ADDRESS"), w=work,
          a=P(a.full) if g.chance(0.7) else V("autor desconhecido"), t=g.pick(TECHNIQUES), tb=tombo(g, nm))
    doc.f("> O caminhão placa «p» chegou com o climatizador desligado; motorista «m», CPF «c». A caixa apresentava impacto na quina superior.\n",
          p=(g.plate(), "LICENSE_PLATE"), m=P(drv.full) if g.chance(0.6) else V("da transportadora"), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.7):
        doc.f("> CNH do motorista (conforme manifesto): «k».\n", k=(g.cnh(), "BR_CNH"))
    if g.chance(0.5):
        doc.f("> Apólice «a», vigência até «v». O laudo de chegada foi assinado pela conservadora «c».\n", a=apolice(g), v=g.date("br", 2026),
              c=P(g.person(True).full))
    else:
        doc.f("> Apólice «a», vigência até «v». Laudo de chegada e fotos em anexo.\n", a=apolice(g), v=g.date("br", 2026))
    if g.chance(0.5):
        doc.f("> «n»\n> Registro de acervo — «m»\n", n=P(g.pick([reg.first, reg.full])), m=nm)
    else:
        doc.f("> Registro de acervo — «m»\n", m=nm)
    return doc


def fi_licencas_jsonl(g: Gen) -> Doc:
    """The image bank's sales log as JSON lines: licences sold to people (CPF, e-mail, IP) and firms (CNPJ), a chargeback with the full card from the acquirer, staff logins with corporate e-mails, and a private IP of the internal server."""
    doc = Doc()
    nm, raz, dom, kind = inst(g, ("museu", "arquivo", "centro"))
    doc.f("# banco de imagens «n» — vendas de licenças — export «d»\n", n=nm, d=g.date("iso"))
    for _ in range(g.ri(3, 5)):
        if g.chance(0.55):
            p = g.person()
            rec = {"tipo": "licenca", "imagem": tombo(g, nm), "comprador": P(g.pick([p.full, p.low])), "cpf": (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                   "email": (g.email(p), "EMAIL_ADDRESS"), "ip": (g.ip(), "IP_ADDRESS"),
                   "uso": g.pick(["editorial", "acadêmico (TCC)", "decoração", "redes sociais"]), "valor": round(g.ri(40, 600) + 0.0, 2)}
        else:
            lic, ldom = g.pick(LICENSEES)
            rp = g.person()
            rec = {"tipo": "licenca", "imagem": tombo(g, nm), "comprador": lic, "cnpj": (g.any_cnpj(), "BR_CNPJ"),
                   "contato": P(rp.full), "email": (corp_mail(rp, ldom, g), "EMAIL_ADDRESS"), "ip": (g.ip(), "IP_ADDRESS"),
                   "uso": g.pick(["publicitário", "editorial (capa)", "audiovisual"]), "valor": round(g.ri(8, 60) * 100.0, 2)}
        if g.chance(0.25):
            rec["pix_pagador"] = (g.uuid(), "PIX_KEY")
        jval(doc, rec, None)
        doc.t("\n")
    for _ in range(g.ri(1, 2)):
        p = g.person()
        jval(doc, {"tipo": "chargeback", "pedido": pedido(g), "portador": P(p.caps), "cartao": (g.card(g.chance(0.3)), "CREDIT_CARD") if g.chance(0.7) else g.masked_card(),
                   "valor": -round(g.ri(40, 600) + 0.0, 2), "motivo": g.pick(["4837", "10.4", "13.1", "4853"])}, None)
        doc.t("\n")
    for _ in range(g.ri(1, 2)):
        u = g.person()
        jval(doc, {"tipo": "acesso_admin", "usuario": (corp_mail(u, dom, g), "EMAIL_ADDRESS"), "ip": (g.ip(), "IP_ADDRESS") if g.chance(0.6) else g.ip_priv(),
                   "acao": g.pick(["exportou vendas", "alterou preço", "aprovou licença", "login"]), "em": ts(g.moment(), "iso")}, None)
        doc.t("\n")
    if g.chance(0.5):
        jval(doc, {"tipo": "webhook", "destino": f"http://{g.ip_priv()}:8080/licencas", "status": 200}, None)
        doc.t("\n")
    return doc


def fi_rpa_lote(g: Gen) -> Doc:
    """A batch of RPAs for freelance lecturers, mediators and restorers in fixed width (names cut at the width, CPF, NIT, Pix key or account), the coordinator's phone."""
    doc = Doc()
    nm, raz, dom, kind = inst(g)
    co = g.person()
    ev = g.pick(["CICLO DE PALESTRAS — PATRIMÔNIO E MEMÓRIA", "OFICINAS DE FÉRIAS", "MUTIRÃO DE HIGIENIZAÇÃO DO ACERVO", "SEMANA DE MUSEUS", "FESTA LITERÁRIA"])
    doc.f("«r»\nLOTE DE RPA — «e» — «m»\n\n", r=fold(raz).upper(), e=ev, m=f"{g.ri(1, 12):02d}/{g.pick([2025, 2026])}")
    W = 24
    doc.t("NOME".ljust(W) + "  " + "CPF".ljust(14) + "  " + "NIT".ljust(14) + "  " + "SERVICO".ljust(12) + "  " + "BRUTO".rjust(9) + "  " + "LIQUIDO".rjust(9) + "  CREDITO\n")
    for _ in range(g.ri(4, 6)):
        p = g.person()
        nmc = cut(fold(p.full).upper(), W)
        gross = g.ri(3, 40) * 100.0
        net = gross - round(gross * 0.11, 2) - round(gross * 0.05, 2)
        doc.cell(nmc, W, "PERSON")
        doc.t("  ")
        doc.cell(g.cpf("dot"), 14, "BR_CPF")
        doc.t("  ")
        if g.chance(0.8):
            doc.cell(g.pis("dot"), 14, "BR_PIS")
        else:
            doc.cell("-", 14)
        doc.t("  ")
        doc.cell(g.pick(["PALESTRA", "MEDIACAO", "OFICINA", "HIGIENIZ.", "RESTAURO", "CONTACAO"]), 12)
        doc.t("  ")
        doc.cell(brl(gross), 9, right=True)
        doc.t("  ")
        doc.cell(brl(net), 9, right=True)
        doc.t("  ")
        if g.chance(0.5):
            kind_, kv = pix_key(g, p)
            doc.t(f"PIX {kind_.upper()} ")
            doc.e(*kv)
        else:
            b = g.pick(BANKS)
            doc.t(f"{b[0]} AG ")
            doc.e(g.agency(), "BANK_ACCOUNT")
            doc.t(" CC ")
            doc.e(g.account(), "BANK_ACCOUNT")
        doc.t("\n")
    doc.f("\nRETENÇÕES: INSS 11% / ISS 5%. IRRF ISENTO NA FAIXA.\nRESPONSAVEL: «n» — «t»\n", n=P(fold(g.pick([co.full, co.short])).upper()),
          t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


def fi_cobranca_multa(g: Gen) -> Doc:
    """A library's collection of a lost book's replacement and fines: by e-mail (letter address and CEP, the association's random Pix key, ISBN and barcode unlabelled, a reply naming the son), by WhatsApp or by SMS; the librarian's CRB."""
    doc = Doc()
    nm, raz, dom, kind = inst(g, ("biblioteca",))
    r = g.person()
    lib = g.person()
    book = g.pick(BOOKS)
    val = g.ri(40, 260) + 0.0
    mode = g.pick(["email", "email", "zap", "sms"])
    if mode == "email":
        t0 = g.moment()
        rmail = g.email(r)
        doc.f("De: «n» <«e»>\nPara: «r»\nData: «d»\nAssunto: Exemplar não devolvido — reposição e multa\n\n", n=P(lib.full), e=(corp_mail(lib, dom, g), "EMAIL_ADDRESS"),
              r=(rmail, "EMAIL_ADDRESS"), d=mail_date(t0))
        doc.f("Prezad«o» «n» (CPF «c»),\n\nConsta em seu cadastro o exemplar \"«b»\" (ISBN «i», exemplar «x»), com devolução prevista para «dv». "
              "Após três avisos, o exemplar foi considerado extraviado. A reposição pode ser feita com outro exemplar da mesma edição ou pelo pagamento de R$ «v» "
              "(valor de reposição + multa), por Pix na chave aleatória da associação de amigos: «k».\n\n", o=r.o, n=P(r.full), c=(g.cpf(), "BR_CPF"), b=book,
              i=isbn(g), x=barcode(g), dv=g.date("br"), v=brl(val), k=(g.uuid(), "PIX_KEY"))
        if g.chance(0.5):
            doc.f("Telefone do cadastro, sem resposta: «t». ", t=(g.phone(), "PHONE_NUMBER"))
        doc.f("A carta de cobrança também foi enviada para «a», CEP «p». Enquanto houver pendência, o cartão fica bloqueado para novos empréstimos.\n\n",
              a=(g.address(), "ADDRESS"), p=(g.cep(), "BR_CEP"))
        doc.f("«n»\nBibliotecári«o» responsável — «c»\n«m»\n\n", n=P(lib.full), o=lib.o, c=(g.council("CRB"), "PROFESSIONAL_ID"), m=nm)
        if g.chance(0.7):
            son = g.relative(r)
            doc.f("> resposta de «e» em «d»:\n> bom dia, quem pegou o livro foi «x» «n», que levou pra faculdade em outra cidade. ", e=(rmail, "EMAIL_ADDRESS"),
                  d=ts(t0 + datetime.timedelta(days=g.ri(1, 9)), "br"), x="minha filha" if son.female else "meu filho", n=P(g.pick([son.full, son.first])))
            if g.chance(0.5):
                doc.f("o cpf del«e» é «c», se puder transferir a pendência pro cadastro del«e2». ", e="a" if son.female else "e", c=(g.cpf(), "BR_CPF"), e2="a" if son.female else "e")
            doc.t("vou pagar pelo pix hoje.\n")
    elif mode == "zap":
        st = chat_stamp(g)
        tt = iter(seq_times(g, 20, g.moment(hours=(9, 18)), 60, 3000))
        B = V(g.pick([nm, "Biblioteca — empréstimos"]))
        C = (g.phone("wa"), "PHONE_NUMBER") if g.chance(0.5) else P(lower(g.pick([r.first, r.short])))
        doc.f("Conversa do WhatsApp com «n»\n\n", n=B[0])
        cl(doc, st(next(tt)), B, "Olá, «n»! Aqui é «b», da «m». O livro \"«l»\" está com «d» dias de atraso. Consegue devolver esta semana?",
           n=P(r.first), b=P(lib.first), m=nm, l=book, d=g.ri(20, 140))
        cl(doc, st(next(tt)), C, g.pick(["nossa esqueci completamente, acho que perdi na mudança 😞", "oi, perdi o livro, como faço?", "meu cachorro roeu a capa kkk"]))
        cl(doc, st(next(tt)), B, "Sem problema: a reposição é R$ «v» por Pix na chave aleatória «k». Pode me confirmar o CPF do cadastro?", v=brl(val), k=(g.uuid(), "PIX_KEY"))
        cl(doc, st(next(tt)), C, "«c»", c=(g.cpf(g.pick(["dot", "raw"])), "BR_CPF"))
        if g.chance(0.5):
            cl(doc, st(next(tt)), C, "e atualiza meu endereço por favor, mudei pra «a» cep «p»", a=(g.address("low"), "ADDRESS"), p=(g.cep(g.chance(0.5)), "BR_CEP"))
        cl(doc, st(next(tt)), B, "Registrado. Assim que o pagamento cair desbloqueio o cartão. 📚")
    else:
        doc.f("SMS de 29{0} · {1}\n".format(g.d(3), g.date("br")))
        doc.f("«m»: «n», o livro \"«b»\" esta em atraso. Multa acumulada R$ «v». Pague via Pix chave «k» ou devolva no balcao. Duvidas: «t».\n",
              m=fold(nm).upper()[:22], n=P(fold(r.first).upper()), b=fold(book), v=brl(val / 3), k=(g.uuid(), "PIX_KEY"),
              t=(g.phone(g.pick(["par", "plain"]), mobile=False), "PHONE_NUMBER") if g.chance(0.5) else V("0800 770 2020"))
        doc.f("\n-- resposta --\nja devolvi na caixa de devolucao do metro, falar com «a» «b». «n», cpf «c»\n", a="a" if lib.female else "o", b=P(lower(lib.first)), n=P(lower(r.full)),
              c=(g.cpf(), "BR_CPF"))
    return doc


FI = [fi_folha, fi_prestacao_contas, fi_doadores, fi_sinistro_transito, fi_licencas_jsonl, fi_rpa_lote, fi_cobranca_multa]


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
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|doutora?|prof|profa|eng|vigilante|brigadista|sd)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_|:()]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), (rid, v)
            assert not ROLE_RE.match(v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert PLATE_RE.fullmatch(v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(?i)(CRM|COREN|OAB|CRC|CREA|CRB|COREM|CRQ)(?![A-Za-z])", v), (rid, v)
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
    print("hundredtwentyfirst", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
