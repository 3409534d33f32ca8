"""Build the hundred-and-nineteenth labelled evaluation set (run once; the JSONL file is committed).

    python tests/privacy/data/make_hundrednineteenth_set.py

Written blind to the detectors (their code, lists, contexts and scores were not read or run),
standalone (own check-digit code, stdlib only, no Faker, no import from afinar or from the other
generators), seed 11919, 280 records: 4 domains x 7 templates x 10 copies.

Register: LAUNDRIES, DRY CLEANERS, TAILORS AND SHOE/LEATHER REPAIR SHOPS -- neighbourhood
lavanderias and passadorias, franchise chains (the franchisor's portal, contract and royalties),
self-service laundromats run by an app (its LGPD requests), industrial laundries washing hospital
and hotel linen (enxoval hospitalar, the CCIH, NR-32, the trucks for soiled and clean linen), dyers
and dry cleaners (tinturarias, percloroetileno), seamstresses and alteration shops (ajustes, barra,
bainha) and shoe and bag repairers (sapatarias de conserto): order tickets (comandas) and lost or
ruined garments, a wedding dress damaged days before the wedding, deliveries, complaints to the
PROCON and on review sites, small-claims suits, labour claims by ironing workers, thefts from the
delivery van, the workers' health (chemicals, heat, soiled linen, sharps, repetitive strain,
contact dermatitis) and the money side (payroll, invoices to hotels, royalties, card chargebacks,
suppliers' boletos and Pix, collection of unpaid tickets, terminations). Every firm, app, hotel,
hospital, clinic, supplier, site and person is invented (Lavanderia Rosa Branca, Lavanderia Água
Viva, Lavanderia Prudente, Lavanderia Amado & Filhos, Lavanderia Luz do Sol, Passadoria Ferro de
Ouro, Bolha Azul Lavanderias, Lavô Tá Novo, SecaJá, Giro Limpo 24h, Lavoteca, LavaAqui, Tinturaria
Arco-Íris do Bonfim, Tinturaria Leão, Ateliê Agulha de Ouro, Ajustes Vitória, Ateliê Linha Celeste,
Ajuste Certo Costura Express, Sapataria Pé de Valsa, Sapataria e Bolsaria Justo, Doutor Sapato
Consertos; Alvura Lavanderia Hospitalar, Lavinor Higienização Têxtil, Vale Branco Lavanderia
Industrial, Serena Enxovais, Lavanderia Industrial Estrela Guia; Hotel Vitória Palace, Pousada Flor
do Mar, Aurora Executive Hotel, Hotel Bento Prudente, Resort Serra Celeste; Hospital São Bento,
Hospital Santa Luz, Hospital Regional Prudente de Morais, Maternidade Esperança, Santa Casa de Nova
Aurora; Química Alvejante Sul, Cloro Forte, Solventes Leão, Aviamentos Linha Rosa, Couros e Solados
Amado; Clínica Ocupacional Alvorada, MedTrab Serena, Dermaclin Luz, Fisio Movimento Bento,
Reabilita Aurora; Reclama Bairro, Opina Já, Nota do Cliente; MaqFácil, CredLeão, PagAurora, Bento
Pay; the bots Bolhinha, Lavi, Espuminha, Ferrinho, Agulhinha, Seca Bot).
Layouts: WhatsApp exports (Android old and new stamps and iOS, senders by number, by name or by a
contact saved with a tag, "Você", the shop or its bot as a party, lower-case chat), a route sheet,
forms ("Campo: valor", dotted leaders, ruled boxes, CAPS labels), CSV (semicolon and comma,
first_name/last_name split sometimes), +---+ / psql / pipe / Markdown / blank-aligned tables, JSON
(an app's data export) and JSON lines (an acquirer's report), e-mails with quoted replies and
X-Originating-IP, SMS, a speech-to-text call (lower case; CPF, phone, address and CEP spoken in
groups or in words) with the typed record, legal pieces, a DANFE, an ALL CAPS police report that is
OCR'd half of the time (typical misreadings: I/l, O/0, E/F, m/rn, d/cl...), a CAT in capitals,
e-signature logs.
- atendimento: (0) a shop's WhatsApp with a client (pick-up by a son or daughter with RG, delivery
  address and CEP with a random Pix key for the fee, a lost garment paid back to an account or a Pix
  key of any kind, a stain complaint with a card typed in the chat or a masked card, the CPF for the
  invoice, sometimes mistyped, a cadastre update with e-mail and address, the birth date for the
  loyalty club, the assessing ironer or shoemaker by first name or nickname); (1) a delivery route
  sheet (the driver with CNH, the van's plate, the helper, stops with clients, addresses, CEPs,
  phones and comandas, a hotel's dock without address, the driver's notes, a back-up motorbike's
  plate); (2) a self-service app's LGPD request (web form with IP, birth date sometimes) and the
  DPO's answer with the JSON export (session IPs, public or the store's private totem, cards by
  brand and last digits only, a random Pix key for refunds, delivery address and CEP); (3) a
  speech-to-text call about a damaged wedding dress (CPF and phone spoken, address and CEP spoken,
  the bride's mother, the seamstress, the manager) and the typed record; (4) a franchisee's
  support ticket on the franchisor's portal (unit CNPJ, franchisee, e-mail, phone, IP; a client's
  complaint forwarded with CPF, phone, agency and account; the N1 analyst; the field consultant's
  mobile and corporate e-mail; the PDV's private IP); (5) a seamstress's order book (lines, Markdown
  or CSV: clients by full name, first name or nickname, phones, delivery addresses in lower case,
  the shop's random Pix key or the owner's CPF as key, a son's CPF); (6) a review-site complaint,
  the data shown only to the company (CPF, e-mail, phone), the owner's public answer and the
  consumer's reply with a Pix key of any kind or an account.
- juridico: (0) a PROCON complaint (consumer with CPF, RG sometimes, birth date, address, CEP,
  phone, e-mail; the supplier's CNPJ) and the written defence (a second CNPJ form, the partner's
  CPF, the company seat unlabelled, the ironer named, the lawyer's OAB and e-mail, a conciliator);
  (1) a small-claims (JEC) petition over a ruined suit or dress (plaintiff qualified with RG or
  CNH, CPF, e-mail, phone, address, CEP; the dry cleaner's CNPJ and seat; the attendant and manager;
  the account for payment; witnesses with CPF and address or phone; a lawyer or none); (2) a
  franchise contract (franchisor's CNPJ and director with corporate e-mail; the franchisee company
  and partner qualified; a guarantor, sometimes with título, and spouse; the debit account;
  witnesses; the e-signature log); (3) an industrial laundry's contract with a hospital (both
  CNPJs, representatives with CPF and RG, the chemist in charge with CRQ, the contract manager
  nurse with COREN, e-mail and phone, the two trucks' plates, the laundry's account, witnesses;
  signatures or an e-signature log); (4) an ironing worker's labour claim (PIS, título often, birth
  date sometimes, CTPS unlabelled, the laundry's CNPJ and, for hospitals and hotels, the client's
  CNPJ as tomadora; the supervisor's WhatsApp; witnesses with CPF; a CNJ number; lawyers); (5) a
  police report of a theft from the delivery van in capitals, OCR'd half of the time (owner with
  birth date, RG, CPF, address, CEP, phone; the van's plate; a suspect by nickname with the
  motorbike's plate, or named with birth date, or unknown; a witness; the PM soldier, the delegado,
  the clerk); (6) hearing minutes (JEC or labour court: judge, conciliator, parties with CPF,
  lawyers with OAB, the preposta, the settlement paid to an agency and account or a random Pix key,
  the lawyer's WhatsApp).
- saude: (0) an ASO of a laundry or dry-cleaning worker (employer CNPJ, CPF, RG, birth date, NIT,
  phone, address and CEP sometimes; the examiner's and the PCMSO coordinator's CRM); (1) a hospital
  CCIH report on linen processing (the laundry's CNPJ and its chemist's CRQ, the trucks' plates, a
  sharps injury to a laundry worker with CPF, the ward's nurse with COREN, the trained staff with
  CPF, the infectologist's CRM, the nurse's corporate e-mail, role mailboxes in copy); (2) a
  dermatology record of a laundry worker's contact dermatitis (birth date, CNS or CPF, phone,
  address and CEP sometimes; the occupational physician's and the dermatologist's CRM; the nurse's
  COREN; CID codes unlabelled); (3) a CAT in capitals (employer CNPJ; the worker, the mother, birth
  date, CTPS unlabelled, NIT, RG, CPF, CNS sometimes, address, CEP, phone; witnesses with address and
  CEP or phone; the physician's CRM; the HR's corporate e-mail); (4) the HR's WhatsApp group for
  sick notes (workers by number, name or tagged contact; the physicians by name with CRM; CPF and
  PIS; a colleague covering; a child in hospital and the spouse's phone); (5) a physiotherapy
  agenda for repetitive-strain cases (CREFITO in the header; patients with birth date, CPF, CNS
  sometimes, phone; first_name/last_name sometimes; the referring CRM); (6) the industrial laundry's
  vaccination list (CPF, CNS, birth date; vaccine lots unlabelled; the nurse's COREN and the PCMSO
  CRM).
- financeiro: (0) payroll (CPF, PIS, the unhealthy-work bonus, agency and account or a Pix key of
  any kind; the partner; the accountant's CRC); (1) a DANFE from an industrial laundry to a hotel
  (both CNPJs, the 44-digit access key and the state registration unlabelled, the truck's plate,
  the housekeeping contact's name, corporate e-mail and phone, a boleto line and an account) and the
  month's list of hotel invoices (CNPJs, contacts); (2) a franchisee's royalty statement (unit
  CNPJ, franchisee, CPF, mobile, the debit agency and account, the analyst's e-mail and phone) and
  the franchisee's quoted e-mail with X-Originating-IP; (3) a card acquirer's chargeback notice
  (CSV, table or JSON lines; full card numbers labelled, masked ones not; holders cut at the
  width) and the shop's defence (the client's RG and phone); (4) a supplier's e-mail with the
  boleto and a random Pix key, and the Pix receipt (payer company or person, masked or full CPF,
  the payer's agency and account, the supplier's CNPJ and key; the end-to-end id unlabelled);
  (5) collection of an unpaid ticket by e-mail (CPF, random Pix key, boleto, the address of the
  letter and CEP, the collector's phone, a reply naming the ex-spouse), by WhatsApp (Pix, a relative
  with CPF, or the delivery address, CEP and CPF) or by SMS (random Pix keys, 0800 lines unlabelled);
  (6) a TRCT (employer CNPJ and seat unlabelled; CPF, PIS, título sometimes, birth date, mother,
  address, CEP, mobile, e-mail sometimes; the deposit account; the HR's corporate e-mail; the
  union's assistant).

Conventions (the twentieth set's, as in BLIND_RULES.md): PERSON is the name only, never "Sr.",
"Sra.", "Dr.", "Dra.", "dona", "d.", "SD PM", "enfermeira", "DELEGADO"; particles and suffixes are
inside; "SURNAME, GIVEN" is one span; first names, nicknames, lower-case and ALL CAPS forms are
persons; first_name/last_name columns are one span each. Staff named in the text are persons:
attendants, ironers, seamstresses, shoemakers, drivers and helpers, doormen, managers, owners and
partners, franchisees, franchise analysts and consultants, DPOs, contract managers, chemists,
nurses, physicians, physiotherapists, HR and collection staff, accountants, lawyers, judges,
conciliators, prepostas, police officers, delegados and clerks; so are clients, their relatives,
witnesses, suspects (a nickname too), the mother in a CAT. Logins (fcardoso, integracao.pdv), bots
and apps are not. Corporate e-mails of people are EMAIL_ADDRESS; role mailboxes (sac@, loja@,
cobranca@, royalties@, dpo@, privacidade@, lgpd@, ccih@, enxoval@, rouparia@, sesmt@, financeiro@,
compras@...) are not. ADDRESS is a person's street + number + complement (lower-case and spoken
forms included); a company's seat ("com sede na ...", the DANFE's emitter, a TRCT's employer) is
not labelled, and a hotel stop on a route is written without address; the CEP is BR_CEP. Agency and
account are separate BANK_ACCOUNT spans, whoever holds them (a client, a worker, the franchisee's
debit account, the industrial laundry's account in a contract or invoice, the payer of a Pix);
bank codes are not. PIX_KEY only for random keys (a shop's, a supplier's, a client's); a key that
is a CPF, phone or e-mail takes that label. DATE_OF_BIRTH only for births; wedding, fitting,
admission, accident, vaccination, hearing, due and sale dates are not. Masked CPFs and masked cards
are not labelled; identifiers spoken in groups or words are labelled like their digits.
Decisions of this set:
- NOT labelled: comanda (order ticket) numbers, garment tags (etiquetas de rol), the franchisor's
  ticket ids, PROCON file numbers, BO numbers and the officers' RE, CTPS numbers, CBO and CNAE codes,
  the DANFE's 44-digit access key (printed in groups of four, drawn so that no 16-digit window
  passes Luhn), its number and the state registration (IE, 12 digits drawn to fail the título
  check), boleto lines, NSU, authorisation codes, the acquirer's EC number, Pix end-to-end ids, the
  e-signature envelope (an upper-case UUID), vaccine lots, prontuário numbers, machine ids, 0800
  lines, CNJ numbers, protocols, money and weights.
- PROFESSIONAL_ID covers CRM, COREN, OAB, CRC, CREFITO (physiotherapists) and CRQ (the chemist in
  charge of an industrial laundry) with the council and UF or region.
- LICENSE_PLATE: every plate is labelled (delivery vans, back-up motorbikes, the industrial
  laundry's trucks, a suspect's motorbike), old ABC-1234 / ABC1234 and Mercosul ABC1D23 forms; the
  script checks that no plate-shaped token stands outside the spans.
- A chat sender by name is a PERSON, by number PHONE_NUMBER; a contact saved with a tag
  ("Meiling dobra", "Creusa vestido noiva") is a PERSON span over the name only, the tag left out;
  "Você", the shop, "DP ..." and the bot are not labelled. Names damaged by OCR or cut at a field's
  width are labelled as they stand.
- A full card number typed in a chat or listed by the acquirer is CREDIT_CARD.
- The NIT, PIS and PASEP are one number with the PIS check digit: BR_PIS.

Names: Brazilian names of many origins (Portuguese common, north-eastern and old-fashioned, coined,
Italian, German, Polish and Ukrainian, Japanese, Lebanese, Korean, Chinese, Haitian, Angolan,
Senegalese, Cape Verdean, indigenous, Jewish, Bolivian, Paraguayan, Venezuelan), rare or invented
name words well above a quarter (main() prints the share). Names that are also words (Rosa, Luz,
Flor, Alva, Branca, Branco, Celeste, Serena, Vitória, Aurora, Glória, Bento, Prudente, Amado,
Justo, Leão, Clemente, Cândido, Limpo...) are names here and, elsewhere, words, shops, hotels,
streets and places, not persons ("lençol branco", "a luz do ferro a vapor", "azul celeste", "seria
prudente lavar à mão", "Lavanderia Rosa Branca", "Hotel Bento Prudente", "Serena Enxovais",
"Presidente Prudente", "Bento Gonçalves/RS", "Vitória - ES", the bairro Glória, "Rua Bento
Gonçalves", "Cândido de Abreu é a rua da loja nova"); a shop named after its owner ("Ateliê da
Ji-woo") is not a person, the owner's name beside it is.

Hard negatives: CNJ numbers, mistyped CPFs (checked to fail), comandas, tags, access keys, IE,
boleto lines, NSU and authorisation codes, e2e ids, ticket and file numbers, ICD-10 codes (L24.0,
L23.5, L25.3, M65.4, G56.0, M77.1, T23.2, T54.3, J68.0, S61.0, J11, K08.8...), CBO and CNAE codes,
money and kilograms, laws and rules (Lei 8.078/1990 arts. 6, 14, 20, 51; Lei 9.099/1995; Lei
13.966/2019; Lei 13.709/2018; RDC ANVISA 6/2012; NR-15, NR-32; Súmula 331 do TST; art. 155 of the
Código Penal; arts. 71, 477 and 484-A of the CLT), company seats, companies, streets and places
named after people or words, non-birth dates, private IPs; the script checks CPF-, PIS-, CNH-,
título-, CNS-, card- and plate-shaped runs, public IPs, personal e-mails and lower-case UUIDs
outside the spans.
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
SEED = 11919
OUT_NAME = "hundrednineteenth.jsonl"

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
    """Check digits of a CNPJ, numeric or 2026 alphanumeric (a character is worth ord(c) - 48)."""
    vals = [ord(c) - 48 for c in twelve]
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    out = ""
    for ws in (w1, [6] + w1):
        r = sum(a * b for a, b in zip(vals, ws)) % 11
        dv = 0 if r < 2 else 11 - r
        vals.append(dv)
        out += str(dv)
    return out


def rg_dv(eight: str) -> str:
    """São Paulo RG check digit (weights 2..9; 10 -> X, 11 -> 0)."""
    r = 11 - sum(int(c) * w for c, w in zip(eight, range(2, 10))) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def cnh_dv(nine: str) -> str | None:
    ds = [int(c) for c in nine]
    r1 = sum(x * w for x, w in zip(ds, range(9, 0, -1))) % 11
    r2 = sum(x * w for x, w in zip(ds, range(1, 10))) % 11
    if r1 >= 10 or r2 >= 10:
        return None  # bodies on which the published variants disagree are never drawn
    return f"{r1}{r2}"


def pis_dv(ten: str) -> str:
    r = 11 - sum(int(c) * w for c, w in zip(ten, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
    return "0" if r >= 10 else str(r)


def titulo_dv(eight: str, uf: str) -> str:
    d1 = sum(int(c) * w for c, w in zip(eight, range(2, 10))) % 11
    sp_mg = uf in ("01", "02")
    if d1 == 10:
        d1 = 0
    elif d1 == 0 and sp_mg:
        d1 = 1
    d2 = (int(uf[0]) * 7 + int(uf[1]) * 8 + d1 * 9) % 11
    if d2 == 10:
        d2 = 0
    elif d2 == 0 and sp_mg:
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
    return n.isdigit() and luhn_dv(n[:-1]) == n[-1]


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NUM_WORDS = ["zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"]

# --------------------------------------------------------------------------- name pools
# RARE_* pools and the foreign pools of RARE_ORIGINS hold regional, old-fashioned, coined or foreign name words
# that common Brazilian name lists do not hold; main() prints their share among the PERSON words.

COMMON_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline", "Sandra",
            "Camila", "Amanda", "Bruna", "Jéssica", "Letícia", "Mariana", "Gabriela", "Luciana", "Vanessa", "Tatiane", "Daniela",
            "Raquel", "Cristina", "Simone", "Ana Paula", "Sueli", "Larissa", "Maria Eduarda", "Lúcia", "Rita", "Priscila",
            "Rosângela", "Carla", "Débora", "Beatriz", "Aparecida", "Renata", "Natália", "Carolina", "Thaís", "Kelly", "Eliane",
            "Vera Lúcia", "Cláudia", "Sônia", "Regina", "Josiane", "Michele", "Andreia"]
COMMON_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Gabriel", "Rafael",
            "Daniel", "Marcelo", "Bruno", "Eduardo", "Rodrigo", "Gustavo", "Mateus", "Felipe", "Diego", "Anderson", "Leandro",
            "Tiago", "Fábio", "Ricardo", "Alexandre", "João Pedro", "José Carlos", "Raimundo", "Sérgio", "Vinícius", "Roberto",
            "Jorge", "Henrique", "Guilherme", "Leonardo", "Caio", "Edson", "Márcio", "Wagner", "Luiz Fernando", "Renato"]
RARE_F = ["Ivonilde", "Edileusa", "Gecilda", "Jozélia", "Neusely", "Vanderléia", "Ednalva", "Francilene", "Jociane", "Luzinete",
          "Zelândia", "Aldenora", "Cleidiane", "Deuzuíta", "Erenilda", "Gersonita", "Hozana", "Ilnara", "Jaqueliny", "Kawanny",
          "Mirtes", "Noêmia", "Odineia", "Raissa Ketlyn", "Tamyres", "Uilma", "Valdenice", "Wilcilene", "Yasmyn Vitória",
          "Zuleica", "Altamira", "Benvinda", "Clarisbela", "Dalvanira", "Elzenir", "Florisbela", "Genoveva", "Marinalva",
          "Rosilda", "Jucilene", "Nadjane", "Quitéria", "Sebastiana", "Eulália", "Creusa", "Lindinalva", "Evanilde", "Maria Zulmira"]
RARE_M = ["Aldemir", "Cleomar", "Elizeu", "Florisvaldo", "Gildásio", "Hermógenes", "Iranildo", "Jucelino", "Lindomar", "Manoelito",
          "Nerivaldo", "Osvaldino", "Petrônio", "Quirino", "Rosivaldo", "Sinval", "Tertuliano", "Ubirajara", "Valdeci", "Wellysson",
          "Xisto", "Zózimo", "Adelmo", "Crispim", "Deoclides", "Genésio", "Herculano", "Leovigildo", "Maxuel", "Orlandino",
          "Raylan", "Sandoval", "Thalysson", "Uanderson", "Wescley", "Kaique", "Davi Lucca", "Josemar", "Agripino", "Belchior",
          "Edmilson", "Gerivaldo", "Jonatan Kelvin", "Nailton", "Reinaldo", "Ademar", "Zenóbio", "Dejair"]
WORD_F = ["Rosa", "Luz", "Flor", "Vitória", "Aurora", "Celeste", "Alva", "Branca", "Serena", "Glória", "Pérola", "Estrela",
          "Maria da Luz", "Esperança", "Dália", "Bela", "Margarida", "Violeta", "Jasmim", "Alegria", "Rosa Maria", "Graça"]
WORD_M = ["Bento", "Prudente", "Amado", "Clemente", "Justo", "Leão", "Branco", "Vitório", "Sereno", "Modesto", "Constante",
          "Fortunato", "Cândido", "Inocêncio", "Pacífico", "Salvador", "Severino"]
PT_SUR = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida", "Nascimento",
          "Alves", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Mendes", "Freitas", "Cardoso",
          "Teixeira", "Dias", "Moura", "Vieira", "Nunes", "Batista", "Moreira", "Lopes", "Melo", "Cavalcanti", "Monteiro",
          "Correia", "Bezerra", "Pinto", "Conceição", "Jesus", "Castro", "Azevedo", "Machado", "Farias", "Sales"]
RARE_SUR = ["Lavareda", "Quaresma Leite", "Tavernard", "Bittencourt Sá", "Guedelha", "Caldeira Brant", "Nogueira Seabra",
            "Sobral", "Caminha", "Varjão", "Ximenes", "Pessanha Lobo", "Urquiza", "Cerqueira Lins", "Juruena", "Itaboraí",
            "Pirangi", "Aroeira", "Jatobá", "Umbuzeiro", "Baraúna", "Paiva Sardinha", "Loureiro Vaz", "Rebouças", "Gusmão",
            "Holanda Cunha", "Frota", "Tapajós", "Quintela", "Arcoverde", "Falcão Brito", "Mutum", "Capistrano", "Bacelar",
            "Sardenberg", "Vilarinho", "Esmeraldino", "Trancoso", "Pimentel Guerra", "Mascarenhas", "Jucá", "Tourinho",
            "Fagundes Varela", "Ornelas", "Vidigal", "Sepúlveda", "Carapeba", "Buriti"]
WORD_SUR = ["Rosa", "Branco", "Prudente", "Amado", "Leão", "Paz", "Cruz", "Luz", "Bento", "Flores", "Torres", "Lobo", "Neves",
            "Fontes", "Campos", "Serra", "Vale", "Aurora", "Estrela", "Bonfim", "Guerra", "Leal", "Ramos", "Salvador", "Forte",
            "Coelho", "Pinheiro", "Viana", "Rios", "Alvarenga", "Limpo"]
NICK = {"Francisca": "Chica", "Francisco": "Chico", "José": "Zé", "Antônio": "Toninho", "Antônia": "Toinha", "Raimundo": "Mundinho",
        "Maria da Luz": "Luzinha", "Rafael": "Rafa", "Gabriel": "Biel", "Bento": "Bentinho", "Rosa": "Rosinha", "Vinícius": "Vini",
        "Guilherme": "Gui", "Pedro": "Pedrinho", "João": "Joãozinho", "Eduardo": "Dudu", "Aparecida": "Cida", "Beatriz": "Bia",
        "Larissa": "Lari", "Fernanda": "Nanda", "Mariana": "Mari", "Leonardo": "Léo", "Maria Eduarda": "Duda", "Severino": "Biu",
        "Salvador": "Dodô", "Fortunato": "Tato", "Graça": "Gracinha", "Ivonilde": "Nilde", "Edileusa": "Leusa", "Jozélia": "Zezé",
        "Vanderléia": "Léia", "Ednalva": "Nalva", "Francilene": "Lene", "Luzinete": "Nete", "Aldenora": "Nora", "Deuzuíta": "Zuíta",
        "Quitéria": "Téia", "Sebastiana": "Tiana", "Marinalva": "Nalvinha", "Lindinalva": "Linda", "Florisvaldo": "Flori",
        "Gildásio": "Gil", "Hermógenes": "Gegê", "Iranildo": "Nildo", "Jucelino": "Juca", "Manoelito": "Lito", "Osvaldino": "Dino",
        "Petrônio": "Pepe", "Rosivaldo": "Rosi", "Tertuliano": "Tutu", "Ubirajara": "Bira", "Valdeci": "Deci", "Wellysson": "Well",
        "Zózimo": "Zózi", "Crispim": "Pim", "Herculano": "Lano", "Leovigildo": "Léo", "Orlandino": "Dinho", "Agripino": "Pino",
        "Belchior": "Bel", "Cândido": "Candinho", "Inocêncio": "Cêncio", "Clemente": "Mentinho", "Alva": "Alvinha", "Celeste": "Celé"}
FOREIGN = {
    "it": (["Giuliana", "Rosella", "Donatella", "Pina"], ["Alcide", "Oreste", "Primo", "Giacomo"],
           ["Dalla Costa", "Zanatta", "Benetti", "Tonin", "Marcon", "Piccoli", "Bressan", "Scopel"]),
    "de": (["Gertrud", "Elfriede", "Ingrid", "Waltraud"], ["Arno", "Siegfried", "Ewald", "Udo"],
           ["Kuhnen", "Tiemann", "Schlickmann", "Boettcher", "Lemke", "Ramthun", "Hasse", "Kriegl"]),
    "pl": (["Wanda", "Zofia", "Olena"], ["Tadeusz", "Wladislau", "Bohdan"], ["Kaminski", "Chmielewski", "Dudek", "Hrycyk", "Sawczuk"]),
    "jp": (["Keiko", "Naomi", "Yukiko", "Aiko"], ["Minoru", "Takeshi", "Noboru", "Yoshio"],
           ["Nakasone", "Arakaki", "Kaneshiro", "Tamashiro", "Oshiro", "Sakamoto", "Fujita", "Hokama"]),
    "ar": (["Samira", "Rania", "Lamia", "Jamile"], ["Munir", "Said", "Khalil", "Tufi"],
           ["Saad", "Maluf", "Jafet", "Mattar", "Bechara", "Kalil", "Tannus", "Sabbag"]),
    "kr": (["Ji-woo", "Seo-yeon", "Hye-jin"], ["Min-ho", "Sung-min", "Ji-hoon"], ["Park", "Kang", "Jung", "Cho"]),
    "cn": (["Meiling", "Xiuying", "Jingyi"], ["Jianguo", "Weimin", "Yong"], ["Chen", "Zhang", "Xu", "Zheng", "Guo"]),
    "ht": (["Guerline", "Marie-Ange", "Widlène", "Roseline"], ["Jocelyn", "Wisly", "Ronald-Jean", "Fritznel"],
           ["Louis-Jeune", "Desrosiers", "Estimé", "Pierre-Paul", "Dorsainvil", "Jean-Louis"]),
    "ao": (["Ndalu", "Luzolo", "Kianda"], ["Mbemba", "Nzuzi", "Kiala"], ["Kiluange", "Mavinga", "Ndombele", "Cassoma"]),
    "sn": (["Fatou", "Ndeye", "Awa"], ["Mamadou", "Ibrahima", "Abdoulaye"], ["Diop", "Ndiaye", "Sarr", "Gueye"]),
    "in": (["Moema", "Potira", "Jurema"], ["Raoni", "Kaiabi", "Tabajara"], ["Kayapó", "Krenak", "Munduruku", "Potiguara", "Xavante"]),
    "jw": (["Miriam", "Leah", "Dvora"], ["Isaac", "Natan", "Shlomo"], ["Klabin", "Lerner", "Goldfarb", "Zylberstajn", "Grinberg"]),
    "bo": (["Marisol", "Eulogia", "Nely"], ["Freddy", "Edwin", "Máximo"], ["Mamani", "Choque", "Huanca", "Layme", "Chambi"]),
    "py": (["Ramona", "Mirna", "Zulma"], ["Derlis", "Aníbal", "Crescencio"], ["Villalba", "Cáceres", "Insfrán", "Ortiz Benítez"]),
    "ve": (["Yorgelis", "Dayana", "Yelitza"], ["Yonaiker", "Wilmer", "Jesús Alberto"], ["Piñango", "Colmenares", "Urdaneta", "Rangel"]),
    "cv": (["Djenabu", "Nilsa"], ["Adilson", "Ildo"], ["Rodrigues Furtado", "Brito Semedo", "Cabral Livramento", "Spencer"]),
}
RARE_ORIGINS = ("pl", "kr", "cn", "ht", "ao", "sn", "in", "jw", "bo", "py", "ve", "cv")
RARE = set(RARE_F + RARE_M + RARE_SUR)
for _o in RARE_ORIGINS:
    RARE.update(FOREIGN[_o][0] + FOREIGN[_o][1] + FOREIGN[_o][2])
# words that a common-name list may well hold are not counted as rare
RARE.difference_update(["Reinaldo", "Edmilson", "Ademar", "Sebastiana", "Genoveva", "Eulália", "Creusa", "Marinalva", "Elizeu",
                        "Valdeci", "Lindomar", "Sobral", "Frota", "Rebouças", "Gusmão", "Mascarenhas", "Caminha", "Miriam",
                        "Isaac", "Natan", "Freddy", "Edwin", "Adilson", "Wilmer", "Dayana", "Marisol", "Ramona", "Rangel",
                        "Park", "Jung", "Chen", "Spencer", "Aníbal", "Máximo", "Wanda", "Naomi", "Mirtes", "Quintela", "Kaique",
                        "Josemar", "Sandoval", "Tamyres", "Jucilene", "Rosilda", "Noêmia", "Ildo", "Nilsa"])
RARE.update(["Giuliana", "Rosella", "Donatella", "Pina", "Alcide", "Oreste", "Primo", "Giacomo", "Zanatta", "Benetti", "Tonin",
             "Marcon", "Bressan", "Scopel", "Gertrud", "Elfriede", "Waltraud", "Siegfried", "Ewald", "Udo", "Kuhnen", "Tiemann",
             "Schlickmann", "Boettcher", "Lemke", "Ramthun", "Hasse", "Kriegl", "Keiko", "Yukiko", "Aiko", "Minoru", "Noboru", "Yoshio",
             "Nakasone", "Arakaki", "Kaneshiro", "Tamashiro", "Oshiro", "Hokama", "Lamia", "Rania", "Munir", "Tufi", "Jafet", "Bechara",
             "Tannus", "Sabbag", "Mattar"])

PARTICLES = ["da", "de", "do", "das", "dos", "e"]
SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho"]
DA_SUR = {"Costa", "Rosa", "Luz", "Paz", "Cruz", "Silva", "Serra", "Aurora", "Estrela", "Rocha", "Guerra", "Conceição", "Forte", "Frota"}
DO_SUR = {"Nascimento", "Vale", "Bonfim", "Carmo"}
DOS_SUR = {"Santos", "Campos", "Reis"}


def particle(s: str) -> str:
    return "da" if s in DA_SUR else "do" if s in DO_SUR else "dos" if s in DOS_SUR else "de"


DDDS = ["11", "12", "13", "14", "15", "16", "17", "19", "21", "22", "24", "27", "28", "31", "32", "33", "34", "35", "37", "41", "42",
        "43", "44", "45", "47", "48", "49", "51", "53", "54", "55", "61", "62", "63", "64", "65", "66", "67", "68", "69", "71", "73",
        "74", "75", "77", "79", "81", "82", "83", "84", "85", "86", "87", "88", "89", "91", "92", "93", "94", "95", "96", "97", "98", "99"]
STREET_TYPES = ["Rua", "Rua", "Rua", "Rua", "Avenida", "Avenida", "Travessa", "Alameda", "Praça", "Estrada", "Largo", "Servidão"]
STREET_NAMES = ["Barão de Mauá", "Prudente de Morais", "Bento Gonçalves", "das Lavadeiras", "da Aurora", "Estrela Dalva",
                "Costureira Ivonilde Lavareda", "Coronel Herculano Jatobá", "Tiradentes", "Quinze de Novembro", "Marechal Deodoro",
                "da Paz", "Rosa e Silva", "Jorge Amado", "Castro Alves", "Santos Dumont", "dos Tintureiros", "Pedro Álvares Cabral",
                "Getúlio Vargas", "Sete de Setembro", "das Hortênsias", "Senador Petrônio Caminha", "Professora Quitéria Aroeira",
                "São Bento", "Beira Rio", "Vitória Régia", "dos Ipês", "Leão XIII", "da Luz", "Alfaiate Zózimo Vidigal",
                "Madre Paulina", "Pioneiro Ewald Kuhnen", "Doutor Munir Sabbag", "das Acácias", "Dom Pedro II", "da Glória",
                "Padre Crispim Baraúna", "Vereador Sinval Trancoso", "Rio Branco", "Treze de Maio", "da Estação", "Nova Esperança",
                "Flor de Maio", "Juscelino Kubitschek", "Mãe Menininha", "Zumbi dos Palmares", "Branca de Neve", "Clemente Ferreira",
                "Alva Celeste", "do Algodoal"]
CITIES = [("São Paulo", "SP"), ("Campinas", "SP"), ("Sorocaba", "SP"), ("Guarulhos", "SP"), ("Ribeirão Preto", "SP"),
          ("Presidente Prudente", "SP"), ("Bauru", "SP"), ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Petrópolis", "RJ"),
          ("Belo Horizonte", "MG"), ("Juiz de Fora", "MG"), ("Uberlândia", "MG"), ("Curitiba", "PR"), ("Maringá", "PR"),
          ("Nova Aurora", "PR"), ("Porto Alegre", "RS"), ("Bento Gonçalves", "RS"), ("Santa Rosa", "RS"), ("Caxias do Sul", "RS"),
          ("Florianópolis", "SC"), ("Blumenau", "SC"), ("Criciúma", "SC"), ("Salvador", "BA"), ("Feira de Santana", "BA"),
          ("Recife", "PE"), ("Petrolina", "PE"), ("Fortaleza", "CE"), ("Sobral", "CE"), ("Natal", "RN"), ("Mossoró", "RN"),
          ("João Pessoa", "PB"), ("Campina Grande", "PB"), ("Maceió", "AL"), ("Aracaju", "SE"), ("Teresina", "PI"),
          ("São Luís", "MA"), ("Imperatriz", "MA"), ("Belém", "PA"), ("Santarém", "PA"), ("Manaus", "AM"), ("Goiânia", "GO"),
          ("Anápolis", "GO"), ("Brasília", "DF"), ("Campo Grande", "MS"), ("Cuiabá", "MT"), ("Vitória", "ES"), ("Vila Velha", "ES"),
          ("Palmas", "TO"), ("Porto Velho", "RO"), ("Rio Branco", "AC"), ("Boa Vista", "RR"), ("Macapá", "AP")]
UFS = sorted({uf for _, uf in CITIES})
BAIRROS = ["Centro", "Jardim Aurora", "Vila Rosa", "São Bento", "Alto da Paz", "Cohab", "Bela Vista", "Parque das Flores", "Vila Estrela",
           "Cidade Nova", "Glória", "Benfica", "Vila Prudente", "Tijuca", "Pituba", "Boa Viagem", "Bairro da Luz", "Jardim Esperança",
           "Santa Luzia", "Vila Operária", "Aldeota", "Savassi", "Água Verde", "Jardim Celeste", "Petrópolis", "Lavapés", "Capão Raso"]
BANKS = [("001", "Banco do Brasil"), ("237", "Bradesco"), ("341", "Itaú"), ("104", "Caixa"), ("033", "Santander"), ("260", "Nubank"),
         ("077", "Inter"), ("756", "Sicoob"), ("748", "Sicredi"), ("336", "C6 Bank"), ("290", "PagBank"), ("323", "Mercado Pago"),
         ("380", "PicPay"), ("041", "Banrisul"), ("004", "Banco do Nordeste")]


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
        if g.startswith("Maria ") or g in ("Rosa Maria", "Ana Paula", "João Pedro", "José Carlos", "Vera Lúcia", "Luiz Fernando",
                                           "Raissa Ketlyn", "Yasmyn Vitória", "Davi Lucca", "Jonatan Kelvin", "Jesús Alberto"):
            return g
        return g.split()[0]

    @property
    def last(self) -> str:
        return [s for s in self.surnames if s not in SUFFIXES and s not in PARTICLES][-1]

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
        """Hex ids; never a run of eight or more digits that could read as an identifier."""
        while True:
            s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
            if not re.search(r"\d{8}", s):
                return s.upper() if upper else s

    def up(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))

    def neg(self, n: int) -> str:
        """n digits that pass no identifier check of that length (protocols, order numbers, state registrations)."""
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
            if n == 16 and luhn_ok(v):
                continue
            return v

    def neg_cpf(self) -> str:
        return fmt_cpf(self.neg(11))

    # ----------------------------------------------------------------- people
    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.42:
            return self.pick(RARE_SUR)
        if r < 0.56:
            return self.pick(WORD_SUR)
        return self.pick(PT_SUR)

    def person(self, female: bool | None = None, origin: str | None = None, word: bool = False) -> Person:
        rng = self.rng
        female = rng.random() < 0.5 if female is None else female
        if origin is None:
            origin = "pt" if rng.random() < 0.72 else self.pick(sorted(FOREIGN))
        if origin == "pt":
            if word or rng.random() < 0.12:
                given = self.pick(WORD_F if female else WORD_M)
            elif rng.random() < 0.44:
                given = self.pick(RARE_F if female else RARE_M)
            else:
                given = self.pick(COMMON_F if female else COMMON_M)
            if rng.random() < 0.12 and " " not in given:
                second = self.pick((RARE_F + COMMON_F) if female else (RARE_M + COMMON_M)).split()[0]
                if second != given and second not in ("Maria", "José", "Ana", "João"):
                    given += " " + second
            k = self.pick([1, 2, 2, 2, 3])
            surnames: list[str] = []
            while len(surnames) < k:
                s = self.pick(WORD_SUR) if (word and not surnames and self.chance(0.5)) else self.surname()
                if s not in surnames and s != given:
                    surnames.append(s)
            if rng.random() < 0.3:
                pos = rng.randint(0, len(surnames) - 1)
                surnames.insert(pos, particle(surnames[pos]))
            if not female and rng.random() < 0.06:
                surnames.append(self.pick(SUFFIXES))
        else:
            fs, ms, sur = FOREIGN[origin]
            if rng.random() < 0.3 and origin not in ("kr", "cn"):
                given = self.pick((COMMON_F + RARE_F) if female else (COMMON_M + RARE_M))
            else:
                given = self.pick(fs if female else ms)
            surnames = [self.pick(sur)]
            if rng.random() < 0.4:
                surnames.insert(0, self.surname())
        return Person(given, surnames, female)

    def relative(self, of: Person, female: bool | None = None) -> Person:
        """A child or sibling: own given name and one surname, ending in the other's last surname."""
        female = self.chance(0.5) if female is None else female
        p = self.person(female=female, origin="pt")
        own = [s for s in p.surnames if s not in PARTICLES and s not in SUFFIXES and s != of.last][:1]
        return Person(p.given, own + [of.last], female)

    def spouse(self, of: Person) -> Person:
        p = self.person(female=not of.female)
        if p.female and self.chance(0.6):
            return Person(p.given, [s for s in p.surnames if s != of.last and s not in PARTICLES][:1] + [of.last], True)
        return p

    def email(self, p: Person, domain: str | None = None) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.pick([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{self.d(4)}", f"{l}.{f}",
                          f"{f}.{l}{self.ri(70, 99)}", f"{f}{l[:3]}", f"{f[0]}.{l}", f"{f}.{l}.{self.d(2)}"])
        domain = domain or self.pick(["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com", "bol.com.br",
                                      "uol.com.br", "icloud.com", "live.com", "terra.com.br"])
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
        n = b + rg_dv(b)
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
            if not (cpf_ok(raw) or (len(raw) == 11 and (pis_dv(raw[:10]) == raw[10] or cnh_dv(raw[:9]) == raw[9:]))):
                return ddd, local

    def fmt_phone(self, ddd: str, local: str, style: str) -> str:
        h, t = local[:-4], local[-4:]
        mob = len(local) == 9
        return {"par": f"({ddd}) {h}-{t}", "plus": f"+55 {ddd} {h}-{t}", "plain": f"{ddd} {h}-{t}", "e164": f"+55{ddd}{local}",
                "raw": f"{ddd}{local}", "dash": f"{ddd}-{h}-{t}", "zero": f"0{ddd} {h}-{t}", "nospace": f"({ddd}){h}-{t}",
                "dot": f"{ddd}.{h}.{t}", "stt": f"{ddd} {local[0]} {local[1:5]} {local[5:]}" if mob else f"{ddd} {h} {t}",
                "wa": f"+55 {ddd} {h}-{t}"}[style]

    def phone(self, style: str | None = None, mobile: bool = True) -> str:
        ddd, local = self.msisdn(mobile)
        style = style or self.pick(["par", "plus", "plain", "e164", "raw", "dash", "par", "par", "nospace", "dot"])
        return self.fmt_phone(ddd, local, style)

    def card(self, spaced: bool = True, brand: str | None = None) -> str:
        b = brand or self.pick(["4", "5", "5", "6", "4", "3"])
        if b == "3":
            body = self.pick(["34", "37"]) + self.d(12)
            n = body + luhn_dv(body)
            return f"{n[:4]} {n[4:10]} {n[10:]}" if spaced else n
        body = (self.pick(["6062", "6363", "6504", "5067"]) + self.d(11)) if b == "6" else b + self.d(14)
        n = body + luhn_dv(body)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n

    def masked_card(self) -> str:
        return self.pick([f"{self.pick('45')}{self.d(5)}******{self.d(4)}", f"**** **** **** {self.d(4)}", f"final {self.d(4)}",
                          f"XXXX XXXX XXXX {self.d(4)}", f"•••• {self.d(4)}", f"{self.d(6)}xxxxxx{self.d(4)}"])

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

    # ----------------------------------------------------------------- network
    def ip_pub(self) -> str:
        while True:
            first = self.pick([177, 179, 186, 187, 189, 191, 200, 201, 138, 143, 152, 168, 170, 45, 131, 163, 181, 206])
            a = f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
            if is_public(a):
                return a

    def ip6_pub(self) -> str:
        while True:
            pre = self.pick(["2804", "2804", "2801", "2804", "2001:12f8"])
            n = 3 if pre in ("2804", "2801") else 2
            groups = [f"{self.ri(1, 0xffff):x}" for _ in range(n)]
            tail = self.pick([f"::{self.ri(1, 0xffff):x}", f":{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}",
                              f"::{self.hexs(3)}:{self.hexs(4)}"])
            a = pre + ":" + ":".join(groups) + tail
            try:
                ok = isinstance(ipaddress.ip_address(a), ipaddress.IPv6Address) and is_public(a)
            except ValueError:
                ok = False
            if ok:
                return a

    def ip(self) -> str:
        return self.ip6_pub() if self.chance(0.2) else self.ip_pub()

    def ip_priv(self) -> str:
        """A private address (not labelled); never one whose 11 digits pass a CPF, PIS or CNH check."""
        while True:
            a = self.pick([f"192.168.{self.ri(0, 20)}.{self.ri(2, 254)}", f"10.{self.ri(0, 40)}.{self.ri(0, 255)}.{self.ri(2, 254)}",
                           f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(2, 254)}"])
            n = a.replace(".", "")
            if len(n) != 11 or not (cpf_ok(n) or pis_dv(n[:10]) == n[10] or cnh_dv(n[:9]) == n[9:]):
                return a

    # ----------------------------------------------------------------- addresses, places, dates
    def address(self, style: str = "text") -> str:
        t = self.pick(STREET_TYPES)
        name = self.pick(STREET_NAMES)
        num = str(self.ri(3, 3999)) if self.chance(0.92) else "s/n"
        comp = self.pick(["", "", "", "", f"apto {self.ri(11, 1204)}", f"casa {self.ri(1, 9)}", f"bloco {self.pick('ABCD')} apto {self.ri(11, 408)}",
                          "fundos", f"ap. {self.ri(101, 910)}", f"lote {self.ri(1, 40)}", f"sala {self.ri(1, 30)}", "casa dos fundos",
                          f"Qd {self.ri(1, 30)} Lt {self.ri(1, 40)}", "sobreloja"])
        if style == "caps":
            return fold(f"{t} {name}, {num}" + (f", {comp}" if comp else "")).upper()
        if style == "low":
            ab = {"Rua": "r", "Avenida": "av", "Travessa": "tv", "Alameda": "al", "Estrada": "estr"}
            s = f"{ab.get(t, t)} {name} " + (num if num != "s/n" else "sn") + (f" {comp}" if comp else "")
            return fold(s).lower()
        ab = {"Rua": "R.", "Avenida": "Av.", "Travessa": "Tv.", "Alameda": "Al.", "Estrada": "Estr."}
        if self.chance(0.3) and t in ab:
            t = ab[t]
        sep = self.pick([", ", ", nº ", " ", ", "]) if num != "s/n" else ", "
        return f"{t} {name}{sep}{num}" + (self.pick([", ", " - ", " "]) + comp if comp else "")

    def city(self) -> tuple[str, str]:
        return self.pick(CITIES)

    def dob_parts(self, lo: int = 1950, hi: int = 2005) -> tuple[int, int, int]:
        return self.ri(1, 28), self.ri(1, 12), self.ri(lo, hi)

    def dob(self, fmt: str | None = None, lo: int = 1950, hi: int = 2005) -> str:
        dd, mm, yy = self.dob_parts(lo, hi)
        fmt = fmt or self.pick(["br", "br", "br", "iso", "short", "long", "nopad", "dot"])
        return fmt_date(dd, mm, yy, fmt)

    def day(self) -> datetime.date:
        return datetime.date(self.pick([2025, 2025, 2025, 2026, 2026]), self.ri(1, 12), self.ri(1, 28))

    def date(self, fmt: str = "br", year: int | None = None) -> str:
        y = year or self.pick([2025, 2025, 2025, 2026])
        return fmt_date(self.ri(1, 28), self.ri(1, 12), y, fmt)

    def after(self, d: datetime.date, lo: int, hi: int) -> datetime.date:
        return min(d + datetime.timedelta(days=self.ri(lo, hi)), datetime.date(2026, 12, 28))

    def moment(self, start: datetime.date | None = None, hours: tuple[int, int] = (7, 21)) -> datetime.datetime:
        start = start or self.day()
        return datetime.datetime(start.year, start.month, start.day, self.ri(hours[0], hours[1] - 1), self.ri(0, 59), self.ri(0, 59))

    def hm(self) -> str:
        return f"{self.ri(7, 21):02d}:{self.ri(0, 59):02d}"

    def cnj(self, seg: str | None = None) -> str:
        seg = seg or self.pick(["8.26", "8.19", "8.13", "8.16", "8.05", "8.17", "8.06", "8.21"])
        return f"{self.d(7)}-{self.d(2)}.{self.ri(2024, 2026)}.{seg}.{self.d(4)}"

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
        if kind == "CRC":
            return self.pick([f"CRC-{uf} {n:06d}/O-{self.ri(0, 9)}", f"CRC {self.ri(1, 2)}{uf}{n:06d}/O-{self.ri(0, 9)}", f"CRC/{uf} {dotted}"])
        if kind == "CREFITO":
            return self.pick([f"CREFITO-{self.ri(1, 18)} {self.d(6)}-F", f"CREFITO-{self.ri(1, 18)}/{self.d(5)}-F",
                              f"CREFITO {self.ri(1, 18)} nº {self.ri(10000, 399999)}-F"])
        if kind == "CRQ":
            return self.pick([f"CRQ-{self.pick(['IV', 'II', 'V', 'III', 'XIII', 'X'])} {self.d(8)}", f"CRQ {self.ri(1, 21)}ª Região nº {self.d(8)}"])
        return self.pick([f"CRM-{uf} {n}", f"CRM/{uf} {n}", f"CRM {uf} {dotted}", f"CRM-{uf} {n}"])


def is_public(addr: str) -> bool:
    try:
        return ipaddress.ip_address(addr).is_global
    except ValueError:
        return False


OCR_LETTERS = [("m", "rn"), ("rn", "m"), ("d", "cl"), ("e", "c"), ("I", "l"), ("O", "0"), ("h", "li"), ("u", "ii"), ("S", "5"),
               ("l", "I"), ("B", "8"), ("E", "F")]


def ocr(s: str, g: Gen, rate: float = 0.35, digits_ok: bool = False) -> str:
    """Zero to two OCR confusions in a word, name or address (identifiers are printed clean)."""
    for _ in range(2):
        if not g.chance(rate):
            continue
        opts = [(a, b) for a, b in OCR_LETTERS if a in s and (digits_ok or not b.isdigit() or b == "0")]
        if not opts:
            continue
        a, b = g.pick(opts)
        idx = [m.start() for m in re.finditer(re.escape(a), s)]
        i = g.pick(idx)
        s = s[:i] + b + s[i + len(a):]
    return s


def typo(s: str, g: Gen) -> str:
    """A typing slip in a word or name; never the same string."""
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
    return {"sql": t.strftime("%Y-%m-%d %H:%M:%S"), "iso": t.strftime("%Y-%m-%dT%H:%M:%S-03:00"), "isoz": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "br": t.strftime("%d/%m/%Y %H:%M"), "brs": t.strftime("%d/%m/%Y %H:%M:%S"), "hms": t.strftime("%H:%M:%S"),
            "hm": t.strftime("%H:%M"), "wa": t.strftime("%d/%m/%Y %H:%M"), "waios": t.strftime("[%d/%m/%Y, %H:%M:%S]"),
            "wa2": t.strftime("%d/%m/%y, %H:%M")}[fmt]


def mail_date(t: datetime.datetime) -> str:
    return f"{DAY_EN[t.weekday()]}, {t.day} {MON_EN[t.month - 1]} {t.year} {t.strftime('%H:%M:%S')} -0300"


def seq_times(g: Gen, n: int, t0: datetime.datetime, lo: int = 15, hi: int = 240) -> list[datetime.datetime]:
    out, t = [], t0
    for _ in range(n):
        t = t + datetime.timedelta(seconds=g.ri(lo, hi))
        out.append(t)
    return out


# --------------------------------------------------------------------------- document builder

MARK = re.compile(r"«(\w+)»")


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
        """Append template; «key» takes vals[key]: a (value, LABEL) tuple is a gold span, anything else plain text."""
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

    def cell(self, s: str, width: int, label: str | None = None) -> "Doc":
        assert len(s) <= width, (s, width)
        self.e(s, label)
        self.t(" " * (width - len(s)))
        return self


def P(s: str) -> tuple:
    return (s, "PERSON")


def V(s) -> tuple:
    return (str(s), None)


def caps_t(template: str) -> str:
    """ALL CAPS (accents folded) outside the «keys» of a template."""
    return "".join(part if MARK.fullmatch(part) else fold(part).upper() for part in re.split(r"(«\w+»)", template))


def ocr_t(template: str, g: Gen, rate: float = 0.3) -> str:
    """OCR confusions in the words of a template, never inside its «keys»."""
    return "".join(part if MARK.fullmatch(part) else ocr(part, g, rate) for part in re.split(r"(«\w+»)", template))


def cut(s: str, w: int) -> str:
    return s[:w].rstrip(" ,-")


def lower(s: str) -> str:
    return fold(s).lower()


def num(v: float, dec: int = 1) -> str:
    s = f"{v:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def brl(v: float) -> str:
    return num(v, 2)


def table_ruled(doc: Doc, cols: list[str], rows: list[list[tuple]], style: str = "plus") -> None:
    """+---+ ruled ('plus'), psql ('psql'), pipe ('pipe'), Markdown ('md') or blank-aligned ('plain') table."""
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
                doc.e(v, lab)
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
        assert json.dumps(s, ensure_ascii=False) == f'"{s}"', s
        doc.t('"')
        doc.e(s, lab)
        doc.t('"')
    else:
        doc.t(json.dumps(v, ensure_ascii=False))


def kv_block(doc: Doc, fields: list[tuple[str, tuple]], style: str) -> None:
    """A form: 'Campo: valor' lines, a ruled box or dotted leaders."""
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
            doc.t((k + " ").ljust(w1, "."))
            doc.t(" ")
            doc.e(v, lab)
            doc.t("\n")
    elif style == "caps":
        for k, (v, lab) in fields:
            doc.t(fold(k).upper() + ": ")
            doc.e(v, lab)
            doc.t("\n")
    else:
        for k, (v, lab) in fields:
            doc.t(f"{k}: ")
            doc.e(v, lab)
            doc.t("\n")


def cl(doc: Doc, stamp: str, sender: tuple, template: str = "", **vals) -> None:
    """One chat line: '<stamp><sender>: <message>'; sender is (text, label or None) or (name, label, tag) for a contact saved as
    'Meiling dobra' (the tag after the name is not part of the span)."""
    doc.t(stamp)
    doc.e(sender[0], sender[1])
    if len(sender) > 2:
        doc.t(sender[2])
    doc.t(": ")
    doc.f(template, **vals)
    doc.t("\n")


def chat_stamp(kind: str):
    """Android ('dd/mm/yyyy hh:mm - '), iOS ('[dd/mm/yyyy, hh:mm:ss] ') or the newer Android ('dd/mm/yy, hh:mm - ')."""
    def st(t: datetime.datetime) -> str:
        return {"ios": ts(t, "waios") + " ", "and": ts(t, "wa") + " - ", "and2": ts(t, "wa2") + " - "}[kind]
    return st


def spoken_digits(s: str) -> str:
    return " ".join(NUM_WORDS[int(c)] for c in s if c.isdigit())


def stt_cpf(n: str, g: Gen) -> str:
    return g.pick([f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}", f"{n[:3]} {n[3:6]} {n[6:9]} traco {n[9:]}",
                   f"{n[:3]} ponto {n[3:6]} ponto {n[6:9]} {n[9:]}", spoken_digits(n)])


def stt_groups(n: str, g: Gen) -> str:
    return g.pick([" ".join(n[i:i + 3] for i in range(0, len(n), 3)), spoken_digits(n), f"{n[:5]} {n[5:]}"])


def stt_dob(g: Gen) -> str:
    dd, mm, yy = g.dob_parts(1950, 2004)
    return g.pick([f"{dd} do {mm} de {yy % 100:02d}", f"{dd} de {fold(MONTHS[mm - 1])} de {yy}", f"{dd} do {mm} de {yy}"])


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


def dra(p: Person) -> str:
    return "Dra." if p.female else "Dr."


def city_of(g: Gen, uf: str) -> tuple[str, str]:
    return g.pick([c for c in CITIES if c[1] == uf])


# --------------------------------------------------------------------------- register: laundries, dry cleaners, tailors, shoe repair

# (fantasy name, company name, domain, kind)
SHOPS = [("Lavanderia Rosa Branca", "Rosa Branca Lavanderia Ltda. ME", "lavanderiarosabranca.com.br", "bairro"),
         ("Lavanderia Água Viva", "Água Viva Lavanderia e Passadoria Ltda.", "lavanderiaaguaviva.com.br", "bairro"),
         ("Lavanderia Prudente", "Lavanderia e Tinturaria Prudente Ltda.", "lavanderiaprudente.com.br", "bairro"),
         ("Lavanderia Amado & Filhos", "Amado & Filhos Lavanderia Ltda. ME", "amadoefilhos.com.br", "bairro"),
         ("Lavanderia Luz do Sol", "Luz do Sol Serviços de Lavanderia Eireli", "lavanderialuzdosol.com.br", "bairro"),
         ("Passadoria Ferro de Ouro", "Ferro de Ouro Passadoria Ltda. ME", "ferrodeouro.com.br", "bairro"),
         ("Bolha Azul Lavanderias", "Bolha Azul Lavanderia Unidade Centro Ltda.", "bolhaazul.com.br", "franquia"),
         ("Lavô Tá Novo", "LTN Lavanderia Vila Rosa Ltda.", "lavotanovo.com.br", "franquia"),
         ("SecaJá Self-Service", "SecaJá Tecnologia em Lavanderias Ltda.", "secaja.app", "self"),
         ("Giro Limpo 24h", "Giro Limpo Lavanderias Automáticas Ltda.", "girolimpo.com.br", "self"),
         ("Lavoteca", "Lavoteca Serviços Digitais S.A.", "lavoteca.com.br", "self"),
         ("Tinturaria Arco-Íris do Bonfim", "Arco-Íris Tinturaria e Lavagem a Seco Ltda.", "tinturariaarcoiris.com.br", "tinturaria"),
         ("Tinturaria Leão", "Leão Lavagem a Seco Ltda.", "tinturarialeao.com.br", "tinturaria"),
         ("Ateliê Agulha de Ouro", "Agulha de Ouro Confecções e Ajustes ME", "agulhadeouro.com.br", "costura"),
         ("Ajustes Vitória", "Vitória Ajustes de Roupas Ltda. ME", "ajustesvitoria.com.br", "costura"),
         ("Ateliê Linha Celeste", "Linha Celeste Costura Sob Medida Eireli", "linhaceleste.com.br", "costura"),
         ("Sapataria Pé de Valsa", "Pé de Valsa Consertos de Calçados ME", "pedevalsa.com.br", "sapataria"),
         ("Sapataria e Bolsaria Justo", "Justo Consertos de Calçados e Bolsas Ltda.", "sapatariajusto.com.br", "sapataria"),
         ("Doutor Sapato Consertos", "Doutor Sapato Unidade Shopping Aurora Ltda.", "doutorsapato.com.br", "sapataria")]
INDUSTRIAL = [("Alvura Lavanderia Hospitalar", "Alvura Processamento Têxtil Ltda.", "alvura.ind.br"),
              ("Lavinor Higienização Têxtil", "Lavinor Indústria e Serviços de Lavanderia Ltda.", "lavinor.com.br"),
              ("Vale Branco Lavanderia Industrial", "Vale Branco Serviços Têxteis Eireli", "valebranco.ind.br"),
              ("Serena Enxovais", "Serena Locação e Higienização de Enxovais Ltda.", "serenaenxovais.com.br"),
              ("Lavanderia Industrial Estrela Guia", "Estrela Guia Lavanderia Industrial S.A.", "estrelaguia.ind.br")]
FRANCHISORS = [("Bolha Azul Lavanderias", "Bolha Azul Franchising S.A.", "bolhaazul.com.br"),
               ("Lavô Tá Novo", "LTN Franquias e Participações Ltda.", "lavotanovo.com.br"),
               ("Doutor Sapato Consertos", "Doutor Sapato Franchising Ltda.", "doutorsapato.com.br"),
               ("Ajuste Certo Costura Express", "Ajuste Certo Franquias Ltda.", "ajustecerto.com.br"),
               ("Giro Limpo 24h", "Giro Limpo Franchising Ltda.", "girolimpo.com.br")]
APPS = [("SecaJá", "secaja.app"), ("GiroLimpo", "girolimpo.com.br"), ("Lavoteca", "lavoteca.com.br"), ("LavaAqui", "lavaaqui.app")]
HOTELS = [("Hotel Vitória Palace", "hotelvitoriapalace.com.br"), ("Pousada Flor do Mar", "pousadaflordomar.com.br"),
          ("Aurora Executive Hotel", "auroraexecutive.com.br"), ("Hotel Bento Prudente", "hotelbentoprudente.com.br"),
          ("Resort Serra Celeste", "serraceleste.com.br"), ("Hotel Estrela do Cerrado", "estreladocerrado.com.br"),
          ("Motel Luar de Prata", "luardeprata.com.br")]
HOSPITALS = [("Hospital São Bento", "hsaobento.org.br"), ("Hospital Santa Luz", "hospitalsantaluz.org.br"),
             ("Hospital Regional Prudente de Morais", "hrprudente.org.br"), ("Maternidade Esperança", "maternidadeesperanca.com.br"),
             ("Santa Casa de Nova Aurora", "santacasanovaaurora.org.br"), ("Hospital Vitória Régia", "hvitoriaregia.com.br")]
SUPPLIERS = [("Química Alvejante Sul Ltda.", "alvejantesul.com.br", "alvejantes e detergentes"),
             ("Cloro Forte Produtos Químicos Ltda.", "cloroforte.com.br", "hipoclorito e neutralizantes"),
             ("Solventes Leão Indústria Química Ltda.", "solventesleao.com.br", "percloroetileno e solvente hidrocarboneto"),
             ("Cabides & Embalagens Bento Ltda.", "cabidesbento.com.br", "cabides, capas plásticas e etiquetas"),
             ("Aviamentos Linha Rosa Ltda.", "linharosa.com.br", "linhas, zíperes e botões"),
             ("Couros e Solados Amado Ltda.", "soladosamado.com.br", "solados, saltos e cola de sapateiro")]
OCC_CLINICS = [("Clínica Ocupacional Alvorada", "alvoradaocupacional.com.br"), ("MedTrab Serena", "medtrabserena.com.br"),
               ("SESMT Amado Saúde Ocupacional", "amadosaude.com.br"), ("Centro Médico do Trabalho Vale Branco", "cmtvalebranco.com.br")]
DERM_CLINICS = [("Dermaclin Luz", "dermaclinluz.com.br"), ("Clínica Pele Serena", "peleserena.com.br"),
                ("Ambulatório de Dermatologia Ocupacional — Hospital São Bento", "hsaobento.org.br"), ("Instituto Aurora de Dermatologia", "institutoaurora.med.br")]
PHYSIO = [("Fisio Movimento Bento", "fisiomovimento.com.br"), ("Reabilita Aurora Fisioterapia", "reabilitaaurora.com.br"),
          ("Clínica Mãos Livres", "maoslivres.com.br"), ("Espaço Flor de Lótus Fisioterapia", "flordelotusfisio.com.br")]
BOTS = ["Bolhinha", "Lavi", "Espuminha", "Ferrinho", "Agulhinha", "Seca Bot"]
REVIEW_SITES = [("Reclama Bairro", "reclamabairro.com.br"), ("Opina Já", "opinaja.com.br"), ("Nota do Cliente", "notadocliente.com.br")]
ACQUIRERS = ["MaqFácil Pagamentos", "CredLeão Meios de Pagamento", "PagAurora", "Bento Pay"]
UNIONS = ["Sindicato dos Trabalhadores em Lavanderias", "Sindilav", "Sindicato dos Empregados em Tinturarias e Lavanderias"]
ROLE_BOXES = ["sac", "contato", "atendimento", "financeiro", "juridico", "naoresponda", "no-reply", "ouvidoria", "dpo", "privacidade",
              "lgpd", "suporte", "franquias", "expansao", "royalties", "cobranca", "rh", "dp", "sesmt", "ccih", "enxoval", "rouparia",
              "governanca", "compras", "faturamento", "nfe", "comercial", "agendamento", "recepcao", "vacinas", "medicina", "protocolo",
              "chargeback", "disputas", "ajustes", "pedidos", "loja", "conserto"]
GARMENTS = ["vestido de noiva", "terno de linho", "paletó de lã", "edredom king", "cortina de blecaute", "tapete persa", "jaqueta de couro",
            "camisa social de seda", "calça de alfaiataria", "vestido de festa longo", "casaco de lã", "toalha de mesa de renda",
            "tênis branco", "bolsa de couro", "bota de camurça", "colcha de crochê", "sobretudo", "saia plissada", "blazer de veludo",
            "jaleco", "vestido de formatura", "smoking", "cobertor de casal", "roupão de banho", "camisa de linho"]
DEFECTS = ["ficou com uma mancha amarelada", "desbotou inteir{a}", "encolheu dois números", "voltou furad{a}", "voltou sem dois botões",
           "voltou com o zíper estourado", "foi queimad{a} pelo ferro", "voltou com o forro descolado", "manchou com a tinta de outra peça",
           "voltou com o bordado desfiado", "voltou com a renda rasgada", "voltou ressecad{a} e rachad{a}", "perdeu as pedrarias",
           "voltou brilhos{a} e encolhid{a}"]
FEM_GARMENTS = ("toalha", "cortina", "calça", "camisa", "jaqueta", "bolsa", "bota", "colcha", "saia", "blusa", "capa", "sandália", "mochila")
SHOE_ITEMS = ["tênis branco", "bota de camurça", "bolsa de couro", "sapato social", "sandália de couro", "mochila de couro", "bota de montaria",
              "scarpin de verniz"]


def garment(g: Gen, kind: str = "") -> str:
    """An item fit for the shop: shoes and bags at a shoe repairer, clothes and linen elsewhere."""
    return g.pick(SHOE_ITEMS) if kind == "sapataria" else g.pick(GARMENTS)


def expert(kind: str) -> tuple[bool, str]:
    """(female, role) of whoever assesses a damaged item."""
    return (False, "nosso sapateiro mais antigo") if kind == "sapataria" else (True, "nossa passadeira mais antiga")


def fem_garment(gar: str) -> bool:
    return gar.split()[0] in FEM_GARMENTS


def o_(gar: str) -> str:
    """'o terno' / 'a cortina'."""
    return ("a " if fem_garment(gar) else "o ") + gar


def um_(gar: str) -> str:
    return ("uma " if fem_garment(gar) else "um ") + gar


def defect(g: Gen, fem: bool) -> str:
    return g.pick(DEFECTS).replace("{a}", "a" if fem else "o")


SERVICES = ["lavagem a seco", "lavagem e passagem", "só passar", "tingimento", "higienização", "lavagem especial"]
SEW = [("barra", ["calça", "saia", "vestido", "cortina", "calça jeans"]), ("ajuste de cintura", ["calça", "saia", "bermuda"]),
       ("troca de zíper", ["jaqueta", "calça jeans", "vestido", "bolsa"]), ("bainha italiana", ["calça social", "calça de alfaiataria"]),
       ("apertar laterais", ["vestido", "camisa", "blazer", "blusa"]), ("encurtar mangas", ["paletó", "camisa", "blazer", "casaco"]),
       ("pregar botões", ["casaco", "camisa", "paletó"]), ("ajuste completo", ["vestido de madrinha", "vestido de noiva", "terno"])]
SHOE = ["meia-sola", "troca de salto", "costura de alça", "pintura de couro", "hidratação de couro", "troca de zíper da bota", "colagem de solado"]
DERM_ICD = [("L24.0", "dermatite de contato por irritantes devida a detergentes"), ("L24.5", "dermatite de contato por irritantes devida a outros produtos químicos"),
            ("L23.5", "dermatite alérgica de contato devida a outros produtos químicos"), ("L23.0", "dermatite alérgica de contato devida a metais"),
            ("L25.3", "dermatite de contato não especificada devida a outros produtos químicos"), ("L30.8", "outras dermatites especificadas")]
LER_ICD = [("M65.4", "tenossinovite estiloide radial (De Quervain)"), ("G56.0", "síndrome do túnel do carpo"), ("M75.1", "síndrome do manguito rotador"),
           ("M77.0", "epicondilite medial"), ("M77.1", "epicondilite lateral"), ("M54.2", "cervicalgia"), ("M65.3", "dedo em gatilho"),
           ("M70.0", "sinovite crepitante crônica da mão e do punho")]
ACC_ICD = [("T23.2", "queimadura de segundo grau do punho e da mão", "encostou a mão no rolo aquecido da calandra", "SETOR DE CALANDRAGEM", "CALANDRA"),
           ("T22.2", "queimadura de segundo grau do ombro e membro superior", "vazamento de vapor na prensa de passar", "PRENSA 2", "PRENSA A VAPOR"),
           ("T26.4", "queimadura do olho e anexos", "respingo de alvejante ao diluir o produto", "SALA DE PRODUTOS QUIMICOS", "PRODUTO QUIMICO"),
           ("T54.3", "efeito tóxico de álcalis cáusticos", "contato com soda cáustica sem luva", "SALA DE PRODUTOS QUIMICOS", "PRODUTO QUIMICO"),
           ("S61.0", "ferimento de dedo sem lesão da unha", "agulha esquecida em lençol do enxoval hospitalar", "AREA SUJA - RECEPCAO DE ROUPAS",
            "OBJETO PERFUROCORTANTE"),
           ("M54.5", "dor lombar baixa", "ergueu saco de roupa úmida de cerca de 40 kg", "DOCA DE EXPEDICAO", "SACO DE ROUPA"),
           ("J68.0", "bronquite e pneumonite devidas a produtos químicos", "inalação de vapores ao misturar cloro e ácido", "SALA DE PRODUTOS QUIMICOS",
            "PRODUTO QUIMICO")]
SICK_ICD = [("J11", "gripe"), ("A09", "diarreia e gastroenterite"), ("M54.5", "dor lombar baixa"), ("K08.8", "dor de dente"),
            ("L24.0", "dermatite de contato"), ("J06.9", "infecção aguda das vias aéreas superiores"), ("H10.9", "conjuntivite"),
            ("G43.9", "enxaqueca"), ("M77.1", "epicondilite lateral"), ("R51", "cefaleia")]
NATIONALITY = {True: ["brasileira", "brasileira", "brasileira", "brasileira", "haitiana", "venezuelana", "boliviana", "angolana"],
               False: ["brasileiro", "brasileiro", "brasileiro", "brasileiro", "haitiano", "venezuelano", "boliviano", "senegalês"]}
CIVIL = {True: ["solteira", "casada", "divorciada", "viúva", "em união estável"], False: ["solteiro", "casado", "divorciado", "viúvo", "em união estável"]}
JOBS = {True: ["passadeira", "lavadeira", "costureira", "auxiliar de lavanderia", "atendente", "autônoma", "professora", "enfermeira", "do lar",
               "aposentada", "comerciante", "advogada", "engenheira", "cabeleireira", "servidora pública", "empresária"],
        False: ["passador", "operador de lavadora", "sapateiro", "motorista", "autônomo", "professor", "aposentado", "comerciante",
                "engenheiro", "vendedor", "servidor público", "empresário", "alfaiate", "eletricista", "contador"]}
RG_ORG = ["SSP/SP", "SSP/BA", "SDS/PE", "SSP/MG", "DETRAN/RJ", "SESP/PR", "SSP/CE", "IGP/RS", "SSP/GO", "SEJUSP/MS", "PC/PA", "SSP/AM"]
CNJ_SEG = {"SP": "8.26", "RJ": "8.19", "MG": "8.13", "RS": "8.21", "PR": "8.16", "SC": "8.24", "BA": "8.05", "PE": "8.17", "CE": "8.06",
           "RN": "8.20", "PB": "8.15", "AL": "8.02", "SE": "8.25", "PI": "8.18", "MA": "8.10", "PA": "8.14", "AM": "8.04", "GO": "8.09",
           "DF": "8.07", "MS": "8.12", "MT": "8.11", "ES": "8.08", "RR": "8.23", "AC": "8.01", "TO": "8.27", "RO": "8.22", "AP": "8.03"}
TRT = {"SP": "5.02", "RJ": "5.01", "MG": "5.03", "RS": "5.04", "PR": "5.09", "SC": "5.12", "BA": "5.05", "PE": "5.06", "CE": "5.07",
       "RN": "5.21", "PB": "5.13", "AL": "5.19", "SE": "5.20", "PI": "5.22", "MA": "5.16", "PA": "5.08", "AM": "5.11", "GO": "5.18",
       "DF": "5.10", "MS": "5.24", "MT": "5.23", "ES": "5.17", "RR": "5.11", "AC": "5.14", "TO": "5.10", "RO": "5.14", "AP": "5.08"}


def shop(g: Gen, kinds: tuple[str, ...] | None = None) -> tuple[str, str, str, str]:
    pool = [s for s in SHOPS if kinds is None or s[3] in kinds]
    return g.pick(pool)


def role_mail(g: Gen, dom: str, box: str | None = None) -> str:
    return f"{box or g.pick(ROLE_BOXES)}@{dom}"


def comanda(g: Gen) -> str:
    """An order ticket's number (not labelled)."""
    return g.pick([f"{g.d(5)}", f"{g.up(1)}-{g.d(4)}", f"{g.d(3)}.{g.d(3)}", f"CMD{g.d(6)}", f"{g.d(4)}/{g.ri(1, 9)}", f"OS {g.d(5)}"])


def tag(g: Gen) -> str:
    """A garment tag (etiqueta de rol) number (not labelled)."""
    return g.pick([f"{g.up(2)}{g.d(4)}", f"{g.d(3)}-{g.d(2)}", f"#{g.d(4)}", f"{g.up(1)}{g.d(3)}/{g.d(2)}"])


def word_neg(g: Gen) -> str:
    return g.pick(["A luz do ferro a vapor acendeu de novo, chamei o técnico.", "Lençol branco com mancha de ferrugem vai para o alvejamento.",
                   "A Lavanderia Rosa Branca abre às 7h no sábado.", "Na Rua Bento Gonçalves a van não consegue estacionar.",
                   "Seria prudente lavar essa peça à mão.", "A camisa azul celeste soltou tinta na máquina 3.",
                   "A Tinturaria Leão tinge em preto e azul-marinho, outras cores só por encomenda.", "Flor de algodão estampada não pode ir na secadora.",
                   "A vitória-régia bordada da toalha é feita à mão.", "Foi uma vitória tirar aquela mancha de vinho.",
                   "O Hotel Bento Prudente mudou o horário da coleta.", "Presidente Prudente ganhou mais uma unidade da Bolha Azul.",
                   "A estrela do varal quebrou, repor amanhã.", "Justo hoje a caldeira deu pressão baixa.", "Cor rosa sai com tira-manchas de oxigênio ativo.",
                   "A aurora pegou a equipe já na dobragem do enxoval.", "Amado ou não, o vestido precisa de prova até sexta.",
                   "A Sapataria Pé de Valsa está sem solado 37 em estoque.", "Cândido de Abreu é a rua da loja nova, perto da Prudente de Morais."])


def cust_neg(g: Gen) -> str:
    return g.pick(["a camisa rosa eu pego outro dia", "a toalha branca é da minha sogra, cuidado kkk", "justo hoje choveu e a roupa do varal molhou",
                   "a loja da bento gonçalves tá fechada?", "seria bom avisar antes de cobrar a taxa", "a luz da máquina 4 tá piscando",
                   "o tênis era branco, agora tá bege", "o vestido tem uma flor bordada na cintura, não pode passar por cima",
                   "a lavanderia luz do sol cobrou menos", "amado, vc pega as camisas na volta?", "glória a deus achou a peça 🙏",
                   "meu pai mora em presidente prudente, vou levar pra ele"])


def qualify(g: Gen, doc: Doc, p: Person, caps: bool = False, rg: bool = True, email: bool | str = False, phone: bool = False,
            addr: bool = True, dob: bool = False, titulo: bool = False, pis: bool = False, job: str | None = None,
            where: tuple[str, str] | None = None) -> None:
    """'NAME, brasileira, casada, passadeira, RG nº ..., CPF nº ..., residente na ..., CEP ...' with gold spans."""
    up = caps_t if caps else (lambda s: s)
    doc.e(p.capsf if caps else g.pick([p.caps, p.full, p.full]), "PERSON")
    doc.t(", " + up(f"{g.pick(NATIONALITY[p.female])}, {g.pick(CIVIL[p.female])}, {job or g.pick(JOBS[p.female])}"))
    if dob:
        doc.t(up(", nascid" + p.o + " em "))
        doc.e(g.dob("br" if caps else g.pick(["br", "long"]), 1955, 2004), "DATE_OF_BIRTH")
    if rg is True and g.chance(0.25):
        doc.t(up(", portador" + ("a" if p.female else "") + " da CNH nº "))
        doc.e(g.cnh(), "BR_CNH")
    elif rg:
        doc.t(up(", portador" + ("a" if p.female else "") + " do RG nº "))
        doc.e(g.rg(), "BR_RG")
        doc.t(" " + g.pick(RG_ORG))
    doc.t(up(", inscrit" + p.o + " no CPF sob o nº "))
    doc.e(g.cpf("dot"), "BR_CPF")
    if pis:
        doc.t(up(", PIS/PASEP nº "))
        doc.e(g.pis(), "BR_PIS")
    if titulo:
        doc.t(up(", título de eleitor nº "))
        doc.e(g.titulo(), "BR_TITULO_ELEITOR")
    if email:
        doc.t(", e-mail " if not caps else ", E-MAIL ")
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


def company_addr(g: Gen) -> str:
    """A company's seat: never labelled."""
    return f"{g.pick(['Rua', 'Avenida', 'Rodovia', 'Rua'])} {g.pick(STREET_NAMES)}, {g.ri(10, 4999)}" + g.pick(["", ", galpão 2", ", sala 304", ", loja 12"])


def lawyer_sig(g: Gen, doc: Doc, n: int = 1, dom: str | None = None, uf: str | None = None) -> None:
    uf = uf or g.pick(UFS)
    for _ in range(n):
        lw = g.person()
        doc.f("«n»\n«o»\n", n=P(g.pick([lw.full, lw.caps])), o=(g.council("OAB", uf), "PROFESSIONAL_ID"))
        if g.chance(0.55):
            doc.f("«e»\n", e=(corp_mail(lw, dom or g.pick(["advocaciaprudente.adv.br", "consumidor.adv.br", "gmail.com", "trabalhista.adv.br"]), g),
                             "EMAIL_ADDRESS"))
        doc.t("\n")


def pix_key(g: Gen, p: Person, cpf: str | None = None) -> tuple[str, tuple]:
    """(kind, (key, LABEL)): a random key, a phone, an e-mail or the CPF."""
    kind = g.pick(["aleatória", "aleatória", "celular", "cpf", "e-mail"])
    if kind == "aleatória":
        return kind, (g.uuid(), "PIX_KEY")
    if kind == "celular":
        return kind, (g.phone(g.pick(["e164", "par", "raw"])), "PHONE_NUMBER")
    if kind == "e-mail":
        return kind, (g.email(p), "EMAIL_ADDRESS")
    return kind, (cpf or g.cpf(), "BR_CPF")


def esign_log(g: Gen, doc: Doc, signers: list[tuple[Person, str]], t0: datetime.datetime) -> None:
    """An e-signature log: name, e-mail, IP, time (the envelope id is an upper-case UUID, not labelled)."""
    doc.f("\nREGISTRO DE ASSINATURAS ELETRÔNICAS — envelope «e»\n", e=str(uuid.UUID(int=g.rng.getrandbits(128), version=4)).upper())
    rows = []
    t = t0
    for p, mail in signers:
        t = t + datetime.timedelta(minutes=g.ri(2, 900))
        rows.append([P(g.pick([p.full, p.caps])), (mail, "EMAIL_ADDRESS"), (g.ip(), "IP_ADDRESS"), V(ts(t, "brs")),
                     V(g.pick(["assinou", "assinou (token SMS)", "assinou (gov.br)", "assinou (certificado ICP-Brasil)"]))])
    table_ruled(doc, ["signatário", "e-mail", "IP", "data/hora", "evento"], rows, g.pick(["plus", "psql", "plain"]))


def clean(g: Gen, make) -> str:
    """A hard-negative string (barcode, access key, authorisation...) in which no run passes a CPF, PIS, CNH, título, CNS or card check."""
    while True:
        s = make()
        if not bad_run(s):
            return s


def linha_boleto(g: Gen) -> str:
    bank = g.pick(["001", "237", "341", "104", "033", "756", "748", "077"])
    return clean(g, lambda: f"{bank}9{g.d(1)}.{g.d(5)} {g.d(5)}.{g.d(6)} {g.d(5)}.{g.d(6)} {g.d(1)} {g.ri(9000, 9999)}{g.d(10)}")


def chave_nfe(g: Gen, uf_code: str = "35") -> str:
    """A 44-digit NF-e access key in groups of four (not labelled)."""
    return clean(g, lambda: " ".join((x := uf_code + g.d(42))[i:i + 4] for i in range(0, 44, 4)))


def e2e(g: Gen, t: datetime.datetime) -> str:
    return f"E{g.d(8)}{t.strftime('%Y%m%d%H%M')}{g.hexs(11)}"


def ctps(g: Gen, uf: str) -> str:
    return g.pick([f"{g.d(7)} série {g.d(4)}-{uf}", f"{g.d(7)}/{g.d(5)}-{uf}", "digital"])


def prontuario(g: Gen) -> str:
    return g.pick([f"{g.d(6)}", f"PR-{g.d(5)}", f"{g.d(3)}.{g.d(3)}"])


def addr_pair(g: Gen) -> tuple[str, str]:
    """One address as a typed record writes it and as a call's transcript says it."""
    t = g.pick(STREET_TYPES)
    name = g.pick(STREET_NAMES)
    n = str(g.ri(3, 3999)) if g.chance(0.92) else ""
    comp = g.pick(["", "", "", f"apto {g.ri(11, 1204)}", f"casa {g.ri(1, 9)}", "fundos", f"bloco {g.pick('ABCD')} apto {g.ri(11, 408)}"])
    typed = f"{t} {name}, {n or 's/n'}" + (f", {comp}" if comp else "")
    spoken = fold(f"{t} {name} {n or 'sem numero'}" + (f" {comp}" if comp else "")).lower().replace("apto", "apartamento")
    return typed, spoken


MASC_SHOPS = ("Ateliê", "Doutor", "Giro", "Ajustes", "Ajuste")


def na(fan: str) -> str:
    return "no" if fan.split()[0] in MASC_SHOPS else "na"


def da(fan: str) -> str:
    return "do" if fan.split()[0] in MASC_SHOPS else "da"


# --------------------------------------------------------------------------- atendimento


def at_zap_loja(g: Gen) -> Doc:
    """A shop's WhatsApp with a client (lower case): a pick-up by a relative, a lost garment, a stain complaint; refund, Pix, delivery address."""
    doc = Doc()
    fan, raz, dom, kind = shop(g, ("bairro", "franquia", "tinturaria", "costura", "sapataria"))
    c = g.person(female=g.chance(0.65))
    att = g.person(female=g.chance(0.7))
    st = chat_stamp(g.pick(["ios", "and", "and2"]))
    tt = iter(seq_times(g, 30, g.moment(hours=(7, 20)), 40, 2400))
    by_shop = g.chance(0.55)
    if by_shop:
        if g.chance(0.6):
            me = (g.phone("wa"), "PHONE_NUMBER")
        elif g.chance(0.3):
            me = (c.first, "PERSON", " " + g.pick(["cliente", "vestido noiva", "edredom", "lavanderia"]))
        else:
            me = P(g.pick([c.first, c.short, lower(c.first)]))
        doc.t("Conversa do WhatsApp com ")
        doc.e(me[0], me[1])
        doc.t((me[2] if len(me) > 2 else "") + "\n\n")
        sh = V("Você") if g.chance(0.75) else P(g.pick([att.first, att.short]))
    else:
        doc.f("Conversa do WhatsApp com «f»\n\n", f=fan)
        me = V("Você")
        sh = V(fan)
    gar = garment(g, kind)
    cmd = comanda(g)
    scen = g.pick(["retirada", "extravio", "mancha"])
    fg = fem_garment(gar)
    cl(doc, st(next(tt)), me, g.pick(["oi bom dia", "boa tarde", "olá", "oi"]) + ", «x»", x=g.pick([
        f"{o_(gar)} da comanda {cmd} já tá pront{'a' if fg else 'o'}?", f"deixei {um_(gar)} aí semana passada, comanda {cmd}",
        f"sobre a comanda {cmd} ({gar})"]))
    if not by_shop and g.chance(0.5):
        cl(doc, st(next(tt)), sh, "oi! sou «b», assistente virtual da «f» 🫧 já já uma atendente te responde", b=lower(g.pick(BOTS)), f=lower(fan))
    cl(doc, st(next(tt)), sh, "oi, aqui é «o» «a»! «m»", o=att.o, a=P(lower(g.pick([att.first, att.nick]))),
       m=g.pick(["vou verificar", "um minutinho que vou ver no sistema", "deixa eu olhar o rol"]))
    if scen == "retirada":
        cl(doc, st(next(tt)), sh, "tá pronto sim, r$ «v». pode retirar até as «h»", v=brl(g.ri(25, 180) + g.pick([0.0, 0.9, 0.5])), h=g.pick(["18h", "19h", "12h no sábado"]))
        r = g.rng.random()
        if r < 0.45:
            rel = g.relative(c)
            cl(doc, st(next(tt)), me, "quem vai buscar é «x» «n», ela leva o rg «rg»" if rel.female else "quem vai buscar é «x» «n», ele leva o rg «rg»",
               x="minha filha" if rel.female else "meu filho", n=P(lower(g.pick([rel.first, rel.full]))), rg=(g.rg(), "BR_RG"))
            cl(doc, st(next(tt)), sh, "ok, anotei na comanda 👍")
        else:
            cl(doc, st(next(tt)), me, "vcs entregam? «a», cep «p»", a=(g.address("low"), "ADDRESS"), p=(g.cep(g.chance(0.7)), "BR_CEP"))
            cl(doc, st(next(tt)), sh, "entregamos sim, taxa de r$ «v». pix na chave aleatória da loja: «k»", v=brl(g.pick([8, 10, 12, 15]) + 0.0),
               k=(g.uuid(), "PIX_KEY"))
            cl(doc, st(next(tt)), me, "feito! se eu não estiver liga pro meu marido «t»" if c.female else "feito! se eu não estiver liga pra minha esposa «t»",
               t=(g.phone(g.pick(["par", "plain", "raw"])), "PHONE_NUMBER"))
    elif scen == "extravio":
        cf = g.person()
        cl(doc, st(next(tt)), sh, "não estou achando a peça no rol 😟 a etiqueta era «e», vou falar com «x» «n» que fez a conferência",
           e=tag(g), x=cf.o, n=P(lower(cf.first)))
        cl(doc, st(next(tt)), me, "como assim sumiu?? já é a segunda vez, «gar» custou mais de mil reais", gar=o_(gar))
        cl(doc, st(next(tt)), sh, "peço mil desculpas. se não aparecer até sexta a gente indeniza pela nota. me passa nome completo, cpf e uma conta ou pix")
        cpf = g.cpf()
        if g.chance(0.5):
            cl(doc, st(next(tt)), me, "«n» cpf «c» «b» ag «ag» cc «ac»", n=P(lower(c.full)), c=(cpf, "BR_CPF"), b=lower(g.pick(BANKS)[1]),
               ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
        else:
            k, kv = pix_key(g, c, cpf)
            cl(doc, st(next(tt)), me, "«n», cpf «c», pix «t» «k»", n=P(lower(g.pick([c.full, c.short]))), c=(cpf, "BR_CPF"), t=k if k != "cpf" else "é o cpf:",
               k=kv)
    else:
        cl(doc, st(next(tt)), me, "peguei ontem e «gar» «d» 😡", gar=o_(gar), d=defect(g, fg))
        ef, role = expert(kind)
        pw = g.person(ef)
        cl(doc, st(next(tt)), sh, "poxa, sinto muito. traz aqui que «x» «n», «r», vai avaliar. se for falha nossa a gente resolve",
           x=pw.o, n=P(lower(g.pick([pw.first, pw.nick]))), r=role)
        if g.chance(0.4):
            cl(doc, st(next(tt)), me, "quero estorno no cartão, paguei com esse aqui «k»", k=(g.card(g.chance(0.6)), "CREDIT_CARD"))
            cl(doc, st(next(tt)), sh, "não precisa mandar o número do cartão por aqui não, apaga por favor 🙏 o estorno sai pela maquininha")
        else:
            cl(doc, st(next(tt)), me, "paguei no cartão «m», quero o estorno", m=g.masked_card())
        if g.chance(0.5):
            cl(doc, st(next(tt)), me, "meu cpf pra nota é «c»", c=g.pick([(g.cpf(), "BR_CPF"), V(g.neg_cpf())]))
    if g.chance(0.5):
        cl(doc, st(next(tt)), sh, "pra atualizar o cadastro: cpf, e-mail e endereço com cep, por favor")
        cpf_c = (g.cpf(), "BR_CPF") if g.chance(0.85) else V(g.neg_cpf())
        cl(doc, st(next(tt)), me, "«c»\n«e»\n«a» - «p»", c=cpf_c, e=(g.email(c), "EMAIL_ADDRESS"), a=(g.address(g.pick(["low", "text"])), "ADDRESS"),
           p=(g.cep(g.chance(0.8)), "BR_CEP"))
        if not cpf_c[1]:
            cl(doc, st(next(tt)), sh, "o sistema não aceitou esse cpf, confere?")
            cl(doc, st(next(tt)), me, "foi mal, «c»", c=(g.cpf("raw"), "BR_CPF"))
    if g.chance(0.35):
        cl(doc, st(next(tt)), sh, "aproveitando: quer entrar no clube de fidelidade? só preciso da data de nascimento")
        cl(doc, st(next(tt)), me, "«d»", d=(g.dob(g.pick(["br", "short", "nopad"]), 1950, 2005), "DATE_OF_BIRTH"))
    if g.chance(0.35):
        cl(doc, st(next(tt)), me, cust_neg(g))
    cl(doc, st(next(tt)), sh, g.pick(["combinado!", "qualquer coisa chama aqui", "obrigada pela paciência 🙏", "até amanhã"]))
    return doc


def at_rota_entrega(g: Gen) -> Doc:
    """A delivery driver's route sheet: driver with CNH, van's plate, helper, stops with clients, addresses, CEPs, phones; the driver's notes."""
    doc = Doc()
    fan, raz, dom, kind = shop(g, ("bairro", "franquia", "tinturaria"))
    drv = g.person(female=g.chance(0.15))
    hlp = g.person()
    d0 = g.day()
    city, uf = g.city()
    doc.f("ROTA DE COLETA E ENTREGA — «f» — «d» — «c»/«u»\n", f=fan, d=dbr(d0), c=city, u=uf)
    doc.f("Motorista: «n» · CNH «h» · Veículo: «v» placa «p»\n", n=P(g.pick([drv.full, drv.short])), h=(g.cnh(), "BR_CNH"),
          v=g.pick(["Fiorino", "Kangoo", "Saveiro", "HR baú", "Doblò"]), p=(g.plate(), "LICENSE_PLATE"))
    if g.chance(0.6):
        doc.f("Ajudante: «n»\n", n=P(g.pick([hlp.first, hlp.full])))
    doc.t("\n")
    rows = []
    t = datetime.datetime(d0.year, d0.month, d0.day, g.ri(8, 10), g.ri(0, 59))
    n_stops = g.ri(5, 7)
    hotel_at = g.ri(0, n_stops - 1) if g.chance(0.5) else -1
    late = None
    for k in range(n_stops):
        t = t + datetime.timedelta(minutes=g.ri(12, 45))
        tp = g.pick(["ENTREGA", "COLETA", "ENTREGA"])
        if k == hotel_at:
            h, _ = g.pick(HOTELS)
            rows.append([V(str(k + 1)), V(ts(t, "hm")), V(tp), V(h + " (doca)"), V("—"), V(""), V(""), V(comanda(g)), V(f"{g.ri(6, 40)} sacos")])
            continue
        p = g.person()
        late = late or p
        obs = g.pick(["", "", "portaria", f"cobrar R$ {brl(g.ri(20, 120) + 0.0)}", "cliente novo", "ligar antes", "deixar c/ porteiro"])
        rows.append([V(str(k + 1)), V(ts(t, "hm")), V(tp), P(g.pick([p.full, p.short, p.capsf, p.first + " " + p.last])), (g.address(), "ADDRESS"),
                     (g.cep(g.chance(0.8)), "BR_CEP"), (g.phone(g.pick(["par", "raw", "plain"])), "PHONE_NUMBER"), V(comanda(g)), V(obs)])
    cols = ["#", "hora", "tipo", "cliente", "endereço", "CEP", "telefone", "comanda", "obs"]
    style = g.pick(["plus", "plain", "psql", "csv"])
    if style == "csv":
        table_csv(doc, cols, rows, ";")
    else:
        table_ruled(doc, cols, rows, style)
    doc.t("\nANOTAÇÕES DO MOTORISTA\n")
    if late:
        doorman = g.person(False)
        doc.f("- «h» «n» não estava, deixei com «x» «pt» (porteiro)\n", h=g.hm(), n=P(g.pick([late.first, late.short])), x="o",
              pt=P(g.pick([doorman.first, doorman.nick])))
    if g.chance(0.5):
        doc.f("- abasteci «l» L no posto da «s», km «k»\n", l=num(g.ri(25, 60) + 0.0), s=g.pick(["Bento Gonçalves", "Prudente de Morais", "Barão de Mauá", "Marginal"]),
              k=g.ri(20000, 190000))
    if g.chance(0.4):
        doc.f("- moto de apoio «p» levou 2 camisas que faltaram\n", p=(g.plate(), "LICENSE_PLATE"))
    if g.chance(0.35):
        doc.f("- «w»\n", w=word_neg(g))
    return doc


def at_lgpd_app(g: Gen) -> Doc:
    """A self-service laundromat app's LGPD request (web form with IP) and the DPO's answer with the data export in JSON."""
    doc = Doc()
    app, adom = g.pick(APPS)
    u = g.person()
    dpo = g.person()
    t0 = g.moment()
    cpf = g.cpf("dot")
    mail = g.email(u)
    cel = g.phone(g.pick(["par", "e164"]))
    doc.f("[Formulário — Portal de Privacidade «a»]\nEnviado em «d» de «ip»\n", a=app, d=ts(t0, "br"), ip=(g.ip(), "IP_ADDRESS"))
    fields = [("Nome completo", P(u.full)), ("CPF", (cpf, "BR_CPF")), ("E-mail cadastrado", (mail, "EMAIL_ADDRESS")),
              ("Celular", (cel, "PHONE_NUMBER")), ("Tipo de pedido", V(g.pick(["acesso aos dados (art. 18, II)", "exclusão da conta (art. 18, VI)",
                                                                                   "correção de dados (art. 18, III)"])))]
    if g.chance(0.5):
        fields.insert(2, ("Data de nascimento", (g.dob(g.pick(["br", "iso"]), 1960, 2006), "DATE_OF_BIRTH")))
    kv_block(doc, fields, g.pick(["plain", "dots"]))
    doc.f("Mensagem: «m»\n\n", m=g.pick(["quero saber quais dados vocês têm de mim e quem recebeu", "recebo SMS de promoção todo dia, quero sair",
                                          "meu cartão apareceu no app de outra pessoa, quero explicação", "mudei de cidade e não uso mais o app"]))
    t1 = t0 + datetime.timedelta(days=g.ri(2, 14))
    doc.f("De: «n» <«e»>\nPara: «u»\nCc: «r»\nData: «d»\nAssunto: Resposta à solicitação «p»\n\n", n=P(dpo.full), e=(corp_mail(dpo, adom, g), "EMAIL_ADDRESS"),
          u=(mail, "EMAIL_ADDRESS"), r=role_mail(g, adom, g.pick(["dpo", "privacidade", "lgpd"])), d=mail_date(t1), p=g.protocol())
    doc.f("Olá, «n». Segue a cópia dos dados tratados pelo app «a» (Lei 13.709/2018). Os cartões ficam tokenizados no adquirente; só guardamos bandeira e final.\n\n",
          n=P(u.first), a=app)
    sessions = [{"ip": (g.ip(), "IP_ADDRESS"), "quando": ts(g.moment(), "iso"), "dispositivo": g.pick(["android", "ios"])} for _ in range(g.ri(2, 3))]
    if g.chance(0.4):
        sessions.append({"ip": g.ip_priv(), "quando": ts(g.moment(), "iso"), "dispositivo": "totem da loja"})
    data = {"usuario": {"id": g.hexs(12), "nome": P(u.full), "cpf": (cpf, "BR_CPF"), "email": (mail, "EMAIL_ADDRESS"), "celular": (cel, "PHONE_NUMBER")}}
    if g.chance(0.6):
        data["usuario"]["endereco_entrega"] = (g.address(), "ADDRESS")
        data["usuario"]["cep"] = (g.cep(), "BR_CEP")
    data["cartoes"] = [{"bandeira": g.pick(["visa", "master", "elo"]), "final": g.d(4)} for _ in range(g.ri(1, 2))]
    if g.chance(0.6):
        data["reembolso_pix"] = (g.uuid(), "PIX_KEY")
    data["sessoes"] = sessions
    data["ciclos"] = [{"loja": g.pick(["Unidade Centro", "Unidade Vila Rosa", "Unidade Jardim Aurora", "Unidade Bela Vista"]), "maquina": g.pick(["L01", "L03", "S02", "S05"]),
                       "valor": float(g.pick([16, 18, 20, 22]))} for _ in range(g.ri(1, 3))]
    jval(doc, data, 0)
    doc.f("\n\nAtenciosamente,\n«n»\nEncarregad«o» de Dados — «a»\n", n=P(g.pick([dpo.full, dpo.short])), o=dpo.o, a=app)
    return doc


def at_stt_vestido(g: Gen) -> Doc:
    """A speech-to-text call about a damaged wedding dress (CPF, phone, address and CEP spoken) and the typed record."""
    doc = Doc()
    fan, raz, dom, kind = shop(g, ("bairro", "franquia", "tinturaria", "costura"))
    c = g.person(True)
    att = g.person(female=g.chance(0.7))
    mom = g.relative(c, True)
    sm = g.person(True)
    mgr = g.person()
    cpf = g.cpf_digits()
    cep = g.cep(False)
    ddd, local = g.msisdn()
    t = g.moment(hours=(8, 19))
    wed = g.after(t.date(), 3, 40)
    doc.f("[transcricao automatica — «f» — ligacao «p» — «d»]\n", f=lower(fan), p=g.protocol(), d=ts(t, "sql"))
    doc.f("atendente: «f» boa tarde «a» falando\ncliente: oi boa tarde meu nome e «n»\n", f=lower(fan), a=P(lower(att.first)), n=P(lower(g.pick([c.full, c.short]))))
    doc.f("cliente: eu deixei meu vestido de noiva ai pra lavar e passar e ele voltou «d»\n", d=g.pick(["com uma mancha amarela na cauda", "com a renda rasgada",
                                                                                                      "sem as perolas do busto", "com cheiro de queimado"]))
    doc.f("cliente: o casamento e dia «w» moca eu to desesperada\n", w=f"{wed.day} de {fold(MONTHS[wed.month - 1])}")
    doc.f("atendente: calma vamos resolver me passa o cpf do cadastro\ncliente: «c»\n", c=(stt_cpf(cpf, g), "BR_CPF"))
    if g.chance(0.35):
        doc.f("cliente: quem deixou a peca foi minha mae «m»\n", m=P(lower(mom.full)))
    doc.f("atendente: quem fez o ajuste foi a «s» ne ela pode olhar amanha cedo\n", s=P(lower(g.pick([sm.first, sm.nick]))))
    doc.f("atendente: um telefone pra gente retornar\ncliente: «t»\n", t=(g.fmt_phone(ddd, local, "stt") if g.chance(0.6) else spoken_digits(ddd + local), "PHONE_NUMBER"))
    addr, spoken_addr = addr_pair(g)
    doc.f("atendente: e o endereco pra buscar a peca\ncliente: «a» cep «p»\n", a=(spoken_addr, "ADDRESS"),
          p=(g.pick([spoken_digits(cep), f"{cep[:5]} {cep[5:]}", f"{cep[:2]} {cep[2:5]} {cep[5:]}"]), "BR_CEP"))
    doc.f("atendente: vou passar «x» «g» que e «y» ainda hoje\ncliente: ta bom obrigada\n\n", x="pra" if mgr.female else "pro",
          g=P(lower(mgr.first)), y="a gerente ela te liga" if mgr.female else "o gerente ele te liga")
    doc.t("REGISTRO DE OCORRÊNCIA\n")
    fields = [("Cliente", P(g.pick([c.full, c.caps]))), ("CPF", (fmt_cpf(cpf), "BR_CPF")), ("Telefone", (g.fmt_phone(ddd, local, "par"), "PHONE_NUMBER")),
              ("Endereço de coleta", (addr, "ADDRESS")), ("CEP", (f"{cep[:5]}-{cep[5:]}", "BR_CEP")), ("Peça", V("vestido de noiva")),
              ("Comanda", V(comanda(g))), ("Data do evento", V(dbr(wed))), ("Valor declarado", V("R$ " + brl(g.ri(18, 90) * 100.0))),
              ("Atendente", g.pick([P(att.full), V(login(att, g))])), ("Encaminhado a", P(mgr.full))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    return doc


def at_ticket_franquia(g: Gen) -> Doc:
    """A franchisee's support ticket on the franchisor's portal: the unit's CNPJ, the franchisee, a client's complaint forwarded, the analysts."""
    doc = Doc()
    frn, fraz, fdom = g.pick(FRANCHISORS)
    fz = g.person()
    an = g.person(female=g.chance(0.6))
    cons = g.person()
    cli = g.person()
    t = g.moment(hours=(8, 20))
    city, uf = g.city()
    doc.f("Portal do Franqueado «f» — Chamado #«n»\n", f=frn, n=g.d(6))
    fields = [("Unidade", V(f"{frn} {city} - {g.pick(BAIRROS)}")), ("CNPJ da unidade", (g.any_cnpj(), "BR_CNPJ")),
              ("Aberto por", P(g.pick([fz.full, fz.short]))), ("E-mail", (g.email(fz), "EMAIL_ADDRESS")), ("Telefone", (g.phone(), "PHONE_NUMBER")),
              ("IP de abertura", (g.ip(), "IP_ADDRESS")), ("Categoria", V(g.pick(["Reclamação de cliente", "Indenização de peça", "Estorno de cartão"]))),
              ("Prioridade", V(g.pick(["alta", "média"])))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    gar = garment(g, "sapataria" if "Sapato" in frn else "")
    doc.f("\nDescrição:\nA cliente «n» (CPF «c», tel «t») deixou «g» em «d» (comanda «k»). A peça «x». Ela exige R$ «v» e ameaça ir ao PROCON. "
          if cli.female else
          "\nDescrição:\nO cliente «n» (CPF «c», tel «t») deixou «g» em «d» (comanda «k»). A peça «x». Ele exige R$ «v» e ameaça ir ao PROCON. ",
          n=P(cli.full), c=(g.cpf(), "BR_CPF"), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), g=um_(gar), d=dbr(t.date() - datetime.timedelta(days=g.ri(5, 30))),
          k=comanda(g), x=defect(g, True), v=brl(g.ri(3, 40) * 100.0))
    doc.f("Pede o depósito na conta dela: agência «ag», conta «ac».\n" if cli.female else "Pede o depósito na conta dele: agência «ag», conta «ac».\n",
          ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.t("\nHistórico:\n")
    tt = seq_times(g, 4, t, 600, 40000)
    doc.f("«d» — integracao.pdv — anexos importados (3 fotos, comanda digitalizada)\n", d=ts(tt[0], "br"))
    doc.f("«d» — «a» (Suporte N1) — Encaminhado à consultoria de campo. Unidade deve seguir a tabela de indenização (até 10x o valor do serviço).\n",
          d=ts(tt[1], "br"), a=P(g.pick([an.full, an.short])))
    doc.f("«d» — «c» (consultor de campo) — Liguei para a franqueada; visita marcada. Meu celular «t», e-mail «e».\n" if fz.female else
          "«d» — «c» (consultor de campo) — Liguei para o franqueado; visita marcada. Meu celular «t», e-mail «e».\n",
          d=ts(tt[2], "br"), c=P(cons.full), t=(g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER"), e=(corp_mail(cons, fdom, g), "EMAIL_ADDRESS"))
    doc.f("«d» — «n» (franqueado) — «m»\n", d=ts(tt[3], "br"), n=P(fz.first), m=g.pick([
        "Acordo feito, paguei metade e a cliente retirou a queixa.", "Cliente não aceitou, vai ao JEC.", "Peça reapareceu no rol de outra loja, devolvida."]))
    if g.chance(0.4):
        doc.f("Obs. técnica: PDV da loja em «ip» sem sincronizar desde «d».\n", ip=g.ip_priv(), d=dbr(t.date()))
    if g.chance(0.3):
        doc.f("Obs. da consultoria: «w»\n", w=word_neg(g))
    return doc


def at_caderno_costureira(g: Gen) -> Doc:
    """A seamstress's or alteration shop's order book (typed from the notebook, or its Markdown/CSV export): clients, phones, fittings, Pix."""
    doc = Doc()
    fan, raz, dom, kind = shop(g, ("costura",))
    own = g.person(True)
    key = g.uuid() if g.chance(0.6) else None
    doc.f("Encomendas — «f» («n»)\n", f=fan if g.chance(0.6) else "Ateliê da " + own.first, n=P(g.pick([own.first, own.full, own.nick])))
    if key:
        doc.f("Pix da loja (aleatória): «k»\n", k=(key, "PIX_KEY"))
    else:
        doc.f("Pix: CPF «c»\n", c=(g.cpf(), "BR_CPF"))
    doc.t("\n")
    d0 = g.day()
    n = g.ri(5, 7)
    style = g.pick(["lines", "lines", "md", "csv"])
    rows = []
    for k in range(n):
        p = g.person(female=g.chance(0.75))
        d = d0 + datetime.timedelta(days=k // 2)
        sv, items = g.pick(SEW)
        sv = sv + " " + g.pick(items)
        name = P(g.pick([p.first, p.short, p.full, p.nick]))
        pay = g.pick(["pago pix", "pago dinheiro", "falta pagar", "sinal 50%", "pago cartão"])
        tel = (g.phone(g.pick(["plain", "raw", "par", "dash"])), "PHONE_NUMBER") if g.chance(0.8) else V("")
        prova = dbr(g.after(d, 2, 10), "short")
        extra = V("")
        if g.chance(0.35):
            extra = (g.address("low"), "ADDRESS")
        rows.append((d, name, sv, brl(g.ri(15, 220) + 0.0), pay, tel, prova, extra, p))
    if style == "lines":
        for d, name, sv, v, pay, tel, prova, extra, p in rows:
            doc.f("«d» — ", d=dbr(d, "short")[:5])
            if g.chance(0.3) and p.female:
                doc.t("d. ")
            doc.e(*name)
            doc.f(" — «s» — R$ «v» («p»)", s=sv, v=v, p=pay)
            if tel[1]:
                doc.f(" — tel «t»", t=tel)
            doc.f(" — prova «p»", p=prova)
            if extra[1]:
                doc.f(" — entregar «a»", a=extra)
            doc.t("\n")
    else:
        table = [[V(dbr(d, "short")), name, V(sv), V(v), V(pay), tel, V(prova), extra] for d, name, sv, v, pay, tel, prova, extra, p in rows]
        cols = ["data", "cliente", "serviço", "valor", "pgto", "telefone", "prova", "entrega"]
        if style == "md":
            table_ruled(doc, cols, table, "md")
        else:
            table_csv(doc, cols, table, g.pick([";", ","]))
    doc.t("\nLembretes:\n")
    if g.chance(0.4):
        v = g.person(True)
        doc.f("- forro cor rosa-chá pro vestido da «n», comprar na Aviamentos Linha Rosa\n", n=P(g.pick([v.first, v.short])))
    if g.chance(0.5):
        b = g.person(False)
        doc.f("- «n» pagou o sinal pelo pix do filho, «c»\n", n=P(b.first), c=(g.cpf(), "BR_CPF"))
    doc.f("- «w»\n", w=g.pick(["máquina reta fazendo barulho, chamar o técnico", "acabou linha branca e bege", "não passar vestido de cetim com ferro quente",
                                 "prova dos padrinhos no sábado às 9h", "Flor de algodão estampada não pode ir na secadora.",
                                 "vestido da formatura da Escola Estadual Bento Prudente: 12 provas na semana", "justo na semana das noivas a overloque quebrou",
                                 "tecido rosa-chá e azul celeste na Aviamentos Linha Rosa, pedir amostra"]))
    return doc


def at_review(g: Gen) -> Doc:
    """A complaint on a review site and the owner's public answer; the data the site shows only to the company; the consumer's reply."""
    doc = Doc()
    site, sdom = g.pick(REVIEW_SITES)
    fan, raz, dom, kind = shop(g)
    c = g.person()
    own = g.person()
    _att = g.person(female=g.chance(0.7))  # the attendant, not named in the public text
    city, uf = g.city()
    t = g.moment()
    gar = garment(g, kind)
    doc.f("«s» › «f» › Reclamação «id»\n«ti»\n«c» - «u» · «d»\n\n", s=site, f=fan, id=g.hexs(8, True), c=city, u=uf, d=ts(t, "br"),
          ti=g.pick([f"{gar.capitalize()} estragad{'a' if fem_garment(gar) else 'o'} e ninguém resolve", "Atendimento péssimo e peça perdida",
                    f"Cobraram duas vezes pel{o_(gar)}"]))
    doc.f("«n» escreveu:\n", n=P(g.pick([c.first + " " + c.last[0] + ".", c.first, c.full])))
    doc.f("Levei «g» «na» «f» e «x». A atendente disse que a culpa era do tecido. Pedi para falar com «dn», «sr» «o», que nunca me ligou. "
          "Já mandei mensagem no WhatsApp da loja e no e-mail «r» e nada.\n\n", g=um_(gar), na=na(fan), f=fan, x=defect(g, fem_garment(gar)),
          o=P(own.first), sr="a sra." if own.female else "o sr.", dn="a dona" if own.female else "o dono",
          r=role_mail(g, dom, g.pick(["sac", "contato", "loja"])))
    doc.t("[Dados do consumidor — visíveis apenas para a empresa]\n")
    kv_block(doc, [("Nome", P(c.full)), ("CPF", (g.cpf(), "BR_CPF")), ("E-mail", (g.email(c), "EMAIL_ADDRESS")), ("Telefone", (g.phone(), "PHONE_NUMBER"))],
             g.pick(["plain", "dots"]))
    t2 = t + datetime.timedelta(hours=g.ri(5, 90))
    doc.f("\nResposta da empresa · «d»\nOlá, «n». Aqui é «o», proprietári«a» «da» «f». ", d=ts(t2, "br"), n=P(c.first), o=P(g.pick([own.full, own.short])),
          a="a" if own.female else "o", da=da(fan), f=fan)
    doc.f("Lamentamos muito. Já conversei com a equipe e liguei para o número «t», sem sucesso. Podemos reembolsar o serviço e pagar o conserto; "
          "por favor informe uma chave Pix ou conta por aqui ou no privado.\n\n", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    doc.f("Réplica do consumidor · «d»\n", d=ts(t2 + datetime.timedelta(hours=g.ri(2, 48)), "br"))
    if g.chance(0.5):
        kind, kv = pix_key(g, c)
        doc.f("Pode ser no Pix, chave «k» «v». Só quero meu dinheiro.\n", k=kind, v=kv)
    else:
        doc.f("Deposita na «b», agência «ag», conta «ac», em nome de «n».\n", b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"),
              ac=(g.account(), "BANK_ACCOUNT"), n=P(c.full))
    doc.f("\nNota: «n»/10 · Voltaria a fazer negócio: «v»\n", n=g.ri(0, 6), v=g.pick(["não", "sim", "não"]))
    if g.chance(0.15):
        doc.f("Comentário de «n»: mesma coisa comigo, a camisa branca voltou cinza.\n", n=P(g.pick([g.person().first, lower(g.person().first)])))
    return doc


AT = [at_zap_loja, at_rota_entrega, at_lgpd_app, at_stt_vestido, at_ticket_franquia, at_caderno_costureira, at_review]


# --------------------------------------------------------------------------- juridico


def ju_procon(g: Gen) -> Doc:
    """A PROCON complaint (the consumer's data, the supplier's CNPJ, the story) and the shop's written defence (owner, lawyer)."""
    doc = Doc()
    fan, raz, dom, kind = shop(g)
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    c = g.person()
    own = g.person()
    att = g.person(female=g.chance(0.7))
    gar = garment(g, kind)
    d0 = g.day()
    doc.f("PROCON-«u» — FICHA DE ATENDIMENTO Nº «n»\nAtendimento: «a» — «c»\n\nCONSUMIDOR(A)\n", u=uf, n=f"{g.ri(2025, 2026)}.{g.d(2)}.{g.d(6)}-{g.d(1)}",
          a=dbr(d0), c=city)
    fields = [("Nome", P(g.pick([c.full, c.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("RG", (g.rg(), "BR_RG")),
              ("Data de nascimento", (g.dob("br", 1945, 2005), "DATE_OF_BIRTH")), ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
              ("Telefone", (g.phone(), "PHONE_NUMBER")), ("E-mail", (g.email(c), "EMAIL_ADDRESS"))]
    if g.chance(0.4):
        del fields[2]
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    doc.f("\nFORNECEDOR\nRazão social: «r»\nNome fantasia: «f»\nCNPJ: «c»\n\n", r=raz, f=fan, c=(g.any_cnpj(), "BR_CNPJ"))
    doc.f("RELATO\nEm «d» «x» deixou «g» para «s» (comanda nº «k», R$ «v»). Na retirada, a peça «y». A atendente «a» recusou-se a registrar a reclamação. "
          "Pede ressarcimento de R$ «w» (valor da nota de compra) com base nos arts. 14 e 20 da Lei 8.078/1990.\n\n",
          d=dbr(d0 - datetime.timedelta(days=g.ri(10, 60))), x="a consumidora" if c.female else "o consumidor", g=um_(gar), s=g.pick(SERVICES), k=comanda(g),
          v=brl(g.ri(30, 250) + 0.0), y=defect(g, True), a=P(g.pick([att.first, att.full])), w=brl(g.ri(4, 60) * 100.0))
    doc.t("—" * 30 + "\nDEFESA ESCRITA DO FORNECEDOR\n\n")
    doc.f("«r», inscrita no CNPJ sob o nº «c», com sede na «a», por seu sócio-administrador «o», CPF «oc», vem apresentar defesa. ",
          r=raz, c=(g.any_cnpj(), "BR_CNPJ"), a=company_addr(g), o=P(own.full), oc=(g.cpf(), "BR_CPF"))
    doc.f("A etiqueta da peça trazia o símbolo de «s»; o processo seguiu a norma de conservação têxtil e a colaboradora «p», passadeira há «n» anos, "
          "não identificou defeito na entrega, conforme comanda assinada pel«x» própri«x» consumidor«y». Ainda assim, oferece-se o reembolso do serviço (R$ «v»).\n\n",
          s=g.pick(["lavagem a seco proibida", "não alvejar", "não passar", "lavar à mão"]), p=P(g.person(True).full), n=g.ri(3, 25), x=c.o,
          y="a" if c.female else "", v=brl(g.ri(30, 250) + 0.0))
    doc.f("«c», «d».\n\n", c=city, d=dbr(d0 + datetime.timedelta(days=g.ri(10, 25)), "long"))
    lawyer_sig(g, doc, 1, uf=uf)
    if g.chance(0.5):
        cc = g.person()
        doc.f("Audiência de conciliação designada; conciliador(a): «n».\n", n=P(cc.full))
    return doc


def ju_jec(g: Gen) -> Doc:
    """A small-claims (JEC) petition over a ruined suit or dress: the plaintiff qualified, the dry cleaner (CNPJ, seat), staff named, witnesses, the account."""
    doc = Doc()
    fan, raz, dom, kind = shop(g, ("bairro", "franquia", "tinturaria"))
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    a = g.person()
    gar = g.pick(["terno de linho", "smoking", "terno de casamento", "vestido de festa longo", "paletó de lã", "vestido de formatura"])
    att = g.person(female=g.chance(0.7))
    mgr = g.person()
    own_law = g.chance(0.6)
    doc.f("EXCELENTÍSSIMO(A) SENHOR(A) JUIZ(A) DE DIREITO DO «n»º JUIZADO ESPECIAL CÍVEL DA COMARCA DE «c»/«u»\n\n", n=g.ri(1, 9), c=fold(city).upper(), u=uf)
    qualify(g, doc, a, email=True, phone=g.chance(0.6), where=(city, uf))
    if own_law:
        doc.t(", vem, por seu advogado (procuração anexa), propor\n\n")
    else:
        doc.t(", vem, sem assistência de advogado (art. 9º da Lei 9.099/1995), propor\n\n")
    doc.f("AÇÃO DE INDENIZAÇÃO POR DANOS MATERIAIS E MORAIS\n\nem face de «r», CNPJ «c», nome fantasia «f», com sede na «s», pelos fatos a seguir.\n\n",
          r=raz.upper(), c=(g.any_cnpj(), "BR_CNPJ"), f=fan, s=company_addr(g))
    ev = g.day()
    doc.f("1. Em «d» «x» entregou à ré um «g» para lavagem a seco (comanda «k»), a ser usado no dia «e». A peça foi devolvida «y», "
          "como reconheceu a atendente «at» e o gerente «m» em mensagens de WhatsApp (doc. 4).\n",
          d=dbr(ev - datetime.timedelta(days=g.ri(5, 20))), x="a autora" if a.female else "o autor", g=gar, k=comanda(g), e=dbr(ev),
          y=g.pick(["com o tecido brilhoso e encolhido", "com queimadura de ferro na lapela", "com manchas de solvente", "desbotada e com o forro descolado"]),
          at=P(g.pick([att.first, att.full])), m=P(g.pick([mgr.first, mgr.full])))
    doc.f("2. O valor da peça é R$ «v» (nota fiscal, doc. 5). A ré ofereceu apenas R$ «o», dez vezes o valor do serviço, limitação abusiva (art. 51, I, do CDC).\n\n",
          v=brl(g.ri(8, 60) * 100.0), o=brl(g.ri(40, 150) + 0.0))
    doc.f("DOS PEDIDOS\na) a condenação da ré ao pagamento de R$ «v» por danos materiais e R$ «m» por danos morais;\n"
          "b) o depósito dos valores na conta de titularidade «x»: «b», agência «ag», conta «ac»;\nc) a inversão do ônus da prova (art. 6º, VIII, do CDC).\n\n",
          v=brl(g.ri(8, 60) * 100.0), m=brl(g.ri(3, 10) * 1000.0), x="da autora" if a.female else "do autor", b=g.pick(BANKS)[1],
          ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.t("ROL DE TESTEMUNHAS\n")
    for _ in range(g.ri(1, 2)):
        w = g.person()
        doc.f("- «n», CPF «c», ", n=P(w.full), c=(g.cpf(), "BR_CPF"))
        if g.chance(0.5):
            doc.f("residente na «a»\n", a=(g.address(), "ADDRESS"))
        else:
            doc.f("telefone «t»\n", t=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("\nValor da causa: R$ «v».\n«c», «d».\n\n", v=brl(g.ri(5, 40) * 1000.0), c=city, d=g.date("long"))
    if own_law:
        lawyer_sig(g, doc, 1, uf=uf)
    else:
        doc.f("«n»\n", n=P(g.pick([a.full, a.caps])))
    return doc


def ju_franquia(g: Gen) -> Doc:
    """A franchise contract: franchisor and its director, the franchisee company and partner qualified, a guarantor and spouse, witnesses, the e-signature log."""
    doc = Doc()
    frn, fraz, fdom = g.pick(FRANCHISORS)
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    dire = g.person()
    fz = g.person()
    gu = g.person()
    sp = g.spouse(gu)
    doc.f("CONTRATO DE FRANQUIA EMPRESARIAL Nº «n»\n\n", n=f"{g.d(3)}/{g.ri(2025, 2026)}")
    doc.f("FRANQUEADORA: «r», inscrita no CNPJ sob o nº «c», com sede na «s», neste ato representada por seu diretor de expansão, ", r=fraz.upper(),
          c=(g.any_cnpj(), "BR_CNPJ"), s=company_addr(g))
    fz_mail = g.email(fz)
    qualify(g, doc, dire, addr=False, email=corp_mail(dire, fdom, g))
    doc.f(";\n\nFRANQUEADA: «r», CNPJ «c», representada por «a» sóci«o» administrador«x» ", r=fold(f"{frn} {city} Ltda.").upper(),
          c=(g.any_cnpj(), "BR_CNPJ"), a="sua" if fz.female else "seu", o="a" if fz.female else "o", x="a" if fz.female else "")
    qualify(g, doc, fz, email=fz_mail, phone=True, where=(city, uf))
    doc.t(";\n\nINTERVENIENTE GARANTIDOR(A): ")
    qualify(g, doc, gu, rg=g.chance(0.6), titulo=g.chance(0.3))
    doc.f(", e seu cônjuge «n», CPF «c».\n\n", n=P(sp.full), c=(g.cpf(), "BR_CPF"))
    doc.f("CLÁUSULA 3ª — Taxa inicial de franquia: R$ «t». Royalties mensais de «r»% do faturamento bruto e fundo de propaganda de «p»%, debitados na conta da "
          "FRANQUEADA: «b», agência «ag», conta «ac».\n", t=brl(g.ri(30, 120) * 1000.0), r=g.pick([5, 6, 7, 8]), p=g.pick([1, 2, 3]), b=g.pick(BANKS)[1],
          ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.t("CLÁUSULA 7ª — A FRANQUEADA usará exclusivamente os produtos homologados (detergentes, alvejantes e solvente hidrocarboneto) e o sistema de comandas da rede.\n")
    doc.t("CLÁUSULA 12ª — Este contrato segue a Lei 13.966/2019; a Circular de Oferta de Franquia foi entregue com 10 dias de antecedência.\n")
    doc.f("CLÁUSULA 15ª — Fica eleito o foro da comarca de «c»/«u».\n\n«c», «d».\n\nTESTEMUNHAS:\n", c=city, u=uf, d=g.date("long"))
    wits = []
    for _ in range(2):
        w = g.person()
        wits.append(w)
        doc.f("«n» — CPF «c»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"))
    signers = [(dire, corp_mail(dire, fdom)), (fz, fz_mail), (gu, g.email(gu))] + [(w, g.email(w)) for w in wits[:g.ri(0, 2)]]
    esign_log(g, doc, signers, g.moment())
    return doc


def ju_contrato_hospital(g: Gen) -> Doc:
    """An industrial laundry's contract with a hospital: both CNPJs, representatives, the chemist in charge, the contract manager, trucks, account."""
    doc = Doc()
    hos, hdom = g.pick(HOSPITALS)
    ind, iraz, idom = g.pick(INDUSTRIAL)
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    hd = g.person()
    rep = g.person()
    rt = g.person()
    gm = g.person(True)
    doc.f("CONTRATO Nº «n» — PRESTAÇÃO DE SERVIÇOS DE PROCESSAMENTO DE ROUPAS DE SERVIÇOS DE SAÚDE\n\n", n=f"{g.d(3)}/{g.ri(2025, 2026)}")
    doc.f("CONTRATANTE: «h» (ASSOCIAÇÃO BENEFICENTE «a»), CNPJ «c», com sede na «s», representada por seu diretor administrativo «d», CPF «dc»;\n",
          h=fold(hos).upper(), a=fold(hos.split()[-1]).upper(), c=(g.any_cnpj(), "BR_CNPJ"), s=company_addr(g), d=P(hd.full), dc=(g.cpf(), "BR_CPF"))
    doc.f("CONTRATADA: «r», CNPJ «c», com sede na «s», representada por «p», RG «rg», CPF «pc».\n\n", r=iraz.upper(), c=(g.any_cnpj(), "BR_CNPJ"),
          s=company_addr(g), p=P(rep.full), rg=(g.rg(), "BR_RG"), pc=(g.cpf(), "BR_CPF"))
    doc.f("CLÁUSULA 1ª — Objeto: coleta, lavagem, desinfecção, secagem, calandragem e entrega de enxoval (lençóis, campos cirúrgicos, pijamas, cobertores), "
          "estimados em «k» kg/mês, conforme a RDC ANVISA nº 6/2012 e a NR-32.\n", k=num(g.ri(8, 60) * 1000.0, 0))
    doc.f("CLÁUSULA 2ª — Responsável técnico da CONTRATADA: «r», «q». Gestora do contrato pela CONTRATANTE: enfermeira «g», «co», e-mail «e», telefone «t».\n",
          r=P(rt.full), q=(g.council("CRQ"), "PROFESSIONAL_ID"), g=P(gm.full), co=(g.council("COREN", uf), "PROFESSIONAL_ID"),
          e=(corp_mail(gm, hdom, g), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.5)), "PHONE_NUMBER"))
    doc.f("CLÁUSULA 3ª — A roupa suja será coletada em veículo baú exclusivo («p1») e a limpa entregue em veículo distinto («p2»), com higienização registrada.\n",
          p1=(g.plate(), "LICENSE_PLATE"), p2=(g.plate(), "LICENSE_PLATE"))
    doc.f("CLÁUSULA 5ª — Preço: R$ «v» por kg de roupa limpa; pagamento em 30 dias mediante crédito na conta da CONTRATADA: «b», agência «ag», conta «ac».\n",
          v=brl(g.ri(380, 990) / 100), b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.t("CLÁUSULA 8ª — Perfurocortantes encontrados no enxoval serão comunicados à CCIH em até 24 h (ccih@" + hdom + ").\n")
    doc.f("\n«c», «d».\n\n", c=city, d=g.date("long"))
    elec = g.chance(0.5)
    if not elec:
        doc.f("__________________________\n«a»\n\n__________________________\n«b»\n\n", a=P(hd.caps), b=P(rep.caps))
    else:
        doc.t("(assinado eletronicamente pelas partes)\n\n")
    doc.t("Testemunhas:\n")
    for _ in range(2):
        w = g.person()
        doc.f("«n», CPF «c»\n", n=P(w.full), c=(g.cpf(), "BR_CPF"))
    if elec:
        esign_log(g, doc, [(hd, corp_mail(hd, hdom)), (rep, corp_mail(rep, idom)), (gm, corp_mail(gm, hdom))], g.moment())
    return doc


def ju_reclamatoria(g: Gen) -> Doc:
    """An ironing worker's labour claim against a laundry (and the hotel or hospital served): PIS, título sometimes, birth date, witnesses, lawyer."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    if g.chance(0.5):
        fan, raz, dom = g.pick(INDUSTRIAL)
        tom = g.pick(HOSPITALS + HOTELS)[0]
    else:
        fan, raz, dom, _ = shop(g, ("bairro", "franquia", "tinturaria"))
        tom = None
    w = g.person(female=g.chance(0.75))
    sup = g.person(True)
    doc.f("EXMO(A). SR(A). JUIZ(A) DA «n»ª VARA DO TRABALHO DE «c»/«u»\n\n", n=g.ri(1, 30), c=fold(city).upper(), u=uf)
    qualify(g, doc, w, pis=True, titulo=g.chance(0.7), dob=g.chance(0.6), phone=g.chance(0.5), job="passadeira" if w.female else "passador", where=(city, uf))
    doc.f(", CTPS «k», vem propor RECLAMAÇÃO TRABALHISTA em face de «r», CNPJ «c», com sede na «s»", k=ctps(g, uf), r=raz.upper(), c=(g.any_cnpj(), "BR_CNPJ"),
          s=company_addr(g))
    if tom:
        doc.f(", e, subsidiariamente, de «t», CNPJ «c» (tomadora dos serviços, Súmula 331 do TST)", t=fold(tom).upper(), c=(g.any_cnpj(), "BR_CNPJ"))
    doc.t(".\n\n")
    adm = g.date("br", g.ri(2018, 2023))
    doc.f("1. Admitid«o» em «a» como «f», trabalhava na calandra e na prensa, em calor intenso e em contato com roupa suja «x», sem EPI adequado. "
          "Jamais recebeu o adicional de insalubridade (NR-15, Anexos 3 e 14).\n", o=w.o, a=adm, f="passadeira" if w.female else "passador",
          x="hospitalar" if tom else "com produtos químicos (percloroetileno e alvejantes)")
    doc.f("2. A supervisora «s» exigia horas extras pelo WhatsApp («t») e não permitia o intervalo. Dispensad«o» em «d», não recebeu as verbas rescisórias.\n\n",
          s=P(g.pick([sup.full, sup.first])), t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"), o=w.o, d=g.date("br"))
    doc.t("PEDIDOS: adicional de insalubridade em grau máximo e reflexos; horas extras e intervalo (art. 71 da CLT); multa do art. 477; honorários.\n\nTESTEMUNHAS:\n")
    for _ in range(g.ri(1, 3)):
        t = g.person(female=g.chance(0.7))
        doc.f("«n», «f», CPF «c»\n", n=P(t.full), f=g.pick(["passadeira", "lavadeira", "motorista", "auxiliar de dobra"]) if t.female
              else g.pick(["passador", "operador de lavadora", "motorista"]), c=(g.cpf(), "BR_CPF"))
    doc.f("\nValor da causa: R$ «v». Processo a ser distribuído; prevenção: «n».\n\n", v=brl(g.ri(20, 120) * 1000.0 + g.ri(0, 99) / 100), n=g.cnj(TRT.get(uf, "5.02")))
    lawyer_sig(g, doc, g.ri(1, 2), dom="trabalhista.adv.br", uf=uf)
    return doc


def ju_bo_furto(g: Gen) -> Doc:
    """A police report (ALL CAPS, sometimes OCR'd) of a theft of clients' garments from a laundry or its van."""
    doc = Doc()
    fan, raz, dom, _ = shop(g, ("bairro", "franquia", "tinturaria"))
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    v = g.person()
    wt = g.person()
    pm = g.person(False)
    dl = g.person()
    es = g.person()
    scanned = g.chance(0.5)

    def o(s: str) -> str:
        return ocr_t(s, g, 0.25) if scanned else s

    def on(s: str) -> str:
        return ocr(s, g, 0.3) if scanned else s

    doc.f(o("SECRETARIA DA SEGURANCA PUBLICA - POLICIA CIVIL DO ESTADO\n«d»\nBOLETIM DE OCORRENCIA Nº «n»\n"), d=f"{g.ri(1, 99)}º DP - {fold(city).upper()}",
          n=f"{g.up(2)}{g.d(4)}/{g.ri(2025, 2026)}")
    dt = g.moment()
    doc.f(o("NATUREZA: FURTO QUALIFICADO (ART. 155, § 4º, I, DO CODIGO PENAL)\nDATA/HORA DO FATO: «d» - LOCAL: «l»\n\n"), d=ts(dt, "br"),
          l=fold(g.pick(["INTERIOR DO ESTABELECIMENTO", "VIA PUBLICA, DEFRONTE AO ESTABELECIMENTO", "VEICULO DE ENTREGAS ESTACIONADO"])))
    doc.t(o("VITIMA/COMUNICANTE: "))
    doc.e(on(v.capsf), "PERSON")
    doc.f(o(", PROPRIETARI«x» DO ESTABELECIMENTO «f», NASCID«x» EM «b», RG «rg», CPF «c», RESIDENTE NA «a», CEP «p», TEL «t»\n\n"),
          x="A" if v.female else "O", f=fold(fan).upper(), b=(g.dob("br", 1955, 2000), "DATE_OF_BIRTH"), rg=(g.rg(), "BR_RG"), c=(g.cpf(), "BR_CPF"),
          a=(on(g.address("caps")), "ADDRESS"), p=(g.cep(), "BR_CEP"), t=(g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER"))
    van = g.plate()
    doc.f(o("HISTORICO: RELATA A VITIMA QUE O FURGAO DE ENTREGAS DA LAVANDERIA, PLACA «p», FOI ARROMBADO E DELE SUBTRAIDAS «n» PECAS DE CLIENTES "
            "(TERNOS, VESTIDOS DE FESTA E UM VESTIDO DE NOIVA), AVALIADAS EM R$ «v». "), p=(van, "LICENSE_PLATE"), n=g.ri(8, 40), v=brl(g.ri(4, 40) * 1000.0))
    r = g.rng.random()
    if r < 0.4:
        sus = g.person(False)
        doc.f(o("CAMERAS DO COMERCIO VIZINHO MOSTRAM INDIVIDUO CONHECIDO COMO \"«k»\" FUGINDO EM MOTOCICLETA HONDA CG PLACA «p». "),
              k=P(on(fold(sus.nick).upper())), p=(g.plate(), "LICENSE_PLATE"))
    elif r < 0.7:
        sus = g.person(False)
        doc.f(o("FOI IDENTIFICADO COMO AUTOR «n», NASCIDO EM «b», EX-FUNCIONARIO DA LAVANDERIA. "), n=P(on(sus.capsf)), b=(g.dob("br", 1985, 2006), "DATE_OF_BIRTH"))
    else:
        doc.t(o("AUTORIA DESCONHECIDA. "))
    doc.f(o("TESTEMUNHA: «n», TEL «t».\n\n"), n=P(on(wt.capsf)), t=(g.phone("par"), "PHONE_NUMBER"))
    doc.f(o("CONDUTOR/ATENDIMENTO: SD PM «p» - RE «re»\nAUTORIDADE: «x» «d»\n"), p=P(on(pm.capsf)), re=f"{g.d(6)}-{g.d(1)}",
          x="DELEGADA" if dl.female else "DELEGADO", d=P(on(dl.capsf)))
    if g.chance(0.6):
        doc.f(o("ESCRIVA(O): «e»\n"), e=P(on(es.capsf)))
    if g.chance(0.4):
        doc.t(o("OBS: A PLACA DO FURGAO CONFERE COM O CRLV APRESENTADO. NADA MAIS.\n"))
    return doc


def ju_ata_audiencia(g: Gen) -> Doc:
    """Hearing minutes (JEC or labour court) with a settlement paid to an account or to a random Pix key."""
    doc = Doc()
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    labour = g.chance(0.45)
    fan, raz, dom, _ = shop(g)
    au = g.person(female=g.chance(0.7) if labour else None)
    jz = g.person()
    cc = g.person()
    pp = g.person(True)
    doc.f("ATA DE AUDIÊNCIA «t»\nProcesso nº «n»\n«v»\n\n", t="UNA" if labour else "DE CONCILIAÇÃO",
          n=g.cnj(TRT.get(uf, "5.02") if labour else CNJ_SEG.get(uf, "8.26")),
          v=f"{g.ri(1, 20)}ª Vara do Trabalho de {city}/{uf}" if labour else f"{g.ri(1, 6)}º Juizado Especial Cível da Comarca de {city}/{uf}")
    doc.f("Aos «d», às «h», «x» «j», presentes:\n", d=g.date("long"), h=g.hm(), x="sob a presidência d" + jz.o + (" MM. Juíza" if jz.female else " MM. Juiz"),
          j=P(jz.full))
    if not labour:
        doc.f("- Conciliador(a): «n»\n", n=P(cc.full))
    doc.f("- «r»: «n», CPF «c»\n", r="Reclamante" if labour else "Autor(a)", n=P(g.pick([au.full, au.caps])), c=(g.cpf(), "BR_CPF"))
    if g.chance(0.7):
        la = g.person()
        doc.f("  advogad«o»: «n», «oab»\n", o=la.o, n=P(la.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    doc.f("- «r»: «s», CNPJ «c», representada pela preposta «p», CPF «pc»\n", r="Reclamada" if labour else "Ré", s=raz, c=(g.any_cnpj(), "BR_CNPJ"),
          p=P(pp.full), pc=(g.cpf(), "BR_CPF"))
    lb = g.person()
    doc.f("  advogad«o»: «n», «oab»\n\n", o=lb.o, n=P(lb.full), oab=(g.council("OAB", uf), "PROFESSIONAL_ID"))
    val = g.ri(8, 150) * 100.0
    k = g.ri(1, 6)
    doc.f("Aberta a audiência, as partes celebraram ACORDO: a ré pagará R$ «v» em «k» parcela«s» mensa«ml», a primeira em «d», ", v=brl(val), k=k,
          s="s" if k > 1 else "", ml="is" if k > 1 else "l", d=g.date("br"))
    if g.chance(0.5):
        doc.f("mediante depósito na conta de titularidade d«o» «r»: «b», agência «ag», conta «ac».", o=au.o, r="reclamante" if labour else "autor" + ("a" if au.female else ""),
              b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    else:
        doc.f("mediante Pix para a chave aleatória «k», de titularidade d«o» «r».", k=(g.uuid(), "PIX_KEY"), o=au.o,
              r="reclamante" if labour else "autor" + ("a" if au.female else ""))
    doc.f(" Multa de «m»% sobre o saldo em caso de atraso. «x»\n\n", m=g.pick([30, 50, 100]),
          x="Verbas de natureza indenizatória; INSS na forma da lei." if labour else "A ré devolverá ainda a peça retida (comanda " + comanda(g) + ").")
    doc.t("Homologado o acordo. Nada mais.\n\n")
    for n in [jz, au, pp][:g.ri(1, 3)]:
        doc.f("_____________________ «n»\n", n=P(g.pick([n.full, n.caps])))
    if g.chance(0.4):
        doc.f("Comprovantes de pagamento ao WhatsApp informado pela parte autora: «t».\n", t=(g.phone(g.pick(["par", "plain"])), "PHONE_NUMBER"))
    return doc


JU = [ju_procon, ju_jec, ju_franquia, ju_contrato_hospital, ju_reclamatoria, ju_bo_furto, ju_ata_audiencia]


# --------------------------------------------------------------------------- saude


def laundry_employer(g: Gen) -> tuple[str, str, str]:
    """An employer: an industrial laundry most often, else a shop or dry cleaner."""
    if g.chance(0.55):
        return g.pick(INDUSTRIAL)
    f, r, d, _ = shop(g, ("bairro", "franquia", "tinturaria", "self"))
    return f, r, d


def sa_aso(g: Gen) -> Doc:
    """An ASO of a laundry or dry-cleaning worker exposed to chemicals, heat and soiled linen (CPF, RG, birth date, CRMs)."""
    doc = Doc()
    cli, cdom = g.pick(OCC_CLINICS)
    fan, raz, dom = laundry_employer(g)
    w = g.person(female=g.chance(0.65))
    ex = g.person()
    co = g.person()
    uf = g.pick(UFS)
    func = g.pick(["Passadeira (calandra)", "Operador(a) de lavadora extratora", "Tintureiro(a) — lavagem a seco", "Auxiliar de área suja (recepção de roupa hospitalar)",
                   "Auxiliar de dobra e embalagem", "Costureira de reparo de enxoval", "Motorista de coleta"])
    doc.f("«c»\nATESTADO DE SAÚDE OCUPACIONAL — «t»\n\n", c=cli, t=g.pick(["ADMISSIONAL", "PERIÓDICO", "RETORNO AO TRABALHO", "MUDANÇA DE RISCO", "DEMISSIONAL"]))
    fields = [("Empresa", V(raz)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Trabalhador(a)", P(g.pick([w.full, w.caps]))), ("CPF", (g.cpf(), "BR_CPF"))]
    if g.chance(0.6):
        fields.append(("RG", (g.rg(), "BR_RG")))
    fields.append(("Nascimento", (g.dob(g.pick(["br", "iso", "dot"]), 1960, 2006), "DATE_OF_BIRTH")))
    if g.chance(0.35):
        fields.append(("NIT", (g.pis(), "BR_PIS")))
    if g.chance(0.4):
        fields.append(("Telefone", (g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER")))
    if g.chance(0.3):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    fields += [("Função", V(func)), ("CBO", V(g.pick(["5163-45", "5163-35", "5163-25", "7632-10", "7823-05"])))]
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    doc.t("\nRISCOS OCUPACIONAIS: ")
    doc.t(", ".join(g.sample(["químico: percloroetileno", "químico: hipoclorito de sódio", "químico: detergentes alcalinos e soda cáustica", "físico: calor (calandra)",
                              "físico: ruído (extratoras)", "biológico: roupa suja de serviço de saúde", "ergonômico: postura em pé e movimentos repetitivos"], g.ri(2, 4))))
    doc.t("\nEXAMES: " + ", ".join(g.sample(["exame clínico", "audiometria", "hemograma", "ácido tricloroacético urinário", "espirometria", "TGO/TGP",
                                            "anti-HBs", "acuidade visual"], g.ri(2, 4))) + "\n\n")
    doc.f("CONCLUSÃO: «c»\n\n", c=g.pick(["APTO(A)", "APTO(A)", "APTO(A) COM RESTRIÇÃO: evitar contato com solventes por 30 dias", "INAPTO(A) TEMPORARIAMENTE"]))
    doc.f("Médico(a) examinador(a): «n» — «c»\nCoordenador(a) do PCMSO: «m» — «k»\n", n=P(ex.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          m=P(co.full), k=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("\nCiente: ____________________ «n»   Data: «d»\n", n=P(g.pick([w.full, w.short])), d=g.date("br"))
    return doc


def sa_ccih(g: Gen) -> Doc:
    """A hospital CCIH report on the processing of linen by the contracted laundry: indicators, a sharps incident, trained staff, the committee."""
    doc = Doc()
    hos, hdom = g.pick(HOSPITALS)
    ind, iraz, idom = g.pick(INDUSTRIAL)
    uf = g.pick(UFS)
    mon = g.ri(1, 12)
    yr = g.pick([2025, 2026])
    doc.f("«h» — COMISSÃO DE CONTROLE DE INFECÇÃO HOSPITALAR\nRELATÓRIO MENSAL — PROCESSAMENTO DE ROUPAS — «m»/«y»\n\n", h=hos.upper(), m=MONTHS[mon - 1], y=yr)
    doc.f("Empresa contratada: «r» — CNPJ «c»\nResponsável técnico: «n» («q»)\n", r=iraz, c=(g.any_cnpj(), "BR_CNPJ"), n=P(g.person().full),
          q=(g.council("CRQ"), "PROFESSIONAL_ID"))
    doc.f("Coleta diária em veículo «p» (roupa suja) e entrega em «q» (roupa limpa).\n\n", p=(g.plate(), "LICENSE_PLATE"), q=(g.plate(), "LICENSE_PLATE"))
    rows = [[V(x), V(y)] for x, y in [("Roupa suja coletada (kg)", num(g.ri(20, 70) * 1000.0 + g.ri(0, 999), 0)), ("Índice de relave (%)", num(g.ri(15, 60) / 10)),
                                      ("Peças com sujidade após processo", str(g.ri(3, 90))), ("Evasão de enxoval (peças)", str(g.ri(10, 300))),
                                      ("Não conformidades de transporte", str(g.ri(0, 4)))]]
    table_ruled(doc, ["indicador", "valor"], rows, g.pick(["plus", "plain", "md"]))
    w = g.person(female=g.chance(0.7))
    doc.f("\nOCORRÊNCIA: em «d», agulha encontrada em lençol proveniente do setor «s». A colaboradora da lavanderia «n» (CPF «c») sofreu perfuração "
          "no dedo; atendida no pronto-socorro e incluída no protocolo de exposição a material biológico (prontuário «pr»). CAT emitida pela contratada.\n"
          if w.female else
          "\nOCORRÊNCIA: em «d», agulha encontrada em lençol proveniente do setor «s». O colaborador da lavanderia «n» (CPF «c») sofreu perfuração "
          "no dedo; atendido no pronto-socorro e incluído no protocolo de exposição a material biológico (prontuário «pr»). CAT emitida pela contratada.\n",
          d=fmt_date(g.ri(1, 28), mon, yr, "br"), s=g.pick(["UTI adulto", "centro cirúrgico", "pronto-socorro", "clínica médica", "maternidade"]),
          n=P(w.full), c=(g.cpf(), "BR_CPF"), pr=prontuario(g))
    doc.f("Chefe do setor notificada: enfermeira «n» («c»).\n\n", n=P(g.person(True).full), c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    doc.t("TREINAMENTO DE BARREIRA (área suja) — participantes:\n")
    trs = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        trs.append([P(g.pick([p.full, p.short])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                    V(g.pick(["auxiliar de área suja", "operador de lavadora", "motorista", "costureira" if p.female else "costureiro",
                              "encarregada" if p.female else "encarregado"]))])
    table_ruled(doc, ["nome", "CPF", "função"], trs, g.pick(["plain", "pipe", "md"]))
    inf = g.person()
    nu = g.person(True)
    doc.f("\nMembros executores da CCIH:\n«a» — infectologista — «ac»\n«b» — enfermeira — «bc» — «be»\n", a=P(inf.full), ac=(g.council("CRM", uf), "PROFESSIONAL_ID"),
          b=P(nu.full), bc=(g.council("COREN", uf), "PROFESSIONAL_ID"), be=(corp_mail(nu, hdom, g), "EMAIL_ADDRESS"))
    doc.f("Cópia: «r»; «x»\n", r=role_mail(g, hdom, "ccih"), x=role_mail(g, idom, g.pick(["sesmt", "rouparia", "enxoval"])))
    if g.chance(0.4):
        doc.f("Nota: «w»\n", w=word_neg(g))
    return doc


def sa_dermatite(g: Gen) -> Doc:
    """A clinic's record of a laundry worker's contact dermatitis (CID codes not labelled): patient data, patch test, referrals, CRMs, COREN."""
    doc = Doc()
    cli, cdom = g.pick(DERM_CLINICS)
    fan, raz, dom = laundry_employer(g)
    pt = g.person(female=g.chance(0.7))
    dm = g.person()
    mt = g.person()
    nu = g.person(True)
    uf = g.pick(UFS)
    icd = g.pick(DERM_ICD)
    t = g.moment(hours=(8, 18))
    doc.f("«c» — PRONTUÁRIO «p»\nAtendimento: «d»\n\n", c=cli, p=prontuario(g), d=ts(t, "br"))
    fields = [("Paciente", P(g.pick([pt.full, pt.caps]))), ("Nascimento", (g.dob(g.pick(["br", "nopad"]), 1962, 2005), "DATE_OF_BIRTH"))]
    fields.append(("CNS", (g.cns(), "BR_CNS")) if g.chance(0.5) else ("CPF", (g.cpf(), "BR_CPF")))
    fields += [("Telefone", (g.phone(), "PHONE_NUMBER")), ("Profissão", V(f"{g.pick(['lavadeira', 'passadeira', 'tintureira', 'auxiliar de lavanderia'] if pt.female else ['lavador', 'passador', 'tintureiro', 'auxiliar de lavanderia'])} — {fan}"))]
    if g.chance(0.5):
        fields += [("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP"))]
    kv_block(doc, fields, g.pick(["plain", "dots"]))
    doc.f("\nEncaminhad«o» pelo médico do trabalho «m» («mc»).\n", o=pt.o, m=P(mt.full), mc=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("QP: «q»\nHDA: lesões há «n» semanas, pioram na semana e melhoram nas folgas. Manipula «x» sem luva nitrílica; a luva de látex do serviço rasgou.\n",
          q=g.pick(["coceira e rachaduras nas mãos", "vermelhidão nos antebraços", "bolhas entre os dedos"]), n=g.ri(2, 12),
          x=g.pick(["alvejante clorado", "percloroetileno", "detergente alcalino", "tira-manchas à base de solvente", "goma e amaciante"]))
    doc.f("EXAME: eczema «e» em dorso das mãos, fissuras em polpas digitais.\nTESTE DE CONTATO (bateria padrão): «r».\n", e=g.pick(["agudo", "subagudo", "crônico liquenificado"]),
          r=g.pick(["sulfato de níquel ++", "negativo", "tiuram mix ++ (borracha da luva)", "formaldeído +", "cloreto de cobalto +"]))
    doc.f("HD: «c» — «d»\n", c=icd[0], d=icd[1])
    doc.f("CONDUTA: corticoide tópico, emoliente, luva nitrílica com forro de algodão; afastamento de «n» dias; relatório ao SESMT («r»).\n",
          n=g.ri(3, 15), r=role_mail(g, dom, "sesmt"))
    doc.f("\n«n» — Dermatologia — «c»\n", n=P(dm.full), c=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    t2 = t + datetime.timedelta(days=g.ri(14, 40))
    doc.f("\nEVOLUÇÃO «d»: melhora parcial; retorna em 30 dias. Orientações reforçadas pela enfermeira «n» («c»).\n", d=dbr(t2.date()), n=P(g.pick([nu.full, nu.first])),
          c=(g.council("COREN", uf), "PROFESSIONAL_ID"))
    return doc


def sa_cat(g: Gen) -> Doc:
    """A CAT in capitals: the laundry (CNPJ), the injured worker (mother, birth date, NIT, RG, CPF, address, CEP, phone), witnesses, CRM."""
    doc = Doc()
    fan, raz, dom = laundry_employer(g)
    w = g.person(female=g.chance(0.65))
    mae = g.relative(w, True)
    uf = g.pick(UFS)
    city, _ = city_of(g, uf)
    icd = g.pick(ACC_ICD)
    md = g.person()
    em = g.person(True)
    doc.t("COMUNICACAO DE ACIDENTE DE TRABALHO - CAT\nTIPO: INICIAL    EMITENTE: EMPREGADOR\n\n1. EMITENTE\n")
    doc.f("RAZAO SOCIAL: «r»\nCNPJ: «c»\nCNAE: 9601-7/01\n\n2. ACIDENTADO\n", r=fold(raz).upper(), c=(g.any_cnpj(), "BR_CNPJ"))
    fields = [("Nome", P(w.capsf)), ("Nome da mae", P(mae.capsf)), ("Data de nascimento", (g.dob("br", 1962, 2006), "DATE_OF_BIRTH")),
              ("Sexo", V("F" if w.female else "M")), ("CTPS", V(ctps(g, uf))), ("NIT/PIS", (g.pis(), "BR_PIS")), ("RG", (g.rg(), "BR_RG")),
              ("CPF", (g.cpf(), "BR_CPF")), ("Endereco", (g.address("caps"), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")),
              ("Municipio/UF", V(f"{fold(city).upper()}/{uf}")), ("Telefone", (g.phone(g.pick(["par", "raw"])), "PHONE_NUMBER")),
              ("CBO", V(g.pick(["5163-45", "5163-35", "7632-10"])))]
    if g.chance(0.3):
        fields.insert(7, ("CNS", (g.cns(), "BR_CNS")))
    kv_block(doc, fields, g.pick(["caps", "dots"]))
    dt = g.moment(hours=(6, 22))
    doc.f("\n3. ACIDENTE\nDATA: «d»  HORA: «h»  APOS «n» HORAS DE TRABALHO\nLOCAL: «l»\nDESCRICAO: «x»\nAGENTE CAUSADOR: «a»\n", d=dbr(dt.date()),
          h=ts(dt, "hm"), n=g.ri(1, 9), l=icd[3], x=fold(icd[2]).upper(), a=icd[4])
    doc.t("\n4. TESTEMUNHAS\n")
    for _ in range(g.ri(1, 2)):
        t = g.person()
        doc.f("«n» - ", n=P(t.capsf))
        if g.chance(0.5):
            doc.f("«a», CEP «c»\n", a=(g.address("caps"), "ADDRESS"), c=(g.cep(), "BR_CEP"))
        else:
            doc.f("TEL «t»\n", t=(g.phone("par"), "PHONE_NUMBER"))
    doc.f("\n5. ATESTADO MEDICO\nUNIDADE: «u»\nDATA: «d»  CID-10: «c»\nNATUREZA DA LESAO: «n»\nAFASTAMENTO: «a»\nMEDICO: «m» - «k»\n",
          u=g.pick(["UPA 24H JARDIM AURORA", "PRONTO-SOCORRO MUNICIPAL", "HOSPITAL SAO BENTO", "SANTA CASA"]), d=dbr(dt.date()), c=icd[0],
          n=fold(icd[1]).upper(), a=g.pick(["SIM - 15 DIAS", "SIM - 3 DIAS", "NAO"]), m=P(md.capsf), k=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    doc.f("\nEMITIDA POR: «n» - RH - «e»\n", n=P(em.capsf), e=(corp_mail(em, dom, g), "EMAIL_ADDRESS"))
    return doc


def sa_zap_atestados(g: Gen) -> Doc:
    """The HR's WhatsApp group where laundry workers send sick notes: names or numbers, CPF, PIS, CRM, CID, a colleague covering, a relative."""
    doc = Doc()
    fan, raz, dom = laundry_employer(g)
    hr = g.person(True)
    st = chat_stamp(g.pick(["ios", "and", "and2"]))
    tt = iter(seq_times(g, 40, g.moment(hours=(6, 10)), 120, 5400))
    doc.f("Conversa do WhatsApp com «g»\n\n", g=g.pick(["Atestados e Faltas", "DP " + fan, "Equipe " + fan + " 🧺", "Turno A calandra"]))
    me = V("Você") if g.chance(0.75) else P(g.pick([hr.first, hr.short]))
    cl(doc, st(next(tt)), me, "bom dia! lembrando: atestado tem que vir com nome, crm e cid legível. mandem até 48h")
    for _ in range(g.ri(3, 4)):
        w = g.person(female=g.chance(0.7))
        if g.chance(0.55):
            s = (g.phone("wa"), "PHONE_NUMBER")
        elif g.chance(0.3):
            s = (w.first, "PERSON", " " + g.pick(["calandra", "dobra", "área suja", "turno B", "lavanderia"]))
        else:
            s = P(g.pick([w.first, w.short]))
        if g.chance(0.5):
            doc.t(st(next(tt)))
            doc.e(s[0], s[1])
            doc.t(s[2] if len(s) > 2 else "")
            doc.t(": <mídia oculta>\n" if g.chance(0.5) else ": IMG-" + f"{g.ri(2025, 2026)}{g.ri(1, 12):02d}{g.ri(1, 28):02d}-WA{g.d(4)}.jpg (arquivo anexado)\n")
        md = g.person()
        icd = g.pick(SICK_ICD)
        cl(doc, st(next(tt)), s, "atestado de «n» dia«s», «x» «m» «c»«i»", n=g.ri(1, 5), s=g.pick(["s", "s", ""]), x=g.pick(["dra", "médica"] if md.female else ["dr", "médico"]),
           m=P(lower(g.pick([md.short, md.full]))), c=(g.council("CRM"), "PROFESSIONAL_ID"),
           i=(", cid " + icd[0]) if g.chance(0.6) else "")
        r = g.rng.random()
        if r < 0.4:
            cl(doc, st(next(tt)), me, "ok. «n», manda teu cpf e pis que o sistema novo pede", n=P(lower(w.first)))
            cl(doc, st(next(tt)), s, g.pick(["«c» pis «p»", "cpf «c»\npis «p»", "«c» / «p»"]), c=(g.cpf(), "BR_CPF"), p=(g.pis(), "BR_PIS"))
        elif r < 0.65:
            cv = g.person()
            cl(doc, st(next(tt)), me, "recebido. quem cobre na «l» é «x» «n»", l=g.pick(["calandra", "dobra", "área suja", "expedição"]), x=cv.o, n=P(lower(g.pick([cv.first, cv.nick]))))
        elif r < 0.85:
            k = g.relative(w)
            cl(doc, st(next(tt)), s, "o atestado é de acompanhante, «x» «n» tá internad«o». se precisar falar comigo liga «y» «t»",
               x="minha filha" if k.female else "meu filho", n=P(lower(k.first)), o=k.o, y="no meu marido" if w.female else "na minha esposa",
               t=(g.phone(g.pick(["plain", "raw"])), "PHONE_NUMBER"))
        else:
            cl(doc, st(next(tt)), me, "esse atestado tá sem crm, pede pro posto carimbar de novo")
    if g.chance(0.5):
        cl(doc, st(next(tt)), me, "pessoal, o dr «n» («c») atende sexta pra quem tá com dor no punho", n=P(lower(g.person().short)),
           c=lower(g.pick(OCC_CLINICS)[0]))
    if g.chance(0.4):
        cl(doc, st(next(tt)), me, "lembrete: quem faltou sem atestado no sábado vai ter desconto. seria prudente avisar antes 🙏")
    return doc


def sa_fisio_agenda(g: Gen) -> Doc:
    """A physiotherapy clinic's agenda for repetitive-strain cases referred by laundries (CREFITO; patients with birth date, CPF, phone)."""
    doc = Doc()
    cli, cdom = g.pick(PHYSIO)
    ft = g.person(female=g.chance(0.6))
    d0 = g.day()
    doc.f("«c» — agenda da semana «d» — «x» «n» («k»)\n", c=cli, d=dbr(d0), x="Dra." if ft.female else "Dr.", n=P(ft.full),
          k=(g.council("CREFITO"), "PROFESSIONAL_ID"))
    split = g.chance(0.25)
    cns_col = g.chance(0.4)
    cols = ["data", "hora"] + (["first_name", "last_name"] if split else ["paciente"]) + ["nascimento", "cpf"] + (["cns"] if cns_col else []) + ["telefone", "empresa", "cid", "sessao"]
    rows = []
    for k in range(g.ri(6, 8)):
        p = g.person(female=g.chance(0.7))
        d = d0 + datetime.timedelta(days=k // 2)
        name = [P(p.first if g.chance(0.8) else p.given), P(" ".join(p.surnames))] if split else [P(g.pick([p.full, p.caps, p.short]))]
        emp = g.pick([x[0] for x in INDUSTRIAL] + [x[0] for x in SHOPS[:6]] + ["particular"])
        rows.append([V(dbr(d, "iso")), V(f"{g.ri(7, 18):02d}:{g.pick(['00', '30', '40'])}")] + name +
                    [(g.dob(g.pick(["br", "iso"]), 1960, 2005), "DATE_OF_BIRTH"), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF") if g.chance(0.85) else V(""),
                     ] + ([(g.cns(False), "BR_CNS") if g.chance(0.8) else V("")] if cns_col else []) + [
                     (g.phone(g.pick(["raw", "par", "e164"])), "PHONE_NUMBER"), V(emp), V(g.pick(LER_ICD)[0]), V(f"{g.ri(1, 10)}/10")])
    rows.sort(key=lambda r: (r[0][0], r[1][0]))
    style = g.pick(["csv", "csv", "plus", "psql"])
    if style == "csv":
        table_csv(doc, cols, rows, g.pick([";", ","]))
    else:
        table_ruled(doc, cols, rows, style)
    md = g.person()
    doc.f("\nEncaminhamentos desta semana: «n» («c»), médico do trabalho da «e».\n", n=P(md.full), c=(g.council("CRM"), "PROFESSIONAL_ID"),
          e=g.pick(INDUSTRIAL)[0])
    if g.chance(0.5):
        doc.f("Faltou 2x sem avisar: «n». Ligar no «t».\n", n=P(g.person().first), t=(g.phone("par"), "PHONE_NUMBER"))
    return doc


def sa_vacinacao(g: Gen) -> Doc:
    """The industrial laundry's vaccination list (hepatitis B, dT, influenza): CPF, CNS, birth date, lots not labelled; nurse and physician."""
    doc = Doc()
    ind, iraz, idom = g.pick(INDUSTRIAL)
    uf = g.pick(UFS)
    nu = g.person(True)
    md = g.person()
    doc.f("«i» — CONTROLE DE VACINAÇÃO DOS COLABORADORES (NR-32) — «s»\nAtualizado em «d»\n\n", i=ind.upper(), s=g.pick(["área suja", "área limpa", "todas as áreas", "motoristas e coleta"]),
          d=g.date("br"))
    rows = []
    for _ in range(g.ri(6, 8)):
        p = g.person()
        vac, doses = g.pick([("Hepatite B", ["1ª", "2ª", "3ª"]), ("Hepatite B", ["1ª", "2ª", "3ª"]), ("dT", ["reforço", "1ª", "2ª", "3ª"]),
                             ("Influenza", ["dose anual"]), ("Tríplice viral", ["1ª", "2ª"]), ("Covid-19", ["reforço"])])
        dose = g.pick(doses)
        lot = g.pick([f"{g.up(2)}{g.d(4)}", f"{g.d(3)}{g.up(1)}{g.d(2)}", f"L{g.d(5)}-{g.up(1)}"])
        rows.append([P(g.pick([p.full, p.capsf, p.short])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"),
                     (g.cns(g.chance(0.4)), "BR_CNS") if g.chance(0.7) else V("—"), (g.dob("br", 1962, 2006), "DATE_OF_BIRTH"),
                     V(vac), V(dose), V(lot), V(g.date("short"))])
    table_ruled(doc, ["nome", "CPF", "CNS", "nascimento", "vacina", "dose", "lote", "aplicação"], rows, g.pick(["plus", "plain", "md", "pipe"]))
    pend = [g.person() for _ in range(g.ri(0, 2))]
    doc.t("\nPendentes anti-HBs: ")
    for k, p in enumerate(pend):
        if k:
            doc.t(", ")
        doc.e(g.pick([p.first, p.short]), "PERSON")
    doc.t("\n")
    doc.f("Vacinação: «n», «c» · PCMSO: «m», «k»\n", n=P(nu.full), c=(g.council("COREN", uf), "PROFESSIONAL_ID"), m=P(md.full), k=(g.council("CRM", uf), "PROFESSIONAL_ID"))
    return doc


SA = [sa_aso, sa_ccih, sa_dermatite, sa_cat, sa_zap_atestados, sa_fisio_agenda, sa_vacinacao]


# --------------------------------------------------------------------------- financeiro


def fi_folha(g: Gen) -> Doc:
    """A laundry's payroll (Markdown or ruled): CPF, PIS, unhealthy-work bonus, bank agency and account or a Pix key; owner and accountant."""
    doc = Doc()
    fan, raz, dom = laundry_employer(g)
    uf = g.pick(UFS)
    mon = g.ri(1, 12)
    doc.f("FOLHA DE PAGAMENTO — «r» — CNPJ «c» — competência «m»/«y»\n\n", r=raz, c=(g.any_cnpj(), "BR_CNPJ"), m=f"{mon:02d}", y=g.pick([2025, 2026]))
    rows = []
    tot = 0.0
    for _ in range(g.ri(5, 7)):
        p = g.person(female=g.chance(0.7))
        func = g.pick(["passadeira", "lavadeira", "aux. lavanderia", "costureira", "atendente", "tintureira", "operadora extratora"] if p.female else
                      ["passador", "aux. lavanderia", "motorista", "tintureiro", "operador extratora", "atendente"])
        base = float(g.pick([1518, 1580, 1650, 1720, 1850, 2100, 2300]))
        ins = round(1518 * g.pick([0.2, 0.4]), 2)
        liq = round((base + ins) * 0.89, 2)
        tot += liq
        if g.chance(0.65):
            dest = [V(g.pick(BANKS)[0]), (g.agency(), "BANK_ACCOUNT"), (g.account(), "BANK_ACCOUNT")]
        else:
            kind, kv = pix_key(g, p)
            dest = [V("Pix " + kind), V("—"), kv]
        rows.append([P(g.pick([p.full, p.short, p.capsf])), (g.cpf(g.pick(["dot", "raw"])), "BR_CPF"), (g.pis(), "BR_PIS"), V(func), V(brl(base)), V(brl(ins)),
                     V(brl(liq))] + dest)
    table_ruled(doc, ["colaborador", "CPF", "PIS", "função", "salário", "insalub.", "líquido", "banco", "agência", "conta / chave Pix"], rows, g.pick(["md", "plus", "psql"]))
    own = g.person()
    ac = g.person()
    doc.f("\nTotal líquido: R$ «t»\nAprovado por «o» (sócio«x») em «d».\nContabilidade: «a» — «c»\n", t=brl(tot), o=P(g.pick([own.full, own.short])),
          x="a" if own.female else "", d=g.date("br"), a=P(ac.full), c=(g.council("CRC", uf), "PROFESSIONAL_ID"))
    if g.chance(0.4):
        doc.f("Obs.: «n» pediu adiantamento de R$ «v»; descontar no dia 20.\n", n=P(g.person().first), v=brl(g.ri(2, 8) * 100.0))
    elif g.chance(0.4):
        doc.f("Obs.: «w»\n", w=word_neg(g))
    return doc


def fi_nfe(g: Gen) -> Doc:
    """A DANFE-like invoice from an industrial laundry to a hotel (CNPJs, access key, the truck's plate, the housekeeping contact) and the month's list."""
    doc = Doc()
    ind, iraz, idom = g.pick(INDUSTRIAL)
    hot, hdom = g.pick(HOTELS)
    ct = g.person(True)
    uf = g.pick(UFS)
    doc.t("DANFE — DOCUMENTO AUXILIAR DA NOTA FISCAL ELETRÔNICA\n")
    doc.f("Nº «n»  SÉRIE «s»  0 - ENTRADA / 1 - SAÍDA: 1\nCHAVE DE ACESSO\n«k»\n\n", n=f"{g.d(3)}.{g.d(3)}", s=g.ri(1, 3), k=chave_nfe(g))
    doc.f("EMITENTE: «r»\nCNPJ: «c»   IE: «ie»\n«a»\n\n", r=iraz.upper(), c=(g.any_cnpj(), "BR_CNPJ"), ie=g.neg(12), a=company_addr(g))
    doc.f("DESTINATÁRIO: «r»\nCNPJ: «c»\nDATA DE EMISSÃO: «d»\n\n", r=fold(hot + " Empreendimentos Hoteleiros Ltda.").upper(), c=(g.any_cnpj(), "BR_CNPJ"),
          d=g.date("br"))
    items = [("Locação de enxoval — lençol casal percal 200 fios", "pç"), ("Lavagem de roupa de hóspede", "kg"), ("Lavagem e calandragem de enxoval", "kg"),
             ("Higienização de cortinas", "m²"), ("Toalha de banho felpuda (reposição)", "pç"), ("Uniformes de governança", "pç")]
    rows = []
    tot = 0.0
    for desc, un in g.sample(items, g.ri(2, 4)):
        q = g.ri(40, 2400)
        pu = g.ri(180, 1400) / 100
        tot += q * pu
        rows.append([V(desc), V(un), V(num(q, 0)), V(brl(pu)), V(brl(q * pu))])
    table_ruled(doc, ["descrição", "un", "qtd", "v. unit.", "v. total"], rows, g.pick(["plus", "plain"]))
    doc.f("VALOR TOTAL DA NOTA: R$ «t»\n\nTRANSPORTADOR: o próprio emitente — VEÍCULO PLACA «p» UF «u»\n", t=brl(tot), p=(g.plate(), "LICENSE_PLATE"), u=uf)
    doc.f("DADOS ADICIONAIS: A/C «n» (governança) — «e» — «t». Pagamento por boleto («l») ou depósito: «b», ag. «ag», c/c «ac».\n\n",
          n=P(g.pick([ct.full, ct.short])), e=(corp_mail(ct, hdom, g), "EMAIL_ADDRESS"), t=(g.phone(g.pick(["par", "plain"]), mobile=g.chance(0.4)), "PHONE_NUMBER"),
          l=linha_boleto(g), b=g.pick(BANKS)[1], ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.t("RELAÇÃO DE NOTAS DO MÊS (clientes hoteleiros)\n")
    rows = []
    for h, d in g.sample(HOTELS, g.ri(3, 4)):
        p = g.person()
        rows.append([V(h), (g.any_cnpj(), "BR_CNPJ"), V(g.d(6)), V(brl(g.ri(3, 60) * 1000 + g.ri(0, 99) / 100)),
                     P(g.pick([p.full, p.short])) if g.chance(0.7) else V(g.pick(["governança", "compras", "financeiro"]))])
    table_ruled(doc, ["cliente", "CNPJ", "NF", "valor (R$)", "contato"], rows, g.pick(["psql", "pipe", "md"]))
    return doc


def fi_royalties(g: Gen) -> Doc:
    """A franchisee's royalty statement (unit CNPJ, franchisee and CPF, revenue, royalties, the debit account, the analyst) and the franchisee's e-mail."""
    doc = Doc()
    frn, fraz, fdom = g.pick(FRANCHISORS)
    fz = g.person()
    an = g.person(female=g.chance(0.6))
    city, uf = g.city()
    mon = g.ri(1, 12)
    yr = g.pick([2025, 2026])
    fat = g.ri(40, 260) * 1000 + g.ri(0, 999) + g.ri(0, 99) / 100
    rp, fp = g.pick([5, 6, 7]), g.pick([1, 2])
    doc.f("«f» — DEMONSTRATIVO DE ROYALTIES — «m»/«y»\n\n", f=frn.upper(), m=f"{mon:02d}", y=yr)
    fields = [("Unidade", V(f"{frn} {city}")), ("CNPJ", (g.any_cnpj(), "BR_CNPJ")), ("Franqueado(a)", P(fz.full)), ("CPF", (g.cpf(), "BR_CPF")),
              ("Celular", (g.phone(), "PHONE_NUMBER")),
              ("Faturamento bruto (PDV)", V("R$ " + brl(fat))), (f"Royalties ({rp}%)", V("R$ " + brl(fat * rp / 100))),
              (f"Fundo de propaganda ({fp}%)", V("R$ " + brl(fat * fp / 100))), ("Taxa de tecnologia", V("R$ " + brl(float(g.pick([290, 350, 420]))))),
              ("Débito em", V(f"{g.ri(5, 15):02d}/{(mon % 12) + 1:02d}/{yr}")), ("Conta de débito — agência", (g.agency(), "BANK_ACCOUNT")),
              ("Conta de débito — conta", (g.account(), "BANK_ACCOUNT"))]
    kv_block(doc, fields, g.pick(["dots", "box", "plain"]))
    doc.f("\nAnalista responsável: «n» — «e» — «t»\n\n", n=P(an.full), e=(corp_mail(an, fdom, g), "EMAIL_ADDRESS"),
          t=(g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER"))
    fm = g.email(fz)
    t = g.moment()
    doc.f("-----Mensagem original-----\nDe: «n» <«e»>\nEnviada em: «d»\nPara: «r»\nX-Originating-IP: [«ip»]\nAssunto: contestação royalties «m»/«y»\n\n",
          n=P(g.pick([fz.full, fz.low])), e=(fm, "EMAIL_ADDRESS"), d=mail_date(t), r=role_mail(g, fdom, "royalties"), ip=(g.ip(), "IP_ADDRESS"), m=f"{mon:02d}", y=yr)
    doc.f("Olá «a», o faturamento do PDV inclui R$ «v» de indenização que paguei «x»«c» (peça perdida), não é receita. "
          "Peço o recálculo. Meu celular é «t».\n«n»\n", a=P(an.first), v=brl(g.ri(3, 30) * 100.0),
          **(dict(x="", c=g.pick([V("a uma cliente"), V("a um cliente pelo JEC")])) if g.chance(0.5) else dict(x="à cliente ", c=P(g.person(True).full))),
          t=(g.phone(), "PHONE_NUMBER"), n=P(fz.first))
    return doc


def fi_chargeback(g: Gen) -> Doc:
    """A card acquirer's chargeback report to a laundry or shoe-repair shop (full or masked cards, holders) and the shop's defence."""
    doc = Doc()
    acq = g.pick(ACQUIRERS)
    fan, raz, dom, _ = shop(g)
    cnpj = g.any_cnpj()
    doc.f("«a» — AVISO DE CHARGEBACK\nEstabelecimento: «r» — CNPJ «c» — EC «ec»\n\n", a=acq.upper(), r=raz, c=(cnpj, "BR_CNPJ"), ec=g.d(10))
    rows = []
    first = None
    for _ in range(g.ri(4, 6)):
        p = g.person()
        first = first or p
        full = g.chance(0.7)
        t = g.moment()
        rows.append([V(ts(t, "sql")), V(g.d(6)), V(g.hexs(6, True)), (g.card(g.chance(0.5)), "CREDIT_CARD") if full else V(g.masked_card()),
                     P(g.pick([p.capsf, cut(p.capsf, 22)])) if g.chance(0.7) else V(""), V(brl(g.ri(25, 900) + g.pick([0.0, 0.5, 0.9]))),
                     V(g.pick(["4837 - não reconhece", "4853 - serviço não prestado", "10.4 - fraude", "13.1 - mercadoria não recebida", "4834 - duplicidade"])),
                     V(dbr(g.after(t.date(), 20, 45)))])
    style = g.pick(["csv", "plus", "psql", "jsonl"])
    cols = ["data_venda", "nsu", "autorizacao", "cartao", "portador", "valor", "motivo", "prazo_defesa"]
    if style == "jsonl":
        for r in rows:
            jval(doc, {k: (v, lab) if lab else v for k, (v, lab) in zip(cols, r)}, None)
            doc.t("\n")
    elif style == "csv":
        table_csv(doc, cols, rows, g.pick([";", ","]))
    else:
        table_ruled(doc, cols, rows, style)
    own = g.person()
    doc.f("\nDEFESA — enviada por «n» («e»)\n", n=P(own.full), e=(g.email(own), "EMAIL_ADDRESS"))
    cli = first
    doc.f("Sobre a venda contestada de «n»: «x» assinou a comanda «k» na retirada, apresentando RG «rg»; anexamos foto da comanda e do documento. "
          "Contato d«o» cliente: «t». Pedimos a reversão.\n", n=P(g.pick([cli.full, cli.short])), x="a cliente" if cli.female else "o cliente", k=comanda(g),
          rg=(g.rg(), "BR_RG"), o="a" if cli.female else "o", t=(g.phone(), "PHONE_NUMBER"))
    if g.chance(0.4):
        doc.f("Terminal da loja: IP «ip» (rede interna).\n", ip=g.ip_priv())
    return doc


def fi_boleto_pix(g: Gen) -> Doc:
    """A chemicals or supplies supplier's e-mail with the boleto and a random Pix key, and the laundry's Pix receipt."""
    doc = Doc()
    sup, sdom, what = g.pick(SUPPLIERS)
    fan, raz, dom = laundry_employer(g)
    rep = g.person()
    buyer = g.person()
    t = g.moment()
    key = g.uuid()
    val = g.ri(8, 120) * 100 + g.ri(0, 99) / 100
    scnpj = g.any_cnpj()
    nf = g.d(6)
    doc.f("De: «n» <«e»>\nPara: «b» <«be»>\nCc: «r»\nData: «d»\nAssunto: NF «nf» — «w»\n\n", n=P(rep.full), e=(corp_mail(rep, sdom, g), "EMAIL_ADDRESS"),
          b=P(buyer.full), be=(corp_mail(buyer, dom, g), "EMAIL_ADDRESS"), r=role_mail(g, dom, g.pick(["financeiro", "compras"])), d=mail_date(t),
          nf=nf, w=what)
    doc.f("Bom dia, «x». Segue o boleto da NF «nf» (R$ «v», vencimento «vd»):\n«l»\n\nSe preferir Pix, chave aleatória da «s» (CNPJ «c»): «k»\n\n"
          "Qualquer dúvida, meu celular «t».\n«n»\n«s»\n\n", x=P(buyer.first), nf=nf, v=brl(val), vd=dbr(g.after(t.date(), 10, 30)), l=linha_boleto(g),
          s=sup, c=(scnpj, "BR_CNPJ"), k=(key, "PIX_KEY"), t=(g.phone(g.pick(["par", "plus"])), "PHONE_NUMBER"), n=P(rep.short))
    t2 = t + datetime.timedelta(days=g.ri(1, 15))
    doc.t("--- anexo: comprovante ---\nCOMPROVANTE DE TRANSFERÊNCIA PIX\n")
    payer = [("Pagador", V(raz)), ("CNPJ", (g.any_cnpj(), "BR_CNPJ"))] if g.chance(0.6) else \
        [("Pagador", P(buyer.full)), ("CPF", (g.cpf(), "BR_CPF") if g.chance(0.4) else V(f"***.{g.d(3)}.{g.d(3)}-**"))]
    fields = [("Data/hora", V(ts(t2, "brs"))), ("Valor", V("R$ " + brl(val)))] + payer + \
        [("Instituição", V(g.pick(BANKS)[1])), ("Agência", (g.agency(), "BANK_ACCOUNT")), ("Conta", (g.account(), "BANK_ACCOUNT")),
         ("Recebedor", V(sup)), ("CNPJ recebedor", (scnpj, "BR_CNPJ")), ("Chave", (key, "PIX_KEY")), ("ID da transação", V(e2e(g, t2)))]
    kv_block(doc, fields, g.pick(["plain", "dots"]))
    return doc


def fi_cobranca(g: Gen) -> Doc:
    """A collection message to a client (e-mail, SMS or WhatsApp): unpaid service, garments left over 90 days, random Pix key, boleto, the client's reply."""
    doc = Doc()
    fan, raz, dom, skind = shop(g, ("bairro", "franquia", "tinturaria", "costura", "sapataria"))
    c = g.person()
    col = g.person(True)
    val = g.ri(35, 600) + g.pick([0.0, 0.5, 0.9])
    kind = g.pick(["email", "zap", "sms"])
    if kind == "email":
        t = g.moment()
        doc.f("De: «f» <«r»>\nPara: «e»\nData: «d»\nAssunto: Aviso de débito e peças aguardando retirada\n\n", f=fan, r=role_mail(g, dom, "cobranca"),
              e=(g.email(c), "EMAIL_ADDRESS"), d=mail_date(t))
        doc.f("Prezad«o» «n» (CPF «c»),\n\nConsta em aberto o valor de R$ «v» referente à comanda «k» (peças: «p»). As peças estão na loja desde «dd»; "
              "após 90 dias serão doadas, conforme o aviso da comanda.\n", o=c.o, n=P(c.full), c=(g.cpf(), "BR_CPF"), v=brl(val), k=comanda(g),
              p=", ".join(g.sample(SHOE_ITEMS if skind == "sapataria" else GARMENTS, 2)), dd=dbr(t.date() - datetime.timedelta(days=g.ri(60, 200))))
        doc.f("Pague pelo Pix (chave aleatória «k») ou pelo boleto «l».\nNotificação também enviada por carta para «a», CEP «cep».\n\n",
              k=(g.uuid(), "PIX_KEY"), l=linha_boleto(g), a=(g.address(), "ADDRESS"), cep=(g.cep(), "BR_CEP"))
        doc.f("«n» — setor de cobrança — «t»\n", n=P(col.full), t=(g.phone("par", mobile=g.chance(0.5)), "PHONE_NUMBER"))
        if g.chance(0.6):
            doc.f("\n> Em resposta:\n> Isso é «x» «n». Não tenho nada com isso. Meu telefone novo é «t».\n",
                  x="da minha ex-mulher" if not c.female else "do meu ex-marido", n=P(g.spouse(c).full), t=(g.phone(), "PHONE_NUMBER"))
    elif kind == "zap":
        st = chat_stamp(g.pick(["ios", "and"]))
        tt = iter(seq_times(g, 10, g.moment(), 60, 20000))
        cc = P(g.pick([c.first, c.short])) if g.chance(0.5) else (g.phone("wa"), "PHONE_NUMBER")
        doc.f("Conversa do WhatsApp com «n»\n\n", n=cc)
        me = V("Você")
        cl(doc, st(next(tt)), me, "olá «n», aqui é «x» «da» «f». «g» da comanda «k» tá pront«a» há «d» dias e ficou r$ «v» em aberto 🙂", n=P(lower(c.first)),
           x=P(lower(col.first)), da=da(fan), f=lower(fan), g=o_(gar := garment(g, skind)), a="a" if fem_garment(gar) else "o", k=comanda(g), d=g.ri(30, 150), v=brl(val))
        cl(doc, st(next(tt)), cc, "nossa esqueci totalmente. pode mandar o pix?")
        cl(doc, st(next(tt)), me, "chave aleatória «k» — em nome da «r»", k=(g.uuid(), "PIX_KEY"), r=raz)
        if g.chance(0.5):
            cl(doc, st(next(tt)), cc, "paguei. quem vai buscar é «n», cpf «c»", n=P(lower(g.relative(c).full)), c=(g.cpf(), "BR_CPF"))
        else:
            cl(doc, st(next(tt)), cc, "entrega em casa? «a» cep «p»", a=(g.address("low"), "ADDRESS"), p=(g.cep(), "BR_CEP"))
            cl(doc, st(next(tt)), me, "entrega amanhã à tarde. pra nota fiscal, seu cpf?")
            cl(doc, st(next(tt)), cc, "«c»", c=(g.cpf(), "BR_CPF"))
        cl(doc, st(next(tt)), me, g.pick(["combinado!", "obrigada 🙏", "anotado"]))
    else:
        for _ in range(g.ri(2, 3)):
            p = g.person()
            doc.f("SMS para «t» · «d»\n«f»: «n», sua peca (comanda «k») aguarda retirada. Debito R$ «v». Pix: «x». Duvidas: «c»\n\n",
                  t=(g.phone(g.pick(["e164", "raw"])), "PHONE_NUMBER"), d=ts(g.moment(), "br"), f=fold(fan).upper(), n=P(fold(p.first).upper()),
                  k=comanda(g), v=brl(g.ri(20, 300) + 0.0), x=(g.uuid(), "PIX_KEY"), c="0800 " + g.d(3) + " " + g.d(4) if g.chance(0.5) else "whatsapp da loja")
        doc.f("(disparo autorizado por «n», cobrança)\n", n=P(col.full))
    return doc


def fi_trct(g: Gen) -> Doc:
    """A laundry worker's termination statement (TRCT): employer CNPJ, the worker (CPF, PIS, birth date, mother, address, CEP), sums, account, HR, union."""
    doc = Doc()
    fan, raz, dom = laundry_employer(g)
    w = g.person(female=g.chance(0.7))
    hr = g.person(True)
    un = g.person()
    doc.f("TERMO DE RESCISÃO DO CONTRATO DE TRABALHO\n\nEMPREGADOR: «r» — CNPJ «c»\n«a»\n\n", r=raz, c=(g.any_cnpj(), "BR_CNPJ"), a=company_addr(g))
    fields = [("Trabalhador(a)", P(g.pick([w.full, w.caps]))), ("CPF", (g.cpf(), "BR_CPF")), ("PIS/PASEP", (g.pis(), "BR_PIS")),
              ("Nascimento", (g.dob("br", 1960, 2005), "DATE_OF_BIRTH")), ("Nome da mãe", P(g.relative(w, True).full)),
              ("Endereço", (g.address(), "ADDRESS")), ("CEP", (g.cep(), "BR_CEP")), ("Celular", (g.phone(), "PHONE_NUMBER")),
              ("CTPS", V(ctps(g, g.pick(UFS)))), ("Função", V(g.pick(["passadeira", "lavadeira", "auxiliar de lavanderia", "costureira"]) if w.female else
                                                              g.pick(["passador", "operador de lavadora", "motorista de coleta", "tintureiro"]))),
              ("Admissão", V(g.date("br", g.ri(2016, 2023)))), ("Afastamento", V(dbr(af := g.day()))),
              ("Causa", V(g.pick(["dispensa sem justa causa", "pedido de demissão", "acordo (art. 484-A da CLT)", "término de contrato de experiência"])))]
    if g.chance(0.5):
        fields.insert(3, ("Título de eleitor", (g.titulo(), "BR_TITULO_ELEITOR")))
    if g.chance(0.4):
        fields.insert(8, ("E-mail", (g.email(w), "EMAIL_ADDRESS")))
    kv_block(doc, fields, g.pick(["plain", "dots", "box"]))
    rows = []
    tot = 0.0
    for lab in g.sample(["Saldo de salário", "Adicional de insalubridade", "Aviso prévio indenizado", "13º proporcional", "Férias vencidas + 1/3",
                         "Férias proporcionais + 1/3", "Horas extras", "Multa art. 477"], g.ri(4, 6)):
        val = g.ri(150, 3800) + g.pick([0.0, 0.33, 0.5, 0.87])
        tot += val
        rows.append([V(lab), V(brl(val))])
    table_ruled(doc, ["verba", "valor (R$)"], rows, g.pick(["plus", "plain"]))
    doc.f("\nTotal bruto: R$ «t». Depósito em «d»: «b», agência «ag», conta «ac».\n\n", t=brl(tot), d=dbr(g.after(af, 1, 10)), b=g.pick(BANKS)[1],
          ag=(g.agency(), "BANK_ACCOUNT"), ac=(g.account(), "BANK_ACCOUNT"))
    doc.f("«h» — Departamento Pessoal — «e»\nAssistência: «u», «s» de «c»\n", h=P(hr.full), e=(corp_mail(hr, dom, g), "EMAIL_ADDRESS"), u=P(un.full),
          s=g.pick(UNIONS), c=g.city()[0])
    return doc


FI = [fi_folha, fi_nfe, fi_royalties, fi_chargeback, fi_boleto_pix, fi_cobranca, fi_trct]


TEMPLATES = {"atendimento": AT, "juridico": JU, "saude": SA, "financeiro": FI}

# --------------------------------------------------------------------------- self-checks

CPF_LIKE = re.compile(r"(?<![\d.\-/])(\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?!\d)")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|-\d)(/\d+)?")
RUN11 = re.compile(r"(?<![\d.\-/])(\d[\d.\-]{9,14}\d)(?!\d|[.\-/]\d)")
RUN12 = re.compile(r"(?<!\d)\d{12}(?!\d)")
RUN15 = re.compile(r"(?<!\d)\d{15}(?!\d)")
RUN16 = re.compile(r"(?<!\d)(?:\d{4}[ .-]?){3}\d{4}(?!\d)")
PLATE = re.compile(r"\b(?:[A-Z]{3}-?\d{4}|[A-Z]{3}\d[A-Z]\d{2})\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
ROLE_RE = re.compile(r"(%s)@" % "|".join(re.escape(b) for b in ROLE_BOXES), re.I)


def bad_run(s: str) -> bool:
    """True when a CPF-, PIS-, CNH-, título-, CNS- or card-shaped run in s passes its check (used to draw hard negatives)."""
    for m in CPF_LIKE.finditer(s):
        if cpf_ok(re.sub(r"\D", "", m.group(1))):
            return True
    for m in RUN11.finditer(s):
        raw = re.sub(r"\D", "", m.group(1))
        if len(raw) == 11 and (cpf_ok(raw) or pis_dv(raw[:10]) == raw[10] or cnh_dv(raw[:9]) == raw[9:]):
            return True
    for m in RUN12.finditer(s):
        v = m.group(0)
        if 1 <= int(v[8:10]) <= 28 and titulo_dv(v[:8], v[8:10]) == v[10:]:
            return True
    if any(cns_ok(m.group(0)) for m in RUN15.finditer(s)):
        return True
    return any(luhn_ok(re.sub(r"\D", "", m.group(0))) for m in RUN16.finditer(s))


def digits_of(v: str) -> str:
    """Digits of a value, spoken digits ('sete dois ...') included."""
    return re.sub(r"\D", "", re.sub(r"[a-z]+", lambda m: str(NUM_WORDS.index(m.group(0))) if m.group(0) in NUM_WORDS else m.group(0), v))


def check(record: dict) -> None:
    text, last, rid = record["text"], 0, record["id"]
    for s in record["spans"]:
        assert last <= s["start"] < s["end"] <= len(text), (rid, s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (rid, s, v)
        last = s["end"]
        lab = s["label"]
        dg = digits_of(v)
        if lab == "BR_CPF":
            assert cpf_ok(dg), (rid, v)
        elif lab == "CREDIT_CARD":
            assert len(dg) in (15, 16) and luhn_ok(dg), (rid, v)
        elif lab == "BR_CNS":
            assert cns_ok(dg), (rid, v)
        elif lab == "BR_CNPJ":
            raw = re.sub(r"[^0-9A-Z]", "", v)
            assert len(raw) == 14 and cnpj_dv(raw[:12]) == raw[12:], (rid, v)
        elif lab == "BR_PIS":
            assert len(dg) == 11 and pis_dv(dg[:10]) == dg[10], (rid, v)
        elif lab == "BR_CNH":
            assert len(dg) == 11 and cnh_dv(dg[:9]) == dg[9:], (rid, v)
        elif lab == "BR_TITULO_ELEITOR":
            assert len(dg) == 12 and titulo_dv(dg[:8], dg[8:10]) == dg[10:], (rid, v)
        elif lab == "BR_RG":
            raw = re.sub(r"[^0-9X]", "", v)
            assert len(raw) == 9 and rg_dv(raw[:8]) == raw[8], (rid, v)
        elif lab == "PIX_KEY":
            uuid.UUID(v)
        elif lab == "BR_CEP":
            assert len(dg) == 8, (rid, v)
        elif lab == "PHONE_NUMBER":
            assert 10 <= len(dg) <= 13, (rid, v)
        elif lab == "PERSON":
            assert not re.match(r"(?i)(sr|sra|dr|dra|dona|seu|d|doutora?|prof|profa|enf|sd|cb)\.?\s", v), (rid, v)
            assert not re.search(r"[1-9@_|/]", v), (rid, v)  # an OCR "0" for "O" may stand in a name
        elif lab == "EMAIL_ADDRESS":
            assert EMAIL.fullmatch(v), (rid, v)
            assert not ROLE_RE.match(v), (rid, v)
        elif lab == "IP_ADDRESS":
            assert is_public(v), (rid, v)
        elif lab == "LICENSE_PLATE":
            assert PLATE.fullmatch(v), (rid, v)
        elif lab == "DATE_OF_BIRTH":
            assert re.search(r"\d", v), (rid, v)
        elif lab == "ADDRESS":
            assert re.search(r"(?i)\d|s/n|\bsn\b|sem numero", v), (rid, v)
        elif lab == "BANK_ACCOUNT":
            assert re.fullmatch(r"[\dX-]+", v), (rid, v)
        elif lab == "PROFESSIONAL_ID":
            assert re.match(r"(CRM|COREN|OAB|CRC|CREFITO|CRQ)(?![A-Z])", v), (rid, v)
        else:
            raise AssertionError((rid, lab))
    covered = [(s["start"], s["end"]) for s in record["spans"]]

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    for m in CPF_LIKE.finditer(text):
        if free(m):
            assert not cpf_ok(re.sub(r"\D", "", m.group(1))), (rid, "unlabelled valid CPF", m.group(1))
    for m in RUN11.finditer(text):
        raw = re.sub(r"\D", "", m.group(1))
        if free(m) and len(raw) == 11:
            assert pis_dv(raw[:10]) != raw[10] and cnh_dv(raw[:9]) != raw[9:], (rid, "unlabelled PIS/CNH-valid run", m.group(1))
    for m in RUN12.finditer(text):
        v = m.group(0)
        if free(m) and 1 <= int(v[8:10]) <= 28:
            assert titulo_dv(v[:8], v[8:10]) != v[10:], (rid, "unlabelled título-valid run", v)
    for m in RUN15.finditer(text):
        if free(m):
            assert not cns_ok(m.group(0)), (rid, "unlabelled CNS-valid run", m.group(0))
    for m in RUN16.finditer(text):
        if free(m):
            assert not luhn_ok(re.sub(r"\D", "", m.group(0))), (rid, "unlabelled Luhn-valid run", m.group(0))
    for m in IPV4.finditer(text):
        if free(m) and not m.group(5):
            assert not is_public(".".join(m.groups()[:4])), (rid, "unlabelled public IP", m.group(0))
    for m in re.finditer(r"(?<![\w:])2[0-9a-f]{3}:[0-9a-f:]+", text):
        assert not free(m), (rid, "unlabelled IPv6", m.group(0))
    for m in PLATE.finditer(text):
        assert not free(m), (rid, "unlabelled plate-shaped token", m.group(0))
    for m in EMAIL.finditer(text):
        if free(m):
            assert ROLE_RE.match(m.group(0)), (rid, "unlabelled personal e-mail", m.group(0))
    for m in re.finditer(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", text):
        assert not free(m), (rid, "unlabelled lower-case UUID (only Pix keys are written so)", m.group(0))


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
    common = {fold(w).lower() for name in COMMON_F + COMMON_M + PT_SUR + WORD_F + WORD_M + WORD_SUR + SUFFIXES for w in re.findall(r"[\w'-]+", name)}
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
    print("hundrednineteenth", len(records), "records,", n, "gold spans")
    for label, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {label:18s} {c:5d}  {100 * c / n:5.1f}%")
    print(f"  rare/invented share of PERSON name words: {100 * rare_share(records):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
