"""Street addresses: street type + name + number + complement.

"Rua Dr. João Silva, 123, apto 45" is one ADDRESS span; the person's name inside it is
part of the address (the person-name detector skips names right after a street type).
A neighbourhood introduced right after the number ("…, 385, Conjunto Santa Maria") is part
of the span; city and state are not: on their own they do not single out a person.

Residences without a street number count too: a unit in its place ("Conjunto Habitacional
Jardim Alvorada, bloco 10, apto 304", "Quadra 5 Lote 12"), and rural properties and roads
("Sítio Flor da Serra, Estrada Municipal TOT-256, km 5", "Colônia Entre Rios, lote 51",
"Linha Schmidt, s/n") when they hold a unit or a residence word or label precedes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from afinar.privacy.folding import ContextWindow, keyword_pattern
from afinar.privacy.keywords import STATE_CODES
from afinar.privacy.registry import Detector, register_detector
from afinar.privacy.span import Span
from afinar.privacy.tables import aligned_header_at, cell_at, key_words

_STREET_TYPE = (
    r"(?:(?i:rua|r\.|avenida|av\.?|travessa|tv\.|trav\.|alameda|al\.|pra[çc]a|p[çc]a\.?|p[çc]\."
    r"|rodovia|rod\.|estrada|estr\.|largo|lgo\.|viela|beco|ladeira|servid[ãa]o"
    # (the sertão's "estrada de rodagem", said short: "Rodagem do Riacho Fundo, km 27")
    r"|passagem|psg\.|vila|quadra|qd\.|setor|conjunto|residencial|condom[íi]nio|rodagem)"
    # "Via Tiradentes, 857": capitalised only, "via Pix", "via Correios" are no streets
    r"|Via|VIA)"
)
# Where a street type starts, searched in the folded (lower-case, accent-free) text: one
# case-sensitive scan finds the few offsets at which the two address patterns are tried,
# instead of two case-insensitive scans of the whole text.
_STREET_START = re.compile(
    r"(?<![\w])(?:rua|r\.|avenida|av\.?|travessa|tv\.|trav\.|alameda|al\.|praca|pca\.?|pc\."
    r"|rodovia|rod\.|estrada|estr\.|largo|lgo\.|viela|beco|ladeira|servidao"
    r"|passagem|psg\.|vila|quadra|qd\.|setor|conjunto|residencial|condominio|via|rodagem"
    r"|sqs|sqn|sqsw|sqnw|shis|shin|shcgn|scln|scls|cln|cls|clsw|qn[mnldabjgopr]|qs[a-f]?|q[reil]|cn[ab]|cs[bg]|shvp)\s"
)
# "às 7h", "as 19:30": a number after "às" with an hour's mark is a time
_AT_AN_HOUR = re.compile(r"(?<![\w])as[ \t]+\d{1,2}$")
_HOUR_AFTER = re.compile(r"(?:h|:\d{2})(?![\w])")
_PARTICLE = r"(?:d[aeo]s?|de|del|e|d')"  # (Spanish "del": "Rua Luz del Fuego")
# A dot ends a word of up to four letters ("Dr.", "Eng.", "Prof.") or sits inside one
# ("Sto.André"); after a longer word it is a full stop: "loja da Rua Augusta. Ligar".
_CAP_WORD = (
    # ("S/N" after the name is its number, not a word: "RUA MAL DEODORO S/N")
    r"(?:[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’-]{0,3}\.|[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’-]*(?:\.[\wÀ-ÖØ-öø-ÿ'’-]+)*(?!/)"
    r"|\d{1,2}\s+(?:de|DE)(?=\s+[A-ZÀ-Þ])"
    # Goiânia's and planned towns' coded streets ("Rua C-211") and coded roads ("Estrada
    # Municipal TOT-256", "Rodovia SP-330")
    r"|[A-Z]{1,4}-\d{1,4}(?![\w-])"
    # a word elided into "d'", as places are named: "Olho d'Água", "Pau d'Alho"
    r"|[dD]['’][A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’-]*)"
)
_NUMBER = (  # a number on the street's line, not a date ("… Vila Esperança 17/06/2023"); deeds
    # write thousands with a dot ("Av. Halfeld, 2.077")
    # (or in the next field of a record split by bars: "RUA IRMA DULCE|2540|CASA 9")
    # (an age is no house number: "JUN ESTRADA HUANG, 47 anos")
    r"(?:[,|]?[ \t]*(?:(?i:n[º°o.]?)[ \t]*|(?i:número)[ \t]*)?(?:(?:[1-9]\d?\.\d{3}|\d{1,5}(?!\d))(?:-?[A-Za-z])?(?![\d.,]\d|/\d)"
    r"(?![ \t]+anos(?![\w]))"
    # (nor a phone's area code after a neighbourhood's name, the phone split as phones are:
    # "Conjunto Bento Ribeiro  35 98734-7095"; a CEP or a code in the next column is no phone:
    # "RUA SETE DE SETEMBRO, 1982\t43197131")
    r"(?![ \t]+(?:9\d{4}|[2-5]\d{3})-\d{4}(?!\d)|[ \t]+9\d{4}[ ]\d{4}(?!\d))"
    r"|(?i:s/n)[º°]?|(?i:sem[ \t]+n[úu]mero)(?![\w])))"
)
_COMPLEMENT_WORD = (
    r"(?i:apto?\.?|apartamento|ap\.?|bloco|bl\.?|casa|cs|sala|sl\.?|conj(?:unto)?\.?|cj\.?|pnr|quarto"
    r"|loja|lj\.?|andar|lote|lt\.?|quadra|qd\.?|torre|unidade|km|box|kitnet|kitinete|quitinete|cobertura"
    # a numbered smallholding or shed on a road: "Rodovia MG-050, km 204, chácara 4", "…, galpão 2"
    r"|ch[áa]cara(?=[ \t]*\d)|galp[ãa]o|barrac[ãa]o"
    # a shack in an informal settlement, numbered: "Rodovia Beira Rio, nº 2995 barraco 3"
    r"|barraco(?=[ \t]*\d))"
)
# words that are the whole complement, with no number or letter of their own: "fundos Vila
# Rosa" is the back of the house, then the neighbourhood
_COMPLEMENT_ALONE = (
    # (a numbered kitnet or penthouse is a unit: "kitnet 3", "cobertura 2")
    r"(?i:fundos|fundo|fds?|altos|t[ée]rreo|sobrado|sobreloja|mezanino|subsolo"
    r"|(?:kitnet|kitinete|quitinete|cobertura)(?![ \t]*\d)|interior"
    r"|zona[ \t]+rural|casa[ \t]+de[ \t]+(?:madeira|alvenaria|taipa|barro)|casa[ \t]+dos[ \t]+fundos|palafita"
    # a landmark that tells the postman which house: "nº 409 - próximo ao trapiche"
    r"|(?:pr[óo]xim[oa]|perto|em[ \t]+frente|ao[ \t]+lado)(?:[ \t]+(?:a|ao|aos|à|às|d[aeo]s?))?"
    r"(?:[ \t]+(?!(?i:cep)(?![\w]))[\wÀ-ÖØ-öø-ÿ'’-]+){1,3}?"
    r'(?=[ \t]*(?:[,;()"\n\t]|[ ]{2}|$)|[ \t]+e[ \t]))'
)
# after a comma or a dash, en dash included ("ALAMEDA DANTE ALIGHIERI, 1476 – CASA 6")
# a unit's number may carry a thousands dot: "apto 1.101"
_COMPLEMENT = (
    # a whole word: "casados" is no "casa"
    rf"(?:[ \t]*[,;–—-]?[ \t]*(?:{_COMPLEMENT_ALONE}(?![\w])"
    rf"|{_COMPLEMENT_WORD}(?![a-zà-öø-ÿA-ZÀ-ÖØ-Þ])[ \t]*(?:n[º°o.]?[ \t]*)?"
    # its value, not the CEP that comes next ("casa 9\t46213-354", "fundos cep 94292247")
    r"(?:\d{1,2}\.\d{3}(?![\d.,]\d)|(?!\d{5}-?\d{3}(?!\d)|(?i:cep)(?![\w]))[\w-]*)"
    # a floor, its ordinal first: "2º andar", "10º ANDAR", "3o pavimento"
    r"|\d{1,2}[º°ªo]?[ \t]*(?i:andar|pavimento)(?![\w])"
    # a house's letter alone after a comma or a dash, where the part ends: "Rua Treze de Maio
    # 29, A, São Bento", "Praça Rio Branco, nº 201 - A"
    r"|(?:(?<=[,–—-])|(?<=[,–—-][ \t]))[A-H](?=[ \t]*(?:[,;\n]|$|[ \t]-[ \t]))"
    # a regularised settlement's block and lot in short: "Rua da Luz, 971 Q33 L41", "Rua
    # Dois, 76 - QJ L5", "beco da luz 541 qb l32"
    r"|[Qq][A-Za-z0-9]{1,3}[ \t]+[Ll][ \t]?\d{1,3}(?![\w])"
    # the condominium the house is in: "cond. Jardim Aurora, casa 62"
    r"|(?i:cond\.|condom[íi]nio)[ \t]+[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’-]*(?:[ \t]+(?:d[aeo]s?[ \t]+)?[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’-]*){0,3}))"
)
# or in brackets: "Avenida Madre Paulina, 2281 (fundos)", "(casa 2)"
_BRACKETED = rf"(?:[ \t]*\([ \t]*(?:{_COMPLEMENT_WORD}|{_COMPLEMENT_ALONE})[^()\n]{{0,20}}\))"
# A unit in place of the house number, which says that people live there: "Conjunto
# Habitacional Jardim Alvorada, bloco 10, apto 304", "Condomínio Solar, casa 12". A
# kilometre is not one: "Rodovia Anhanguera, km 23" is a place on a highway.
_UNIT = (
    r"(?:[ \t]*[,;–—-]?[ \t]*(?i:ap(?:to?|artamento)?\.?|bloco|bl\.?|casa|lote|lt\.?|quadra|qd\.?)"
    r"[ \t]*(?:(?i:n)[º°o.]?[ \t]*)?(?:\d{1,2}\.\d{3}|\d{1,4}[A-Za-z]?|[A-Z])(?![\w]|[.,]\d))"
)
_HOUSE_NOTE = re.compile(
    r"[ \t]*\((?i:port[ãa]o|casa|fundos|frente|sobrado|pr[ée]dio|muro|ao lado|pr[oó]xim[oa]|perto|em frente"
    r"|esquina|campainha|interfone|entrada)[^()\n]{0,30}\)")
_KM = r"(?:[ \t]*[,;–—-]?[ \t]*(?i:km)[ \t]*\d{1,4}(?:[.,]\d{1,3})?(?![\w]))"
_SN = r"(?:[ \t]*,?[ \t]*(?:(?i:s/n)[º°]?|(?i:sem[ \t]+n[úu]mero))(?![\w]))"
_EXPLICIT_NUMBER = r"(?:[ \t]*,?[ \t]*(?i:n[º°]|número)[ \t]*\d{1,5}(?![\d.,]\d|/\d))"
_BLOCK_OR_LOT = re.compile(r"(?<![\w])(?i:quadra|qd\.?|lote|lt\.?)[ \t]*\d")
# A block and lot in place of a house number: "Rua C-211, Qd. 536, Lt. 11, nº 1622"
_BLOCK_AND_LOT = r"(?:,?[ \t]*(?i:qd\.?|quadra|lt\.?|lote)[ \t]*\d{1,4}[A-Za-z]?(?![\w]))"
# A street whose name ends with a number ("Rua Projetada 4", "Rua 10"), its house number
# after a comma: "Rua Projetada 4, nº 1964", "Rodovia Projetada 4, 525"
# (not an amount's cents: "Condomínio Edifício Dona Rosa   527,64" is a bill's line)
_NAME_NUMBER = (
    r"(?:[ \t]+\d{1,3}(?!,\d{2}(?![\d.,]))(?=[ \t]*,[ \t]*(?:(?:(?i:n[º°o.]?|número)[ \t]*)?[1-9]|(?i:s/n)))"
    # an unnamed street's number, the house number right after it: "R. Projetada 7 1723"
    r"|(?<=[Pp]rojetad[ao]|PROJETAD[AO])[ \t]+\d{1,3}(?=[ \t]+[1-9]\d{0,4}(?!\d|[.,/]\d)))"
)
# the street's own number (or block and lot), as opposed to a unit in its place
_HOUSE_NUMBER = re.compile(rf"{_NUMBER}|{_BLOCK_AND_LOT}")
_BRASILIA_SECTOR = (
    "SQS|SQN|SQSW|SQNW|SHIS|SHIN|SHCGN|SCLN|SCLS|CLN|CLS|CLSW|QNM|QNN|QNL|QND|QNA|QNB|QNJ|QNG"
    "|QSA|QSB|QSC|QSD|QSE|QSF|CNB|CNA|CSB|CSG|SHVP"
    # the satellite towns' blocks: "QR 385 Conjunto 17 Casa 19" (Samambaia), "QE 40" (Guará),
    # "QI 25" (Taguatinga), "QNO", "QNP", "QNR" (Ceilândia); a complement must follow
    "|QR|QE|QI|QL|QS|QNO|QNP|QNR"
)
# A neighbourhood named right after the number ("…, 385, Conjunto Santa Maria") is taken
# whole: cut after "Santa", the rest ("Maria") would read as a person once the address
# is replaced. Its words carry no dots, so "Vila Maloca. Cartão SUS" stops at "Maloca".
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’-]*"
_NEIGHBOURHOOD = (
    r"(?:[ \t]*[,;–—-]?[ \t]*(?i:conjunto|conj\.|vila|jardim|jd\.|parque|pq\.|residencial"
    r"|loteamento|setor|n[úu]cleo|ch[áa]cara)"
    rf"[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{0,4}})"
)

_SHORT_TYPE_START = re.compile(r"(?<![\w.])(?:r|al|tv|trav|estr|est|rod|pca|pc|av|vl|serv|bc)[ \t]+[a-z]")
# an address named before a street written in short: "end", "end.", "endereço", "mora em"
_SHORT_CONTEXT = keyword_pattern(["end", "end.", "ender", "endereco", "mora", "moro", "mora em",
                                  "reside", "residente", "entrega", "entregar", "domicilio",
                                  # a utility's installation, a home: "Encontrei a instalação R
                                  # SANTA RITA S/N", "a luz da casa dela na r santa rita 374"
                                  "instalacao", "casa", "imovel", "residencia",
                                  # where a courier stands: "to na r ipiranga 524?"
                                  "to na", "estou na", "fica na", "fica no",
                                  # a form's or a report's field: "Logradouro:", "LOCAL:"
                                  "logradouro", "lograd", "local"])
# its CEP after it on the line, or on the next (a letter's address block)
_CEP_AFTER = re.compile(r"[^\n]{0,40}?(?:\n[^\n]{0,40}?)?(?<![\w])cep(?![\w])")
_ADDRESS_KEYWORDS = keyword_pattern(
    ["moro", "mora", "moramos", "reside", "residente", "residencia", "endereco", "domiciliado",
     "domiciliada", "situado", "situada", "localizado", "localizada", "entrega", "entregar",
     "cep", "sediada", "sediado", "na"]
)

# A street without a number names a place ("no cruzamento da Avenida Rebouças com a Rua
# Marechal Deodoro", "fugiu em direção à Rua Augusta", "Local: Residencial Anita
# Garibaldi"), not where someone lives, unless one of these words before it says that
# someone lives or receives things there ("moro na Rua Augusta", "Endereço: Rua …").
# a longer label of the address on its line: "Endereço atual dele no processo: Rodovia BA-099 km 241"
_ADDRESS_LABEL = re.compile(r"(?:^|\n|[.!?][ \t])[ \t]*endereco[^:\n\d]{0,40}:[ \t]*$")
# (not "moradores": "Associação de Moradores da Vila Amado" names a body)
_RESIDENCE_KEYWORDS = keyword_pattern(
    ["moro", "mora", "moramos", "moram", "morador", "moradora", "reside", "residente", "residentes",
     "residencia", "endereco", "domiciliado", "domiciliada", "domiciliados", "domiciliadas", "domicilio", "entrega",
     "entregar", "cep", "imovel", "end", "end.", "logradouro"]
)
# The block of a letter's or parcel's addressee: "DESTINATÁRIO: RENATO BARROS\nCONJUNTO …",
# "REMETENTE\nBENEDITO AZEVEDO\nSÍTIO BOA ESPERANÇA, …" (a label opening one of the two
# lines above the address)
_RECIPIENT_LABEL = re.compile(r"[ \t]*(?:destinatari[oa]|remetente|recebedor)\b")
# Rural properties and roads, where a street type is missing: "Sítio Flor da Serra",
# "Colônia Entre Rios", "Linha Schmidt" (a rural road of the South), "Chácara Recanto"
_RURAL_TYPE = (
    # (and the Northeast's hamlets, creeks and communities: "Povoado Cajueiro, casa 84", "Córrego
    # Olho d'Água, s/n", "Comunidade Quilombola Córrego do Rocha, casa 41")
    r"(?i:s[íi]tio|ch[áa]cara|fazenda|col[ôo]nia|linha|granja|est[âa]ncia|assentamento|gleba|povoado|c[óo]rrego"
    r"|comunidade)"
)
# the property the family lives on, after the road and its kilometre: "Estrada Vicinal
# LMG-295, km 15, Sítio Flor do Campo"
_PROPERTY_AFTER_ROAD = re.compile(
    # (a hamlet or a community after the road is where it runs, not the home: "Picada Café,
    # Lote 90, Povoado Leão", "LINHA BORTOLINI, KM 9, Comunidade Linha Bonita")
    rf"[ \t]*[,–—-][ \t]*(?i:s[íi]tio|ch[áa]cara|fazenda|col[ôo]nia|linha|granja|est[âa]ncia|assentamento|gleba)[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}){{0,4}}"
)
# ... or its numbered unit: "Rodovia MG-050, km 204, chácara 4", "Ramal Tiradentes, km 32, casa 4"
_HOME_ON_ROAD = re.compile(r"[ \t]*[,;–—-]?[ \t]*(?i:ch[áa]cara|galp[ãa]o|barrac[ãa]o|casa|apto?\.?)[ \t]*(?:n[º°o.]?[ \t]*)?\d")
_RURAL_START = re.compile(
    r"(?<![\w])(?:sitio|chacara|fazenda|colonia|linha|granja|estancia|assentamento|gleba|povoado|corrego|comunidade)[ \t]"
)
# A property (not a road or a settlement) is placed by its kilometre: "Sítio Bonfim, Estrada
# Municipal TOT-212, km 17"; "Linha Amarela, km 5" is a highway.
# capitalised: "ramal 2758" is a phone's extension
_RURAL_ROAD = (r"(?:Linha|LINHA|Ramal|RAMAL|Travess[ãa]o|TRAVESS[ÃA]O|Corredor|CORREDOR|Estrada|ESTRADA|Rodovia|RODOVIA"
               r"|Vicinal|VICINAL|Picada|PICADA"  # "Vicinal 12, s/n", "Picada Café, km 14"
               r"|Rodagem|RODAGEM"  # "Rodagem do Cacimbão, km 17, casa 8"
               r"|Rod\.|ROD\.)")  # "Rod. PE-015, km 13"
_RURAL_ROAD_START = re.compile(r"(?<![\w])(?:linha|ramal|travessao|corredor|estrada|rodovia|rod\.|vicinal|picada|rodagem)[ \t]")
# the farm or smallholding on the road, named before it: "Sítio Bela Vista — Linha 171, …"
_PROPERTY_BEFORE = re.compile(r"(?i:s[íi]tio|ch[áa]cara|fazenda|granja|est[âa]ncia|lote|propriedade)[^\n]{0,50}$")
_HOSPITALITY = re.compile(r"(?<![\w])(?:hotel|pousada|resort|restaurante|pesqueiro|parque|camping|haras)[^\n]{0,50}$")
_PROPERTY = re.compile(r"(?i:s[íi]tio|ch[áa]cara|fazenda|granja|est[âa]ncia)")
# a cemetery's name on the line before a block and a lot: the grave's, no one's home
_CEMETERY_BEFORE = re.compile(r"(?<![\w])(?:cemiterio|necropole|jazigo|columbario|campo santo)[^\n]{0,60}$")
# A street without a number right after a business or public unit names where the
# business is, not where someone lives: "na loja da Rua Augusta", "UBS Vila Nova".
_BUSINESS_BEFORE = re.compile(
    r"(?<![\w])(?:loja|unidade|agencia|filial|shopping|posto|ubs|upa|escritorio|sede|fabrica"
    r"|clinica|hospital|forum|predio|edificio|hotel|pousada|restaurante|empresa)(?:[ \t]+(?:d[aeo]s?|na|no))?[ \t]*$"
)

# Street addresses abroad: English-speaking ones number first ("233 Queen's Park Road",
# "Apt 28, 345 Maple Crescent", "#209 - 283 Kingsway", "Unit 1/467 Grove Park"), German ones
# after ("Lindenstraße 363", "Kastanienallee 99"), Spanish, Catalan, Maltese and Italian
# ones with their street word ("Carrer de Verdi 349, 4º D", "Flat 4, 343 Triq Santa Rita")
_FOREIGN_STREET_WORD = re.compile(
    r"(?:Road|Street|Avenue|Ave|Crescent|Lane|Drive|Park|Place|Boulevard|Terrace|Close|Court|Square)(?![\w])"
    r"|[a-z]way(?![\w])|(?:straße|strasse|allee|gasse)[ \t]+\d|Carrer |Calle |Triq |Via |Viale |Rue ")
_FOREIGN_STREET = re.compile(
    r"(?<![\w#])(?:(?:Apt|Flat|Unit|Suite)\.?[ \t]*(?:[\w-]{1,6},[ \t]+)?)?#?\d{1,5}[A-Za-z]?(?:[ \t]*[-/][ \t]*\d{1,5})?[ \t]+"
    r"(?:(?:[A-Z][\w'’]*[ \t]+){0,3}(?:Road|Rd|Street|St|Avenue|Ave|Crescent|Lane|Drive|Park|Place|Boulevard|Blvd"
    r"|Terrace|Close|Court|Square)(?![\w])|[A-Z][a-z]+way(?![\w])|(?:Triq|Via|Rue)[ \t]+(?:[A-Z][\w'’]*[ \t]*){1,3})"
    r"|(?<![\w])[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|allee|gasse|weg|platz)[ \t]+\d{1,4}[a-z]?(?![\w])"
    r"|(?<![\w])(?:Carrer|Calle|Via|Viale|Rue)[ \t]+(?:(?:de|del|dels|de la|di|della|des|du)[ \t]+)?"
    r"[A-ZÀ-Þ][\w'’]*(?:[ \t]+[A-ZÀ-Þ][\w'’]*){0,3},?[ \t]+\d{1,4}(?:,[ \t]*\d{1,2}[º°ª]?[ \t]*[A-Z0-9]{1,2}(?![\w]))?"
)


# The seat of a company or an association, numbered or not, is where a legal entity is,
# not where a person lives: "reuniram-se na sede social, Rua Getúlio Vargas, 1200",
# "com sede na Av. Paulista, 1000"
_SEAT_BEFORE = re.compile(
    r"(?<![\w])(?:sede(?:[ \t]+social)?|sediad[ao])(?:[ \t]*[,:])?(?:[ \t]+(?:na|no|em|a|à))?[ \t]*\(?[ \t]*$"
    # a professional's office under the signature or after the lawyer's name: "OAB/GO
    # 144381\nEscritório: Av. …", "(OAB/RJ nº 48.484), com escritório na Av. Paulista, 1000"
    r"|(?<![\w])escritorio[ \t]*:[ \t]*$"
    r"|(?<![\w])com[ \t]+(?:escritorio(?:[ \t]+profissional)?|endereco[ \t]+profissional)[ \t]+(?:na|no|em|a|à)[ \t]*$"
    # a form's field for a business's premises: "Endereço do estabelecimento: Rua X, 88"
    # (or said: "o endereço da clínica é rua castro alves, 150")
    r"|(?<![\w])endereco[ \t]+d[ao][ \t]+(?:estabelecimento|empresa|loja|filial|sede|unidade"
    r"|farmacia|drogaria|clinica|otica|consultorio|fornecedor|emitente)(?:[ \t]*:|[ \t]+e)?[ \t]*$"
    # a firm's record: "…Ltda., CNPJ …, estabelecida em Rua X, 41"; a store's field on a
    # credit form: "Loja: Rua X, 17"
    r"|(?<![\w])estabelecid[ao]s?[ \t]+(?:na|no|em|à|a)[ \t]*$"
    r"|(?<![\w])(?:loja|filial|unidade)[ \t]*:[ \t]*$"
    # where the professional saw the patient or the store is: "em consultório na Av. X,
    # 1500", "na loja da Travessa X, 41"
    r"|(?<![\w])(?:consultorio|clinica|otica)[ \t]+(?:na|no|em)[ \t]*$"
    r"|(?<![\w])(?:na|a|à)[ \t]+(?:loja|filial|agencia|unidade|otica)[ \t]+d[ao][ \t]*$"
    # a business's yard or shed where a thing was found: "indica pátio de oficina na Rua X, 166"
    r"|(?<![\w])(?:patio|galpao|deposito)(?:[ \t]+d[aeo][ \t]+(?:oficina|loja|guincho|remocao))?[ \t]+(?:na|no|em)[ \t]*$"
    r"|(?<![\w])(?:oficina|funilaria|borracharia)[ \t]+(?:mecanica[ \t]+)?(?:na|no)[ \t]*$"
    # the firm's own premises, said by it: "Box C01 no nosso galpão (Rodovia Anhanguera, km 23)"
    r"|(?<![\w])(?:noss[ao])[ \t]+(?:galpao|deposito|loja|sede|unidade|escritorio|filial|oficina)[ \t]*(?:\(|,|:|na|no|em)?[ \t]*$"
    # a branch named, its address in brackets: "na Loja Aeroporto Salgado Filho (Av. Severo
    # Dullius, 90010, Porto Alegre/RS)", "na Agência Boa Viagem (Av. …)"
    # (or unnamed: "pode passar aqui na loja (Rua da Aurora, 455)")
    r"|(?<![\w])(?:loja|agencia|filial|unidade|clinica|consultorio|otica)(?:[ \t]+[^\n()]{1,40})?[ \t]*\([ \t]*$"
)
# A letterhead's or a footer's address right after the firm's name or its CNPJ, split by a
# dash or a comma: "Gondim Gestão Condominial Ltda — Rua X, 3213", "CNPJ 06.769.730/0001-38
# — Rua …", "Laboratório São Bento — Vila …", "Clínica Santa Clara, Praça da Paz, 10"
_FIRM_BEFORE = re.compile(
    r"(?:(?<![\w])(?:ltda|me|epp|eireli|s/?a|s\.a\.|cia\.?|advogados|advocacia(?:[ \t]+\w+)?|associados"
    r"|filhos|condominiais|condominial|contabilidade|contabil|diagnosticos|clinicas|imobiliaria"
    r"|servicos|laboratorio(?:[ \t]+[^\W\d]+){1,3})"
    # (or a branch's name after them: "CNPJ … — Agência Boa Viagem — Av. …")
    r"|(?<![\w])(?:clinica|consultorio|laboratorio|escritorio|espaco|centro|loja|agencia|filial"
    # an optical store's or an eye clinic's letterhead: "ÓTICA ÍRIS — Rua …", "LUZ & FOCO
    # ÓTICAS — Av. …", "INSTITUTO CLEMENTE FALCÃO — Rua …", "OFTALMOCLÍNICA PAZ & LUZ — …"
    r"|oticas?|opticas?|instituto|oftalmoclinica"
    # a mover's or a self-storage's: "Depósito Luz Guarda-Volumes — Av. …", "Aurora Self
    # Storage — Rua …", "Box Lar Guarda-Móveis — Rua …"
    r"|deposito|guarda-moveis|guarda-volumes|storage|mudancas|transportes)(?:[ \t]+[^\n,—–]{1,40})?"
    r"|cnpj[ \t:.]*(?:n[º°o.]?[ \t]*)?[0-9A-Z]{2}\.?[0-9A-Z]{3}\.?[0-9A-Z]{3}/?[0-9A-Z]{4}-?\d{2})"
    r"[ \t]*[—–,·|-][ \t]*$"
)
# ... or on the line below the label of an invoice's issuer: "EMITENTE: LEAO ASSISTENCIA
# AUTORIZADA\nRua do Comércio, 783"
_ISSUER_ABOVE = re.compile(r"(?<![\w])(?:emitente|razao social|cedente)[ \t]*:[^\n]{2,60}\n[ \t]*$"
                           # ... or under a letterhead naming the firm's branch: "LEÃO
                           # LOCAÇÕES — Loja Rodoviária\nRua Prudente de Morais, 400"
                           r"|[ \t][—–-][ \t]+(?:loja|agencia|filial|unidade)[ \t]+[^\n—–]{2,50}\n[ \t]*$"
                           # ... or under a letterhead's line of the firm's name alone:
                           # "Instituto da Visão Rahal\nAlameda das Acácias, 70 · Uberlândia/MG"
                           r"|(?m:^)[ \t]*(?:instituto|clinica|oftalmoclinica|oftalmo|hospital|otica|optica"
                           r"|laboratorio|consultorio)[ \t]+[^\n:]{2,50}\n[ \t]*$")


# A firm's record: its CNPJ, maybe other fields of the firm on that line, and its address
# label there or on the next line: "CNPJ: 60.089.854/0001-18   End.: Av. das Palmeiras, 1200",
# "CNPJ: 24.503.345/0001-26   Inscr. municipal: 08840265\nEndereço: Avenida …"
# (a person's CNPJ in a sentence, "inscrita no CNPJ …, nascida em …\nEndereço:", is no firm's record)
_FIRM_FIELDS_BEFORE = re.compile(
    r"cnpj[ \t:.]*(?:n[º°o.]?[ \t]*)?[0-9a-z]{2}\.?[0-9a-z]{3}\.?[0-9a-z]{3}/?[0-9a-z]{4}-?\d{2}(?![\d])"
    r"(?:[ \t]+insc[^\n:]{0,20}:[ \t]*[\d./-]{4,20})?(?:[ \t]*\n|[ \t]{2,})[ \t]*(?:end\.?|endereco)[ \t]*:[ \t]*$"
)


_MONTH_AFTER = re.compile(r"[ \t]+de[ \t]+(?i:janeiro|fevereiro|mar[çc]o|abril|maio|junho|julho|agosto|setembro"
                          r"|outubro|novembro|dezembro)(?![\w])")
# a firm named, then where it is: "NA EMPRESA GUARDA BEM SELF STORAGE, SITUADA NA AV. …"
_SITUATED_FIRM = re.compile(r"(?<![\w])(?:empresa|ltda\.?|me|eireli|s/?a)(?![\w])[^\n]{0,60}situad[ao][ \t]+(?:na|no|em|à|a)[ \t]*$")


def _a_firms_address(context: ContextWindow, start: int) -> bool:
    """Whether the address at `start` is an entity's seat or a firm's premises by what
    stands before it (`_SEAT_BEFORE`, `_FIRM_BEFORE`, `_FIRM_FIELDS_BEFORE`, `_ISSUER_ABOVE`,
    `_in_a_firms_record`)."""
    return bool(_SEAT_BEFORE.search(context.before(start, 40)) or _FIRM_BEFORE.search(context.before(start, 60))
                or _FIRM_FIELDS_BEFORE.search(context.before(start, 140)) or _ISSUER_ABOVE.search(context.before(start, 90))
                or _SITUATED_FIRM.search(context.before(start, 120)) or _in_a_firms_record(context, start))


# A home under an address label or after "residente na" that the street patterns do not read,
# opening with a residence word and holding its number: a floating house, a hamlet's or a
# community's house ("Endereço ......... Casa flutuante nº 20, Marina do Davi", "residente e
# domiciliada na CASA FLUTUANTE Nº 44, LAGO DO CATALAO, ZONA RURAL", "end. Comunidade Nossa
# Senhora de Fátima, casa 34"); the value ends at the CEP, a dash, a cell's end, "zona rural"
# or a town with its state
_LABELLED_HOME = re.compile(
    r"(?:(?m:^)[ \t>|]*(?:(?i:endere[çc]o(?:[ \t]+residencial)?)[ \t]*(?:[:|]|\.{2,})|(?i:end\.)[ \t]*:?)[ \t.]*"
    r"|(?i:residente(?:[ \t]+e[ \t]+domiciliad[oa])?|domiciliad[oa]|citad[oa][ \t]+em[ \t]+sua[ \t]+resid[êe]ncia)"
    r"[ \t]*,?[ \t]*(?:(?i:n[ao]|em)[ \t]+)?)"
    r"(?P<value>[^\n|—–]{6,70}?)"
    r"(?=[ \t]*(?:[—–|]|,?[ \t]*(?i:cep)(?![\w])|,[ \t]*(?i:zona[ \t]+rural)|,[ \t]*[^\W\d_][^\n,/]{1,30}/[A-Z]{2}(?![\w])"
    r"|\n|$))")
_HOME_WORD_FIRST = re.compile(r"(?:casa flutuante|flutuante|comunidade|povoado|sitio|aldeia|palafita)(?![\w])")


# the address field of a record ("| ENDEREÇO | RUA …", "Endereço: Rua …") ...
# (maybe after other fields on its line: "CNAE: 4930-2/04 (…)   Endereço: Rodovia …")
_ADDRESS_FIELD_BEFORE = re.compile(r"(?:[^\n]*(?:[ ]{2,}|\t))?[ \t]*\|?[ \t]*(?:end\.?|endereco(?:[ \t]+\w+){0,2})[ \t]*[|:][ \t]*$")
_CELL_SPLIT = re.compile(r"[ ]{2,}|\t")
# ... in a block of fields that names a firm and no person
_FIRM_FIELDS = frozenset({"razao social", "cnpj", "nome fantasia", "fornecedor", "empresa", "estabelecimento",
                          "empregador", "emitente"})
_PERSON_FIELDS = frozenset({"cpf", "nome", "nome completo", "rg", "data de nascimento", "nascimento", "paciente",
                            "cliente", "consumidor"})


def _in_a_firms_record(context: ContextWindow, start: int) -> bool:
    """Whether the address at `start` is the value of an address field in a block of
    fields (a ruled box's rows, "Field: value" lines, up to a blank line) that has a firm's
    field (razão social, CNPJ) and no person's (CPF, nome, a birth date, anywhere in
    it): a supplier's box on a consumer-protection form, not a MEI's record."""
    folded = context.folded
    line_start = folded.rfind("\n", 0, start) + 1
    if not _ADDRESS_FIELD_BEFORE.fullmatch(folded, line_start, start):
        return False
    fields = [cell.split(":")[0].strip() for cell in _CELL_SPLIT.split(folded[line_start:start]) if ":" in cell]
    end = line_start - 1
    for _ in range(12):
        if end <= 0:
            break
        begin = folded.rfind("\n", 0, end) + 1
        line = folded[begin:end].strip()
        end = begin - 1
        if not line:
            break
        if not line.strip("+-=| "):
            continue  # a box's ruler
        if line.startswith("|"):
            fields.append(line.strip("| ").split("|")[0].strip())
        elif ":" in line:
            fields.extend(cell.split(":")[0].strip() for cell in _CELL_SPLIT.split(line) if ":" in cell)
        else:
            break  # the block's title
    return any(f in _FIRM_FIELDS for f in fields) and not any(f in _PERSON_FIELDS for f in fields) \
        and not _PERSONS_DATA.search(folded, end + 1, start)


# a person's data in the block: a MEI's owner ("Titular: Tomoko Bento Fujita · CPF … · nasc. …")
_PERSONS_DATA = re.compile(r"(?<![\w])(?:cpf|nasc\.?|nascimento|titular|rg)(?![\w])")


@register_detector
class AddressDetector(Detector):
    """Capitalised street names ("Av. Paulista, 1578, conj. 12") and, after an address
    word, informal lower-case ones ("moro na rua joão de barros 45")."""

    name = "address"
    labels = ("ADDRESS",)
    # The name's words stand on the street type's line: "CONTRATO DE LOCAÇÃO RESIDENCIAL\n\n
    # Pelo presente" is a title, "Saúde da Família Vila Esperança\n17/06/2023" a heading.
    _formal = re.compile(
        rf"(?<![\w]){_STREET_TYPE}[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}"
        # (an elided particle glued to the next word: "Rua Estrela d'Alva")
        rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+|d['’](?=[A-ZÀ-ÖØ-Þ]))?{_CAP_WORD}){{0,7}}"
        rf"(?P<number>(?:{_NAME_NUMBER}?{_NUMBER}|{_BLOCK_AND_LOT}+(?:,?{_NUMBER})?|{_UNIT}+(?:,?{_NUMBER})?)"
        rf"(?:{_NEIGHBOURHOOD}|{_COMPLEMENT}|{_BRACKETED})*)?"
    )
    _numbered = re.compile(
        r"(?<![\w])(?:Rua|RUA|R\.|Avenida|AVENIDA|Av\.?|AV\.?|Travessa|TRAVESSA|Tv\.|TV\.|Alameda|ALAMEDA|Al\.|AL\.)"
        r"[ \t]+\d{1,3}[ \t]*,[ \t]*"
        rf"(?:(?i:n[º°o.]?|número)[ \t]*)?(?:[1-9]\d?\.\d{{3}}|\d{{1,5}})(?![\d.,]\d|/\d)(?:{_COMPLEMENT}|{_BRACKETED})*"
        r"(?![ \t]*[a-zà-öø-ÿ])"  # "na Rua 3, 5 pessoas" counts people
    )
    # Brasília's addresses are codes of sector and block: "SQS 205, Bloco H, apto 603",
    # "QNM 34, Conjunto F, Casa 12"
    _brasilia = re.compile(  # a block code may follow the sector: "SHIS QI 5 Conjunto 9 Casa 11"
        rf"(?<![\w])(?:{_BRASILIA_SECTOR})(?:[ \t]+Q[A-Z]{{1,2}})?[ \t]+\d{{1,4}}(?:[ \t]*[A-Z](?![\w]))?"
        rf"(?:{_COMPLEMENT})+"
    )
    # "Quadra 5 Lote 12", "Qd. 14, Casa 3": a block and a unit, no street name
    _block_unit = re.compile(
        rf"(?<![\w])(?i:quadra|qd\.?)[ \t]*\d{{1,4}}[A-Za-z]?"
        rf"(?:[ \t]*,?[ \t]*(?i:lote|lt\.?|casa|conjunto|conj\.)[ \t]*\d{{1,4}}[A-Za-z]?(?![\w]))+"
        rf"(?:{_COMPLEMENT}|{_BRACKETED})*"
    )
    # rural properties and roads, maybe with the road that leads there: "Sítio Flor da
    # Serra, Estrada Municipal TOT-256, km 5", "LINHA SCHMIDT, S/N, INTERIOR"
    _rural = re.compile(
        rf"(?<![\w])(?P<type>{_RURAL_TYPE})[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}"
        rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}){{0,5}}"
        rf"(?:,[ \t]*{_STREET_TYPE}[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}"
        rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}){{0,5}}(?={_KM}|{_UNIT}|{_SN}|{_EXPLICIT_NUMBER}))?"
        rf"(?P<units>(?:{_EXPLICIT_NUMBER}|{_UNIT}|{_KM}|{_SN})*)(?:{_COMPLEMENT}|{_BRACKETED})*"
        # (the farm on it after its number: "Córrego Olho d'Água, s/n, Sítio dos Ipês")
        rf"(?:(?<=\S)[ \t]*,[ \t]*(?i:s[íi]tio|ch[áa]cara|fazenda)[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}"
        rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}){{0,4}})?"
    )
    # a rural road and the place on it a family lives at: "Linha 143, lote 84, gleba 02",
    # "Ramal Três Bocas, km 57", "Rodovia MS-061, km 32, lote 8", "TRAVESSAO LEOPOLDINA 774"
    # (the road's name may be a number or a state road's code)
    _rural_road = re.compile(
        rf"(?<![\w])(?P<type>{_RURAL_ROAD})[ \t]+(?P<name>[A-Z]{{2}}-\d{{2,3}}(?![\w-])|\d{{1,4}}(?![\d/.,]\d)"
        rf"|(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}){{0,4}})"
        rf"(?P<units>(?:[ \t]*,?[ \t]*(?i:n[º°o.]?[ \t]*)?(?i:km)[ \t]*\d{{1,4}}(?:[.,]\d{{1,3}})?(?![\w])"
        # (a lot or a tract after a dash, a tract by its letter: "km 724 - Gleba C", "KM 47 - LOTE 8")
        rf"|[ \t]*(?:,|[ \t][–—-])?[ \t]*(?i:lote|lt\.?|gleba|quadra|qd\.?)[ \t]*(?:n[º°o.]?[ \t]*)?(?:\d{{1,4}}[A-Za-z]?|[A-Z])(?![\w])"
        rf"|{_EXPLICIT_NUMBER}|[ \t]*,?[ \t]*\d{{1,5}}(?![.,]\d)(?=[ \t]*(?:[—–,;(\n]|$))"
        # no number, said so: "Ramal Boa Esperança, s/n"
        rf"|[ \t]*,?[ \t]*(?i:s/n[º°o]?|sem n[úu]mero)(?![\w]))+)"
        # the home on the road: "Ramal Tiradentes, km 32, casa 4", "…, km 34 altos" (not
        # ", zona rural": the area, as for a property)
        rf"(?:(?![ \t]*[,;–—-]?[ \t]*(?i:zona[ \t]+rural)){_COMPLEMENT})*"
    )

    # ... in lower case, its name words (or a road's code) then a kilometre, a lot or "s/n"
    _rural_road_lower = re.compile(
        r"(?:linha|ramal|estrada|rodovia)[ \t]+(?:[a-zà-öø-ÿ'-]+|[a-z]{2,3}-\d{2,3})(?:[ \t]+(?:[a-zà-öø-ÿ'-]+|[a-z]{2,3}-\d{2,3})){0,4}?"
        r"(?:[ \t]*(?:,|[ \t][–—-])?[ \t]*(?:km[ \t]*\d{1,4}(?:[.,]\d{1,3})?|(?:lote|lt\.?|gleba)[ \t]*(?:n[º°o.]?[ \t]*)?\d{1,4}[a-z]?"
        r"|gleba[ \t]+[a-z]|s/n|n[º°][ \t]*\d{1,5})(?![\w]))+"
        # (the house on it: "estrada linha ferraz, km 8, casa 1")
        r"(?:[ \t]*,?[ \t]*casa[ \t]*\d{1,4}(?![\w]))?"
    )
    # dictated, "sem número" for the house number: "moro na rua dom pedro ii sem número"
    _informal = re.compile(
        # (on one line: "no cartorio de vila velha⏎locutor 1: e o endereço" is a town, then a
        # transcript's speaker)
        rf"(?<![\w]){_STREET_TYPE}[ \t]+(?:[a-zà-öø-ÿ'.]+[ \t]+){{0,5}}?[a-zà-öø-ÿ'.]+,?[ \t]+"
        # a number before "/" and a digit is a date or a fraction: "a passagem de 03/01"
        rf"(?:(?:n[º°o.]?\s*)?\d{{1,5}}(?!\d)(?![.,/]\d)|sem[ \t]+n[úu]mero(?![\w])|s/?n(?![\w])){_COMPLEMENT}*"
    )
    # A notebook's or a chat list's field, in lower case and the street type cut short with
    # no dot, after a name and a dash or a comma: "- dona maricelia — r dos operarios 3496,
    # vila nova", "(DN 14/11/1952) - r prudente de morais 1601 casa 8", "acamado, r treze de
    # maio sn." The number (or "sn") must follow the street's lower-case words.
    _abbreviated_lower = re.compile(
        # (or a list's line opening with it, something else after a dash or a comma: "  tv
        # das nascentes 796 qd 3 lt 25 – tel …")
        # (or a chat's answer after its sender, a CSV's cell, "na"/"no" before it: "+55 67
        # 99680-1743: r duque de caxias 1052", ";av vereador romildo juca sn apto 608;", "meu
        # apartamento na estr das hortensias 190")
        # (or a taxi's ride and where it picks up: "corrida r chico mendes 2266 casa 7")
        r"(?:[ \t][-–—][ \t]|\),?[ \t]|,[ \t]|:[ \t]|;|(?<![\w])n[ao][ \t]|(?<![\w])corrida[ \t]"
        r"|(?m:^)[ \t]*(?=[a-z]+[ \t][^\n]*?\d[^\n]*?[ \t](?:[-–—]|,)))"
        r"(?P<street>(?:(?:r|tv|trav|al|av|estr|rod|pc)[ \t]+(?:[a-zà-öø-ÿ'-]+[ \t]+){1,6}?"
        rf"(?:\d{{1,5}}(?![\d.,/]\d)(?!\d)|s/?n(?![\w]))"
        # (a country road, its type cut short or not, placed by its kilometre: an answer in a
        # transcript, "b: est. da serra branca, km 40, casa 5", "munícipe: estr vicinal da serra
        # branca, km 11")
        r"|(?:est\.|estr\.?|estrada|rodagem|ramal|vicinal)[ \t]+(?:[a-zà-öø-ÿ'-]+[ \t]+){0,5}?[a-zà-öø-ÿ'-]+"
        rf",?[ \t]+km[ \t]*\d{{1,3}}(?![\d.,/]\d)(?!\d)){_COMPLEMENT}*)"
    )
    # A record's field for the street's name: NF-e's <xLgr>, eSocial's <dscLograd>, a JSON
    # "logradouro"; the street type, the number and the district have fields of their own
    _street_field = re.compile(
        r"<(?P<tag>[\w:.-]{0,30}(?i:lgr|lograd|logradouro|street)[\w.-]{0,20})>(?P<value>[^<>\n]{2,80})</(?P=tag)>"
        r"|[\"'](?P<key>[\w.-]{0,30}(?i:lgr|lograd|logradouro|street)[\w.-]{0,20})[\"'][ \t]*:[ \t]*[\"'](?P<json>[^\"'\n]{2,80})[\"']"
    )

    def detect(self, text: str, context: ContextWindow) -> Iterator[Span]:
        if _FOREIGN_STREET_WORD.search(text):
            # a home abroad, under an address label or after a residence word: "Endereço:
            # 233 Queen's Park Road, Brighton", "residente em 225 Commonwealth Ave"
            for match in _FOREIGN_STREET.finditer(text):
                if _lives_there(context, match.start()):
                    yield Span(match.start(), match.end(), "ADDRESS", 0.85, self.name)
        if "end" in context.folded or "resid" in context.folded:
            # a labelled home that opens with no street type: "Endereço: Casa flutuante nº 20,
            # Marina do Davi", "> end. Casa flutuante nº 17, Lago do Catalão, CEP …"
            for match in _LABELLED_HOME.finditer(text):
                value = match.group("value").rstrip(" \t,;.")
                folded_value = context.folded[match.start("value"):match.start("value") + len(value)]
                if _HOME_WORD_FIRST.match(folded_value) and any(c.isdigit() for c in value) \
                        and not _in_a_firms_record(context, match.start("value")):
                    yield Span(match.start("value"), match.start("value") + len(value), "ADDRESS", 0.9, self.name)
        if "-" in text:
            # a highway's code alone, then where on it the home is: "residente na BR-471, km 13",
            # "End.: RSC-176, lote 44" (with its type before it, `_rural_road` reads it)
            # (said to be a home, or a home on it; a kilometre alone in a table's address column
            # may be where a car broke down: "endereco_remocao … BR-288 KM 170")
            for match in _BARE_HIGHWAY.finditer(text):
                if _ROAD_WORD_BEFORE.search(context.folded, max(0, match.start() - 12), match.start()):
                    continue
                line = context.before(match.start(), 60).rsplit("\n", 1)[-1]  # (a header's "cep" above is no word of this line)
                said = _RESIDENCE_KEYWORDS.search(line[-30:]) or _ADDRESS_LABEL.search("\n" + line)
                if said or (_HOME_ON_A_HIGHWAY.search(match.group()) and _lives_there(context, match.start())):
                    yield Span(match.start(), match.end(), "ADDRESS", 0.85, self.name)
        for span in self._addresses(text, context):
            if _HOUR_AFTER.match(text, span.end) and _AT_AN_HOUR.search(context.folded, span.start, span.end):
                continue  # a time, not a house's number: "passa no condomínio às 7h"
            bar = text.find("|", span.start, span.end)
            if bar > span.start:
                # a record split by bars gives the street its own field, the number the next:
                # the street's field is the address ("…|RUA IRMA DULCE|2540|CASA 9|…")
                yield Span(span.start, span.start + len(text[span.start:bar].rstrip()), span.label, span.score,
                           span.detector)
                continue
            # a note on how to find the house, in brackets right after it, belongs to it:
            # "Rua X, 1729 casa 2 (portão verde)"
            note = _HOUSE_NOTE.match(text, span.end) if "(" in text else None
            yield Span(span.start, note.end(), span.label, span.score, span.detector) if note else span

    def _addresses(self, text: str, context: ContextWindow) -> Iterator[Span]:
        if ("lgr" in context.folded or "lograd" in context.folded or "street" in context.folded) and (
                "<" in text or '"' in text or "'" in text):
            yield from self._street_fields(text)
        if "<" in text and ("<numero>" in context.folded or "<complemento>" in context.folded):
            # an element holding the street, then its number's and complement's elements
            # ("<Endereco>Rua Santa Luzia</Endereco><Numero>894</Numero>"): the parts the street's
            # own span does not reach
            for street in _XML_STREET_ELEMENT.finditer(text):
                position = street.end()
                while (part := _NUMBER_OR_COMPLEMENT_FIELD.match(text, position)) is not None:
                    if part.group("value").strip():
                        yield Span(*part.span("value"), "ADDRESS", 0.85, self.name)
                    position = part.end()
        starts = [m.start() for m in _STREET_START.finditer(context.folded)]
        rural_starts = [m.start() for m in _RURAL_START.finditer(context.folded)]
        road_starts = [m.start() for m in _RURAL_ROAD_START.finditer(context.folded)]
        if not starts and not rural_starts and not road_starts:
            covered_early: list[tuple[int, int]] = []
            yield from self._lower_abbreviated_streets(text, covered_early)
            yield from self._short_streets(text, context, covered_early)
            return
        covered: list[tuple[int, int]] = []
        # Brasília's codes first: "QNM 39 Conjunto A, casa 10" holds a "Conjunto A, casa 10"
        # the street pattern would take alone; a street match inside one only lengthens it.
        sectors = {m.start(): _trim(text, m.start(), m.end())
                   for m in _matches_at(self._brasilia, text, starts)}
        for match in _matches_at(self._formal, text, starts):
            if _not_a_via(context, match):
                continue  # "VIA DO CLIENTE" (a receipt's copy), "Via pública": no number, no street
            inside = next((s for s, e in sectors.items() if s < match.start() < e), None)
            if inside is not None:
                sectors[inside] = max(sectors[inside], _trim(text, match.start(), match.end()))
                continue
            end = match.end()
            while end > match.start() and text[end - 1] in " ,.;-":
                end -= 1
            if match.group("number") and "  " in text[match.start():match.start("number") + 3] and _BOX_LABEL_AFTER.match(
                    text, match.end("number")):
                # a form's next box, numbered: "18 Bairro: Vila Esperança   19 Município: Caruaru";
                # under its own label the street is still one ("12 Logradouro: Rua X   13 Número: 38")
                if _STREET_LABEL_BEFORE.search(context.before(match.start(), 40)):
                    end = _trim(text, match.start(), match.start("number"))
                    covered.append((match.start(), end))
                    yield Span(match.start(), end, "ADDRESS", 0.65, self.name)
                continue
            if match.group("number") and _MONTH_AFTER.match(text, match.end("number")):
                continue  # a city's dateline: "Vila Velha, 6 de março de 2024"
            if match.group("number"):
                score = 0.9
                if _HOUSE_NUMBER.match(match.group("number")) is None and _BUSINESS_BEFORE.search(
                        context.before(match.start(), 30)):
                    score = 0.3  # "na loja do Condomínio Solar, bloco 2": a business's unit
                elif _a_firms_address(context, match.start()):
                    score = 0.3  # "reuniram-se na sede social, Rua X, 1200": an entity's seat
            elif _BUSINESS_BEFORE.search(context.before(match.start(), 30)) or _a_firms_address(context, match.start()):
                score = 0.3  # "retirar na loja da Rua Augusta": where a business is
            elif _lives_there(context, match.start()):
                score = 0.65  # "moro na Rua Augusta"
            else:
                score = 0.45  # a place: "no cruzamento da Avenida Rebouças com a Rua …"
            covered.append((match.start(), end))
            yield Span(match.start(), end, "ADDRESS", score, self.name)
        for match in _matches_at(self._numbered, text, starts):
            # a street named by a number, its house number after a comma: "Rua 29, nº 3579 -
            # lote 13", "AVENIDA 29, 1610, SALA 392"
            if any(s <= match.start() < e for s, e in covered):
                continue
            end = _trim(text, match.start(), match.end())
            seat = _a_firms_address(context, match.start())
            covered.append((match.start(), end))
            yield Span(match.start(), end, "ADDRESS", 0.3 if seat else 0.9, self.name)
        for start, end in sectors.items():
            if not any(s <= start < e for s, e in covered):
                covered.append((start, end))
                yield Span(start, end, "ADDRESS", 0.9, self.name)
        blocks: list[tuple[int, int]] = []
        for match in _matches_at(self._block_unit, text, starts):
            if _CEMETERY_BEFORE.search(context.before(match.start(), 70)):
                continue  # a grave's plot: "Cemitério da Paz, quadra 24, lote 740, gaveta 2"
            if not any(s <= match.start() < e for s, e in covered):
                end = _trim(text, match.start(), match.end())
                covered.append((match.start(), end))
                blocks.append((match.start(), end))
                yield Span(match.start(), end, "ADDRESS", 0.9, self.name)
        for match in _matches_at(self._rural, text, rural_starts):
            if any(s <= match.start() < e for s, e in covered):
                continue
            units = match.group("units")
            holds_unit = bool(units) and (
                bool(re.sub(_KM, "", units).strip(" \t,;–—-")) or bool(_PROPERTY.fullmatch(match.group("type")))
            )
            if _BUSINESS_BEFORE.search(context.before(match.start(), 30)):
                continue  # "Hotel Fazenda Vale do Sol, km 12": where a business is
            if holds_unit:
                score = 0.9
            elif match.group("type").lower()[:3] in ("pov", "cor", "cór", "com"):
                continue  # a hamlet, a creek, a community without a house: a place ("Comunidade São Bento")
            elif _lives_there(context, match.start()):
                score = 0.65  # "Imóvel: Fazenda Santa Rita", "reside no Sítio Bonfim"
            else:
                continue  # "Fazenda Nacional", "Linha Amarela": a name, not a residence
            end = _trim(text, match.start(), match.end())
            covered.append((match.start(), end))
            yield Span(match.start(), end, "ADDRESS", score, self.name)
        for start in road_starts:
            match = self._rural_road.match(text, start)
            if match is None:
                continue
            units = match.group("units").lower()
            lot = "lote" in units or "lt" in units or "gleba" in units
            if match.group("type").lower() == "ramal" and match.group("name").isdigit() and not lot and "km" not in units:
                continue  # "Ramal 2758": a phone's extension
            # the home's unit after the kilometre ("…, km 204, chácara 4", "…, km 65, sítio Boa
            # Vista") says that someone lives there, as a lot does
            farm = _PROPERTY_AFTER_ROAD.match(text, match.end())
            lot = lot or farm is not None or bool(_HOME_ON_ROAD.match(text, match.end("units")))
            km_only = "km" in units and not lot and not re.search(r"n[º°]|\d{1,5}\s*$", re.sub(r"km\s*[\d.,]+", "", units))
            if _a_firms_address(context, start) \
                    or re.match(r"[ \t]*\((?i:sede|matriz|filial)", text[match.end():match.end() + 12]):
                score = 0.3  # a firm's seat: "Endereço: Rodovia Anhanguera, km 98 (sede)"
            elif _HOSPITALITY.search(context.before(start, 60)):
                continue  # "Hotel Fazenda Vale do Sol, Rodovia SP-123, km 45": a business
            elif lot or _lives_there(context, start) or _PROPERTY_BEFORE.search(context.before(start, 60)):
                score = 0.9
            elif km_only:
                continue  # "no km 12 da Rodovia …": a place on a highway
            else:
                score = 0.6
            end = _trim(text, start, farm.end() if farm else match.end())
            covered.append((start, end))
            yield Span(start, end, "ADDRESS", score, self.name)
        for start in road_starts:
            if any(s <= start < e for s, e in covered) or not text[start].islower():
                continue
            match = self._rural_road_lower.match(text, start)
            if match is not None and (_lives_there(context, start) or _SHORT_CONTEXT.search(context.before(start, 40))):
                # typed in lower case after an address word: "residente na rodovia br-364, km
                # 526, lote 42", "mora na estrada vicinal vcl-040, km 35", "linha pinhal, s/n"
                end = _trim(text, start, match.end())
                covered.append((start, end))
                yield Span(start, end, "ADDRESS", 0.85, self.name)
        for match in _matches_at(self._informal, text, starts):
            if any(s <= match.start() < e for s, e in covered) or _not_a_via(context, match):
                continue
            if _BUSINESS_BEFORE.search(context.before(match.start(), 30)):
                continue  # "Posto Rodovia km 42": where a business is
            if _a_firms_address(context, match.start()):
                # "o endereço da clínica é rua castro alves, 150": a firm's, said
                covered.append((match.start(), match.end()))
                yield Span(match.start(), match.end(), "ADDRESS", 0.3, self.name)
                continue
            near = _ADDRESS_KEYWORDS.search(context.before(match.start(), 30))
            if not near and context.folded.startswith("passagem", match.start()):
                continue  # "o seguro cobre passagem de familiar só após 10 dias": a ticket
            score = 0.85 if near else 0.55
            before = text[max(0, match.start() - 2):match.start()]
            if before[-1:] in (";", "|") or before in (": ", ", ", "- "):
                score = max(score, 0.8)  # a record's field, a list's item: as `_abbreviated_lower` reads them
            if any(match.start() < s and e <= match.end() for s, e in blocks):
                # "largo santos dumont 1098 quadra 21, lote 12": the block and lot found on
                # their own are this street's complement, the whole as sure as they are
                score = 0.9
            covered.append((match.start(), match.end()))
            yield Span(match.start(), match.end(), "ADDRESS", score, self.name)
        yield from self._lower_abbreviated_streets(text, covered)
        yield from self._short_streets(text, context, covered)

    def _lower_abbreviated_streets(self, text: str, covered: list[tuple[int, int]]) -> Iterator[Span]:
        """Streets typed in lower case with the type cut short (`_abbreviated_lower`)."""
        if " - " in text or "— " in text or "– " in text or ", " in text or ": " in text or ";" in text \
                or " na " in text or " no " in text or "corrida " in text:
            for match in self._abbreviated_lower.finditer(text):
                if any(s <= match.start("street") < e for s, e in covered):
                    continue
                end = _trim(text, match.start("street"), match.end())
                covered.append((match.start("street"), end))
                # (a block and lot in it are as sure as they are found alone: the whole wins)
                score = 0.9 if _BLOCK_OR_LOT.search(text, match.start("street"), end) else 0.8
                yield Span(match.start("street"), end, "ADDRESS", score, self.name)

    def _street_cells(self, text: str, context: ContextWindow, covered: list[tuple[int, int]]) -> Iterator[Span]:
        """A street's name alone in a table's address column, its number in a column of its
        own: "NR_OS;…;LOGRADOURO;NUM;…" with "TV DOS COQUEIROS;3490" (a delimited or a
        blank-aligned table)."""
        for match in _CELL_STREET_START.finditer(context.folded):
            start = match.start()
            if any(s <= start < e for s, e in covered) or not _in_address_column(context, start):
                continue
            cell = cell_at(context, start)
            if cell is not None:
                end = cell.end
            else:
                gap = _CELL_GAP.search(text, start)
                line_end = text.find("\n", start)
                line_end = len(text) if line_end < 0 else line_end
                end = min(gap.start() if gap else line_end, line_end)
            end = _trim(text, start, end)
            if end - start >= 4:
                covered.append((start, end))
                yield Span(start, end, "ADDRESS", 0.85, self.name)

    def _short_streets(self, text: str, context: ContextWindow, covered: list[tuple[int, int]]) -> Iterator[Span]:
        """Streets whose type is written short, after an address word (`_short`); then
        street names alone in a table's address column (`_street_cells`)."""
        if _SHORT_TYPE_START.search(context.folded):
            for match in self._short.finditer(text):
                if any(s <= match.start() < e for s, e in covered):
                    continue
                # an address word before it, or its CEP after it on the line ("r rosa branca
                # sn casa 2 bela vista cep 82667-647")
                if _SHORT_CONTEXT.search(context.before(match.start(), 60)) or _CEP_AFTER.match(
                        context.folded, match.end()) or _in_address_column(context, match.start()):
                    end = _trim(text, match.start(), match.end())
                    covered.append((match.start(), end))
                    yield Span(match.start(), end, "ADDRESS", 0.9, self.name)
        yield from self._street_cells(text, context, covered)

    # hurried notes abbreviate the street type without its dot: "end p/ religar r doutor
    # bento arruda 1807", "isso, tv dos expedicionarios 2148" -- counted only after an
    # address word (`_SHORT_CONTEXT`), the name in lower case, then the number
    # -- or in title case, as a form normalises it ("Endereço atualizado para Tv Ministro
    # Aguiar Ramalho 2108 Apto 25", "R Padre Cicero 2800")
    _short = re.compile(
        # (a title cut short inside the name: "al cel. benevides catunda 1413")
        rf"(?<![\w.])(?:r|al|tv|trav|estr|est|rod|pca|pc|av|vl|serv|bc)[ \t]+(?:[a-zà-öø-ÿ'-]+\.?[ \t]+){{0,5}}?[a-zà-öø-ÿ'-]+,?[ \t]+"
        rf"(?:(?:n[º°o.]?[ \t]*)?\d{{1,5}}(?![\d.,]\d|/\d)|sn(?![\w])|s/n){_COMPLEMENT}*"
        rf"|(?<![\w.])(?:R|Al|Tv|Trav|Estr|Est|Rod|Pca|Pc|Av|Vl|Serv|Bc)[ \t]+(?:(?:{_PARTICLE}|[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ']+)[ \t]+){{0,5}}?"
        rf"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ']+,?[ \t]+"
        rf"(?:(?:n[º°o.]?[ \t]*)?\d{{1,5}}(?![\d.,]\d|/\d)|sn(?![\w])|s/n){_COMPLEMENT}*"
        # -- or in capitals, as registries (CadÚnico, police reports) export it: "R MARECHAL
        # DEODORO, 3888", "TV BEIRA RIO, 781 LOTE 22 QUADRA E", "R PROJETADA 4, 3127 QD 2"
        rf"|(?<![\w.])(?:R|AL|TV|TRAV|ESTR|EST|ROD|PCA|PC|AV|VL|SERV|BC)[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'-]*"
        rf"(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'-]*|\d{{1,3}})){{0,5}}?,?[ \t]+"
        rf"(?:(?:N[º°O.]?[ \t]*)?\d{{1,5}}(?![\d.,]\d|/\d)|SN(?![\w])|S/N){_COMPLEMENT}*"
    )

    def _street_fields(self, text: str) -> Iterator[Span]:
        """The values of records' street-name fields (`_street_field`)."""
        for match in self._street_field.finditer(text):
            group = "value" if match.group("tag") else "json"
            words = key_words((match.group("tag") or match.group("key")).rsplit(":", 1)[-1]).split()
            if not any(w in _STREET_KEY_WORDS for w in words) or not all(
                    w in _STREET_KEY_WORDS or w in _STREET_KEY_QUALIFIERS for w in words):
                continue
            start, end = match.span(group)
            while start < end and text[start] in " \t":
                start += 1
            end = _trim(text, start, end)
            if not any(c.isalpha() for c in text[start:end]):
                continue
            # the record's party is a firm ("<xNome>ROSA MOVEIS LTDA</xNome><enderEmit>…"):
            # its address is its seat, not where a person lives
            party = None
            for party in _PARTY_NAME.finditer(text, max(0, start - 300), start):
                pass
            firm = party is not None and _FIRM_SUFFIX.search(party.group("name"))
            yield Span(start, end, "ADDRESS", 0.3 if firm else 0.9, self.name)


# An XML element whose text is a street, its type first: "<Endereco>Rua Santa Luzia</Endereco>"
_XML_STREET_ELEMENT = re.compile(rf"<(?P<tag>[\w:.-]{{1,40}})>(?P<street>{_STREET_TYPE}[ \t][^<>\n]{{1,80}})</(?P=tag)>")
# An element right after a street's: its number or complement (NFS-e's "Numero"; not NF-e's
# "nro", which the sets leave out of the address)
_NUMBER_OR_COMPLEMENT_FIELD = re.compile(
    r"\s*<(?P<tag>(?:[\w.-]+:)?(?:Numero|numero|NUMERO|Complemento|complemento|COMPLEMENTO))>"
    r"(?P<value>[^<>\n]{1,40})</(?P=tag)>")
# A record's party's name element, and the legal suffixes of a firm's name
_PARTY_NAME = re.compile(r"<(?:[\w.-]+:)?(?:xNome|nome|nmTrab|razaoSocial|name)>(?P<name>[^<>\n]{1,120})<")
_FIRM_SUFFIX = re.compile(r"(?<![\w])(?:LTDA|Ltda|EIRELI|Eireli|S\.?[/ ]?A\.?|EPP|CIA|Cia)\.?[ \t]*$")
_STREET_KEY_WORDS = frozenset({"lgr", "lograd", "logradouro", "street"})
# what a street field's key may add to the street's word: "x" (NF-e's text fields), "dsc"
# (eSocial's description); a type ("tpLograd"), a number ("nrLograd") or a code is another field
_STREET_KEY_QUALIFIERS = frozenset({"x", "dsc", "ds", "desc", "descricao", "nome", "name", "endereco",
                                    "address"})


def _trim(text: str, start: int, end: int) -> int:
    """`end` moved back over trailing blanks and punctuation."""
    while end > start and text[end - 1] in " \t,.;-–—":
        end -= 1
    return end


# A federal or state highway's code (the South's "RSC-", "ERS-", Minas' "LMG-") and where on it:
# its kilometre, lot or number, or "s/n", maybe the house after them
_BARE_HIGHWAY = re.compile(
    rf"(?<![\w/-])(?:BR|RSC|ERS|VRS|LMG|AMG|{STATE_CODES})-\d{{3}}(?![\w-])"
    r"(?:[ \t]*,?[ \t]*(?:(?i:km)[ \t]*\d{1,4}(?:[.,]\d{1,3})?(?![\w])|(?i:lote|lt\.)[ \t]*\d{1,4}[A-Za-z]?(?![\w])"
    r"|(?i:n[º°])[ \t]*\d{1,5}(?![\d.,]\d)|(?i:s/n)(?![\w])))+"
    r"(?:[ \t]*,?[ \t]*(?i:casa)[ \t]*\d{1,4}(?![\w]))?"
)
_HOME_ON_A_HIGHWAY = re.compile(r"(?i:casa|lote|lt\.|n[º°]|s/n)")
_ROAD_WORD_BEFORE = re.compile(r"(?:rodovia|rod\.|estrada|estr\.?|vicinal|municipal|estadual|federal)[ \t]*$")


def _lives_there(context: ContextWindow, start: int) -> bool:
    """True when a residence word or label stands in the 30 characters before `start`
    ("moro na", "Endereço de cobrança:", "Imóvel:"), or a line above opens an addressee's
    block ("DESTINATÁRIO: RENATO BARROS\n" + the address)."""
    if _RESIDENCE_KEYWORDS.search(context.before(start, 30)) or _ADDRESS_LABEL.search(context.before(start, 60)):
        return True
    if _in_address_column(context, start):
        return True
    text = context.text
    line_start = text.rfind("\n", 0, start) + 1
    if line_start and _CHAT_TURN_OPENING.fullmatch(text, line_start, start):
        # a chat's answer to the turn above asking for it: "Confirma o endereço de
        # coleta?\n[15:20] Você: Rodovia MG-050, km 204 …"
        above = text.rfind("\n", 0, line_start - 1) + 1
        asked = context.folded[above:line_start]
        return "?" in asked and "endereco" in asked
    if line_start == 0 or text[line_start:start].strip():
        return False
    # the label with the name on its line ("DESTINATÁRIO: RENATO BARROS") right above, or
    # alone on its line ("REMETENTE") above the name's line
    above = text.rfind("\n", 0, line_start - 1) + 1
    label = _RECIPIENT_LABEL.match(context.folded, above)
    if label:
        return bool(text[label.end():line_start].strip(" \t\n:"))
    if above == 0:
        return False
    above_that = text.rfind("\n", 0, above - 1) + 1
    label = _RECIPIENT_LABEL.match(context.folded, above_that)
    return bool(label) and not text[label.end():above].strip(" \t\n:")


# A chat line's time and speaker before the message: "[15:20] Você: ", "10/05/2025 12:39 - +55 42 97099-1710: "
_CHAT_TURN_OPENING = re.compile(r"[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*|[\d/]{8,10},?[ \t]+\d{1,2}:\d{2}[ \t]*-[ \t]*)?"
                                r"[^:\n]{1,40}:[ \t]*")


# A street type, full or abbreviated, opening a table's cell (searched in the folded text)
_CELL_STREET_START = re.compile(
    r"(?<![\w.])(?:rua|r|avenida|av|travessa|tv|trav|alameda|al|praca|pca|pc|rodovia|rod|estrada|estr|est"
    r"|largo|lgo|viela|beco|bc|ladeira|servidao|serv|vila|vl|passagem)\.?[ \t]+[^\W\d]"
)
_CELL_GAP = re.compile(r"[ ]{2,}|\t|;|\|")
# A table column for where someone lives: "logradouro", "endereco_residencial", "street",
# "ADDRESS" (its number may have a column of its own: "| Rua Esperança | 2278 | - |")
_ADDRESS_COLUMN_WORDS = frozenset({"logradouro", "lograd", "lgr", "endereco", "end", "address",
                                   "addr", "street", "rua", "residencia", "residencial",
                                   # a school van's boarding point, a child's home
                                   "embarque", "desembarque"})


_STREET_LABEL_BEFORE = re.compile(r"(?<![\w])(?:logradouro|endereco|residencia)[^:\n]{0,20}:[ \t]*$")
_BOX_LABEL_AFTER = re.compile(r"[ \t]+[^\W\d_][^\W\d_ ]*(?:[ \t][^\W\d_]+){0,3}[ \t]*:")
_COURT_AFTER = re.compile(r"(?:por|de|da|do|e|com|ate|apos|em|no|na|para|pra|sem)[ \t]")


def _not_a_via(context: ContextWindow, match: re.Match[str]) -> bool:
    """A "via" that names no street: without a number (or "s/n") on its own line it is a
    copy of a receipt ("VIA DO CLIENTE") or a place ("Via pública")."""
    if context.text.startswith("quadra ", match.start()) and _COURT_AFTER.match(context.folded, match.start() + 7):
        return True  # a sports court, not a block: "deixar a quadra por cerca de 5 minutos"
    if not context.folded.startswith("via", match.start()):
        return False
    value = context.folded[match.start():match.end()]
    if _MEANS_AFTER_VIA.match(value, 3):
        return True  # a means, not a street: "INFORMOU VIA RADIO QUE A ENVOLVIDA OCULTOU 3 PEÇAS"
    return "\n" in value or not (any(c.isdigit() for c in value) or re.search(r"(?<![\w])s/?n(?![\w])", value))


# what is sent or told "via" something, in capitals too ("VIA RADIO", "Via WhatsApp")
_MEANS_AFTER_VIA = re.compile(
    r"[ \t]+(?:radio|ht|e-?mail|whats(?:app|zap)?|zap|app|aplicativo|sms|telefone|fone|interfone|correios?|pix"
    r"|boleto|site|portal|sistema|chat|oficio|intranet|teams|ted|doc|sedex|motoboy|malote|fax|telegram|sei)(?![\w])")


def _in_address_column(context: ContextWindow, start: int) -> bool:
    """True when `start` opens a cell of a table column headed for the address, as the
    label "Endereço:" would say in prose."""
    cell = cell_at(context, start)
    if cell is not None:
        header = cell.header
    elif context.text[max(0, start - 2):start] in ("  ", "\t") or context.text[start - 1:start] == "\t":
        # a blank-aligned table's cell follows a gap, not a single blank inside a sentence
        header = aligned_header_at(context, start)
    else:
        header = None
    # a column's name is a few words; two lines of prose split by one ";" each are no table
    return header is not None and len(header.split()) <= 4 and any(
        w in _ADDRESS_COLUMN_WORDS for w in re.split(r"[\W_]+", header))


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` yields, for a pattern that can only match at one of
    `starts` (sorted): each start is tried unless an earlier match already covers it."""
    resume = 0
    for start in starts:
        if start >= resume and (match := pattern.match(text, start)):
            resume = match.end()
            yield match
