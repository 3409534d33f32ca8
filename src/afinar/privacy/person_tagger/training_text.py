"""Generated training text for the learned person-name tagger.

`generate_training_records(n, seed)` writes `n` short documents in Brazilian Portuguese,
in the four domains (atendimento, juridico, saude, financeiro) and many registers (chats,
call transcripts, e-mails, forms, JSON, tables, lists, legal pieces, clinical notes,
statements, receipts, HR documents, minutes, posts, reviews), each with the character
spans of the person names it holds (label "PERSON": the name only, titles and roles
outside, particles and suffixes inside).

Documents come from templates (`_TEMPLATES`, 160 and more) whose slots are filled at
random: person slots draw people from name pools of many origins (`names/*.txt`: Brazilian
and Portuguese, indigenous, Italian, German, Japanese, Arabic, Polish, Ukrainian, Korean,
Chinese, Spanish-American, Haitian and French, African, Jewish) in many shapes (initials,
particles, suffixes, "SURNAME, Given", single given names, surnames after titles,
nicknames) and cases; every other slot gives text that is not a person's name, much of it
a hard negative: companies and brands named after people, streets, schools, hospitals and
cities named after people, eponymous diseases and laws, departments, drugs, courts,
virtual assistants, saints and ordinary words that are also names. Some 40 templates are
mostly capitalised text that is not a person beside real names: card statements with
merchants in capitals and title case (and names glued to a payment prefix, "PAG*JOSESILVA",
left unlabelled), Pix, TED, DDA and boletos; card, car, phone, software, remittance and food
brands; CRM and ticketing breadcrumbs and stages; businesses named after their owners
("Empório Haddad": the surname alone is no span); delivery-app headers; lab results,
symptom checklists, triage flowcharts and health units named after places and people;
legal headings and captions; virtual assistants speaking in transcripts (no span) next to
human attendants (spans); interjections that open speech. Some 35 templates name people by a
single word, as running text does: a given name or a surname alone after an article ("a Graça
falou que", "pedi pro Helmut"), after a role noun ("porteiro Fortunato", "motoboy Kiala"), in
greetings and closings ("Combinado, oksana!", "Abs, Wei", "Bom dia, sr. Moraes"), beside
contact phones ("recado com a Graça, filha"), as lower-case chat senders and @mentions, as
vulgos in quotes and as speaker labels; many of these people have rarer or foreign given names,
and given names that are everyday words (Graça, Luz, Leão) stand beside the same words used as
words in the record (no span). Some 25 templates write speech down: speech-to-text of calls without
punctuation (speaker labels such as "agente", "TESTEMUNHA", "[spk_0 12.34s]", meeting-app
speaker lines, timestamps), hearings taken down from the recording, voice notes transcribed
in chats, ombudsman calls and dictated notes and letters ("vírgula", "ponto"), with full
names in lower case running on into the next words of speech, single names after "senhora",
"seu", "dona", "doutor", numbers and dates spoken out, and as no names the speakers' roles,
companies, law firms, document titles, forms of address ("V.Sa.") and everyday words that
are also names or look like them ("é mais prudente", "um barulho constante", "a parcela").

Pure standard library plus Faker (street names, neighbourhoods and company names); the
same `n` and `seed` always give the same records.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DOMAINS = ("atendimento", "juridico", "saude", "financeiro")
_NAMES_DIR = Path(__file__).with_name("names")

# share of people by the origin of their surname (given names may come from another pool)
_ORIGIN_WEIGHTS = {
    "pt_br": 0.66, "italiana": 0.07, "alema": 0.06, "japonesa": 0.06, "arabe": 0.05,
    "indigena": 0.04, "hispanica": 0.04, "haitiana_francesa": 0.04, "africana": 0.04,
    "polonesa": 0.02, "ucraniana": 0.02, "coreana": 0.02, "chinesa": 0.02, "judaica": 0.02,
}
# origins of the people of the single-name templates, rarer and foreign given names first
_RARE_WEIGHTS = {o: (0.22 if o == "pt_br" else 0.06) for o in _ORIGIN_WEIGHTS}
# chance that someone of the origin carries a Brazilian given name (Kenji vs Marcos Tanaka)
_BR_GIVEN_CHANCE = {
    "italiana": 0.5, "alema": 0.45, "japonesa": 0.45, "arabe": 0.4, "polonesa": 0.4,
    "judaica": 0.4, "indigena": 0.15, "hispanica": 0.15, "ucraniana": 0.15, "coreana": 0.1,
    "chinesa": 0.1, "haitiana_francesa": 0.05, "africana": 0.15,
}
_PT_PARTICLE = {
    "Silva": "da", "Santos": "dos", "Souza": "de", "Sousa": "de", "Oliveira": "de", "Jesus": "de",
    "Conceição": "da", "Neves": "das", "Costa": "da", "Cruz": "da", "Rocha": "da", "Luz": "da",
    "Paz": "da", "Rosa": "da", "Nascimento": "do", "Carmo": "do", "Assis": "de", "Almeida": "de",
    "Andrade": "de", "Lima": "de", "Moraes": "de", "Paula": "de", "Sá": "de", "Castro": "de",
    "Melo": "de", "Farias": "de", "Barros": "de", "Mattos": "de", "Freitas": "de", "Abreu": "de",
    "Medeiros": "de", "Anjos": "dos", "Reis": "dos", "Dores": "das", "Graças": "das",
}
_ALWAYS_PARTICLE = {"Jesus", "Conceição", "Assis", "Paula", "Carmo"}
_SUFFIXES = ["Filho", "Júnior", "Neto", "Sobrinho", "Jr.", "Filho", "Júnior", "Neto"]
_NICKNAMES = {
    "José": ["Zé", "Zezinho"], "Sebastião": ["Tião"], "Beatriz": ["Bia"], "Francisco": ["Chico", "Chiquinho"],
    "Antônio": ["Tonho", "Toninho"], "Eduardo": ["Dudu", "Edu"], "Raimundo": ["Mundinho"],
    "Fernanda": ["Nanda", "Fê"], "Gabriela": ["Gabi"], "Rafael": ["Rafa"], "Juliana": ["Ju"],
    "Alessandra": ["Alê"], "Alexandre": ["Alê", "Xande"], "Roberto": ["Beto"], "Paulo": ["Paulinho"],
    "João": ["Joãozinho"], "Benedito": ["Dito"], "Joaquim": ["Quinzinho"], "Manoel": ["Mané", "Manezinho"],
    "Patrícia": ["Paty"], "Leonardo": ["Léo"], "Guilherme": ["Gui"], "Francisca": ["Chica", "Chiquinha"],
    "Conceição": ["Ceiça"], "Aparecida": ["Cida"], "Terezinha": ["Tetê"], "Ricardo": ["Rick", "Ricardinho"],
    "Daniela": ["Dani"], "Vinícius": ["Vini"], "Rodrigo": ["Digão"], "Felipe": ["Lipe"], "Fabiana": ["Fabi"],
    "Vanessa": ["Nessa"], "Giuseppe": ["Peppe", "Beppe"], "Hiroshi": ["Hiro"], "Valdemar": ["Dema"],
    "Sérgio": ["Serginho"], "Carlos": ["Carlinhos", "Cacá"], "Marcelo": ["Celinho"], "Luciana": ["Lu"],
    "Isabela": ["Bela", "Isa"], "Socorro": ["Corrinha"], "Ana": ["Aninha"], "Maria": ["Mariazinha"],
    "Gustavo": ["Guga", "Gus"], "Reginaldo": ["Naldo"], "Edvaldo": ["Vavá"], "Josivaldo": ["Vaval"],
    "Matheus": ["Teteu"], "Lucas": ["Luquinhas"], "Jorge": ["Jorginho"], "Amanda": ["Mandy"],
    "Wellington": ["Tom"], "Rosicleide": ["Rosi"], "Tarcísio": ["Tatá"], "Mohamed": ["Mohamad"],
    "Oluwaseun": ["Seun"], "Chukwuemeka": ["Emeka"], "Jean-Baptiste": ["Baptiste"], "Yosef": ["Yossi"],
    "Oleksandr": ["Sasha"], "Volodymyr": ["Volodya"], "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"],
}


@lru_cache(maxsize=1)
def _pools() -> tuple[dict, dict]:
    given: dict[tuple[str, str], list[str]] = {}
    surnames: dict[str, list[str]] = {}
    key: tuple | str | None = None
    for line in (_NAMES_DIR / "given_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            origin, gender = line[1:-1].split()
            key = (origin, gender)
            given.setdefault(key, [])
        elif line not in given[key]:
            given[key].append(line)
    for line in (_NAMES_DIR / "surnames.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            key = line[1:-1]
            surnames.setdefault(key, [])
        elif line not in surnames[key]:
            surnames[key].append(line)
    return given, surnames


def _ascii(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", _ascii(s).lower())


# ---------------------------------------------------------------------------------------
# people


class _Person:
    def __init__(self, rng: random.Random, gender: str | None = None, origin: str | None = None, rare: bool = False):
        """rare: origins drawn near evenly, given names of the origin's own pool, and among
        Brazilian given names the less common two thirds of the list (Kelliane, Gleiciane)."""
        given_pools, surname_pools = _pools()
        self.gender = gender or rng.choice("mf")
        origins = list(_ORIGIN_WEIGHTS)
        weights = _RARE_WEIGHTS if rare else _ORIGIN_WEIGHTS
        self.origin = origin or rng.choices(origins, weights=[weights[o] for o in origins])[0]
        g_origin = self.origin
        if g_origin != "pt_br" and rng.random() < _BR_GIVEN_CHANCE.get(g_origin, 0.3) * (0.25 if rare else 1.0):
            g_origin = "pt_br"
        self.given_origin = g_origin
        pool = given_pools[(g_origin, self.gender)]
        if rare and g_origin == "pt_br":
            pool = pool[len(pool) // 3:]
        n_given = 1
        if g_origin == "pt_br" and rng.random() < 0.33:
            n_given = 2
        elif g_origin in ("italiana", "alema", "judaica", "hispanica", "haitiana_francesa") and rng.random() < 0.15:
            n_given = 2
        self.given = rng.sample(pool, n_given)
        own = surname_pools[self.origin]
        pt = surname_pools["pt_br"]
        if self.origin == "pt_br":
            k = rng.choices([1, 2, 3], weights=[35, 50, 15])[0]
            names = rng.sample(pt, k)
        elif self.origin == "indigena":
            names = [rng.choice(own)] if rng.random() < 0.6 else rng.sample(pt, rng.choice([1, 2]))
            if len(names) == 1 and rng.random() < 0.3:
                names = [rng.choice(pt)] + names
        else:
            r = rng.random()
            if r < 0.6:
                names = [rng.choice(own)]
            elif r < 0.85:
                names = [rng.choice(pt), rng.choice(own)]
            else:
                names = rng.sample(own, 2)
        surnames = []
        for s in names:
            if s in _PT_PARTICLE and (s in _ALWAYS_PARTICLE or rng.random() < 0.3):
                s = f"{_PT_PARTICLE[s]} {s}"
            surnames.append(s)
        if len(surnames) == 2 and self.origin == "pt_br" and rng.random() < 0.06:
            surnames = [surnames[0], "e", surnames[1]]
        self.surnames = surnames
        self.suffix = ""
        if self.gender == "m" and self.origin in ("pt_br", "italiana", "alema", "arabe") and rng.random() < 0.07:
            self.suffix = rng.choice(_SUFFIXES)
        self.family_first = self.origin in ("chinesa", "coreana") and rng.random() < 0.3
        nicks = _NICKNAMES.get(self.given[0])
        self.nick = rng.choice(nicks) if nicks else None

    # forms -----------------------------------------------------------------------------
    def last(self) -> str:
        return self.surnames[-1]

    def title_surname(self) -> str:
        s = self.surnames[-1]
        for particle in ("da ", "de ", "do ", "dos ", "das "):
            if s.startswith(particle):
                return s[len(particle):]
        return s

    def full(self) -> str:
        if self.family_first:
            return f"{self.surnames[-1]} {' '.join(self.given)}"
        parts = self.given + self.surnames + ([self.suffix] if self.suffix else [])
        return " ".join(parts)

    def short(self, rng: random.Random) -> str:
        if self.family_first:
            return f"{self.surnames[-1]} {self.given[0]}"
        first = " ".join(self.given) if len(self.given) == 2 and rng.random() < 0.3 else self.given[0]
        s = f"{first} {self.last()}"
        if self.suffix and rng.random() < 0.6:
            s += f" {self.suffix}"
        return s

    def first(self, rng: random.Random) -> str:
        if len(self.given) == 2 and rng.random() < 0.25:
            return " ".join(self.given)
        return self.given[0]

    def initials(self, rng: random.Random) -> str:
        r = rng.random()
        last = self.last()
        if r < 0.35:  # J. Carlos Souza / J. Souza
            rest = self.given[1:] + [last]
            return f"{self.given[0][0]}. {' '.join(rest)}"
        if r < 0.7:  # A. M. Schmidt
            return " ".join(f"{g[0]}." for g in self.given) + f" {last}"
        if r < 0.85 and len(self.surnames) > 1:  # João C. de Souza
            mids = " ".join(f"{s.split()[-1][0]}." for s in self.surnames[:-1] if s != "e")
            return f"{self.given[0]} {mids} {last}"
        return f"{self.given[0]} {self.title_surname()[0]}."

    def inverted(self, rng: random.Random) -> str:
        sur = " ".join(self.surnames) if rng.random() < 0.4 else self.title_surname()
        if rng.random() < 0.45:
            sur = sur.upper()
        return f"{sur}, {' '.join(self.given)}"

    def airline(self) -> str:
        return _ascii(f"{self.title_surname()}/{' '.join(self.given)}").upper()

    def nickname(self) -> str:
        return self.nick or self.given[0]

    def email(self, rng: random.Random) -> str:
        g, s = _slug(self.given[0]), _slug(self.title_surname())
        local = rng.choice([f"{g}.{s}", f"{g}{s}", f"{g[0]}{s}", f"{g}_{s}{rng.randint(1, 99)}", f"{g}{rng.randint(70, 2005)}"])
        dom = rng.choice(["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com", "uol.com.br", "bol.com.br",
                          "icloud.com", "terra.com.br"])
        return f"{local}@{dom}"

    def work_email(self, rng: random.Random, company: str) -> str:
        g, s = _slug(self.given[0]), _slug(self.title_surname())
        dom = _slug(company)[:14] or "empresa"
        return f"{rng.choice([f'{g}.{s}', f'{g[0]}{s}', g])}@{dom}.com.br"


_GENDERED = {
    "o": ("o", "a"), "O": ("O", "A"), "A": ("", "A"), "do": ("do", "da"), "no": ("no", "na"), "ao": ("ao", "à"),
    "um": ("um", "uma"), "ele": ("ele", "ela"), "Ele": ("Ele", "Ela"), "Sr": ("Sr.", "Sra."), "sr": ("sr", "sra"),
    "Dr": ("Dr.", "Dra."), "dr": ("dr", "dra"), "Senhor": ("Senhor", "Senhora"), "senhor": ("senhor", "senhora"),
    "Prof": ("Prof.", "Profa."), "a": ("", "a"), "Prezado": ("Prezado", "Prezada"), "filho": ("filho", "filha"),
    "SR": ("SR.", "SRA."), "DR": ("DR.", "DRA."), "Dom": ("Seu", "Dona"), "dom": ("seu", "dona"),
    "NAT": ("brasileiro", "brasileira"), "CIVIL": (["casado", "solteiro", "divorciado", "viúvo", "em união estável"],
                                                  ["casada", "solteira", "divorciada", "viúva", "em união estável"]),
    "PROFI": (["engenheiro civil", "comerciante", "motorista", "professor", "autônomo", "aposentado", "analista de sistemas",
               "pedreiro", "técnico de enfermagem", "vendedor", "eletricista", "contador"],
              ["professora", "comerciante", "enfermeira", "do lar", "autônoma", "aposentada", "analista financeira",
               "cabeleireira", "diarista", "advogada", "vendedora", "costureira"]),
    "TIT": (["Sr.", "Dr.", "Seu", "Prof.", "Sr."], ["Sra.", "Dra.", "Dona", "Profa.", "Sra."]),
    "meu": ("meu", "minha"), "Meu": ("Meu", "Minha"), "seu": ("seu", "sua"), "dele": ("dele", "dela"),
    "REL": (["filho", "marido", "irmão", "pai", "genro", "sobrinho", "neto", "cunhado", "esposo", "sogro", "primo"],
            ["filha", "esposa", "irmã", "mãe", "nora", "sobrinha", "neta", "cunhada", "sogra", "prima", "tia"]),
}
# gendered words drawn once per person and record ("REL": the same kinship at every mention)
_STICKY = {"REL"}

# given names that are also everyday words, with those words used as words (no span)
_WORD_NAMES_F = {
    "Graça": ["graças a Deus", "foi de graça", "não tem graça nenhuma", "ficou sem graça", "a graça foi alcançada"],
    "Esperança": ["com muita esperança", "a esperança é a última que morre", "tenho esperança de resolver logo"],
    "Luz": ["a luz acabou de novo", "a conta de luz veio alta", "faltou luz no bairro", "luz no fim do túnel"],
    "Vitória": ["foi uma vitória", "o voo para Vitória atrasou", "vitória do time ontem", "mora em Vitória"],
    "Glória": ["Glória a Deus", "no bairro da Glória", "glória a Deus"],
    "Rosa": ["campanha Outubro Rosa", "comprei uma rosa", "a parede cor-de-rosa", "rosa dos ventos"],
    "Clara": ["a explicação ficou bem clara", "só a clara do ovo", "a água estava clara"],
    "Aurora": ["a aurora boreal no documentário", "saímos antes da aurora"],
    "Estrela": ["hotel cinco estrelas", "a estrela do time", "uma estrela no céu"],
    "Flor": ["uma flor no vaso", "nervos à flor da pele", "flor de sal"],
    "Paz": ["quero paz", "paz e saúde a todos", "vai em paz"],
    "Dores": ["dores nas costas", "dores de cabeça frequentes", "dores no joelho"],
    "Fé": ["a fé move montanhas", "tenha fé", "fé em Deus"],
    "Pérola": ["um brinco de pérola", "colar de pérola"],
    "Celeste": ["a parede azul-celeste", "camisa azul celeste"],
    "Amparo": ["sem amparo legal", "o amparo da lei", "pediu amparo"],
    "Milagres": ["não faço milagres", "milagres acontecem"],
    "Serena": ["a noite foi serena", "ficou serena depois do remédio"],
    "Margarida": ["uma margarida no vaso", "margaridas no jardim"],
    "Socorro": ["pediu socorro", "pronto-socorro", "primeiros socorros"],
    "Bela": ["Bela Vista", "uma bela casa"],
}
_WORD_NAMES_M = {
    "Leão": ["o Leão da Receita", "caiu na malha fina do Leão", "leão de chácara"],
    "Salvador": ["o voo para Salvador", "mora em Salvador"],
    "Natal": ["a ceia de Natal", "feriado de Natal", "a filial de Natal"],
    "Justo": ["não é justo", "o preço é justo", "foi justo comigo"],
    "Franco": ["foi franco comigo", "em franco crescimento", "zona franca"],
    "Prudente": ["é mais prudente esperar", "fica em Presidente Prudente"],
    "Severo": ["um quadro severo", "dor de grau severo"],
    "Bento": ["o Mosteiro de São Bento", "mora em Bento Gonçalves"],
    "Amado": ["Jesus amado", "meu amado cachorro"],
    "Pastor": ["o pastor da igreja", "um pastor-alemão"],
    "Cordeiro": ["cordeiro assado", "manso como um cordeiro"],
}
# nicknames and vulgos (spans when they stand for a person)
_APELIDOS = [x.strip() for x in """Bigode; Dedé; Nenzinho; Baixinho; Magrão; Galego; Careca; Tuca; Binho; Dinho; Juninho; Tonhão; Zequinha;
Neném; Bolinha; Cacau; Lelê; Pezão; Alemão; Baiano; Paraíba; Cabeção; Frajola; Pitoco; Marreta; Tatu; Pardal; Pelado;
Ceará; Russo; Japa; Dentinho; Buiú; Tico; Nino; Quinho; Gaúcho; Negrini; Mancha; Cabelo; Fumaça; Grilo; Pinguim; Sapão""".split(";")]


# ---------------------------------------------------------------------------------------
# text that is not a person's name (much of it named after people)


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split(";") if x.strip()]


_STORES = _split("""Casas Bahia; Magazine Luiza; Magalu; Lojas Renner; Lojas Americanas; Ponto Frio; Ricardo Eletro; Marisa;
Riachuelo; C&A; Havan; Carrefour; Pão de Açúcar; Assaí Atacadista; Atacadão; Mercado Livre; Amazon; Shopee; iFood; Rappi;
Leroy Merlin; Tok&Stok; Camicado; Lojas Cem; Pernambucanas; Angeloni; Zaffari; Condor; Muffato; Savegnago; Supermercado Dia;
Cacau Show; Kopenhagen; O Boticário; Natura; Avon; Eudora; Hering; Chilli Beans; Vivara; Kalunga; Cobasi; Petz; Casa & Vídeo;
Lojas Colombo; Gazin; Móveis Simonetti; Lojas Quero-Quero; Bemol; Armazém Paraíba; Centauro; Netshoes; Dafiti; Fast Shop;
Giraffas; Habib's; Bob's; Spoleto; Coco Bambu; Madero; Outback; Casa do Pão de Queijo; Padaria Santa Terezinha;
Lojas Marabraz; Drogaria Araújo; Supermercados Guanabara; Sonda; Hortifruti; Mundial; Tenda Atacado; Pague Menos""")
_BANKS = _split("""Itaú; Itaú Unibanco; Bradesco; Santander; Caixa Econômica Federal; Caixa; Banco do Brasil; Nubank; Inter;
Banco Inter; C6 Bank; BTG Pactual; XP Investimentos; Sicoob; Sicredi; Banrisul; Banco do Nordeste; PicPay; Mercado Pago;
PagBank; Neon; Banco Pan; Safra; Banco Original; Agibank; Will Bank; Cielo; Stone; Rede; Getnet""")
_HEALTHCO = _split("""Hapvida; Amil; Unimed; Bradesco Saúde; SulAmérica Saúde; Porto Seguro Saúde; NotreDame Intermédica;
Prevent Senior; Golden Cross; Cassi; GEAP; Unimed Nacional; São Cristóvão Saúde; Care Plus; Hapvida NotreDame""")
_PHARMA = _split("""Drogaria São Paulo; Droga Raia; Drogasil; Pague Menos; Panvel; Drogaria Pacheco; Farmácias Nissei;
Drogaria Araújo; Drogaria Venâncio; Farmácia Popular; Drogarias Globo; Extrafarma; Drogaria Catarinense; Farmácia São João""")
_LABS = _split("""Fleury; Dasa; Sabin; Hermes Pardini; Lavoisier; Delboni Auriemo; a+ Medicina Diagnóstica; Laboratório Sérgio Franco;
Laboratório Bronstein; Laboratório Frischmann Aisengart; Alta Diagnósticos; Laboratório Oswaldo Cruz""")
_TELCOS = _split("Vivo; Claro; TIM; Oi; Algar Telecom; Net; Sky; Sabesp; Enel; Cemig; Copel; Light; Neoenergia; Comgás; Celesc; Equatorial Energia; Correios")
_BRANDS = _split("""Natura; Sadia; Perdigão; Seara; Friboi; Ypê; Nestlé; Garoto; Tramontina; Brastemp; Consul; Electrolux; Samsung;
Motorola; Positivo; Multilaser; Mondial; Arno; Britânia; Philco; Havaianas; Alpargatas; Localiza; Movida; Unidas; Azul; Gol; LATAM;
Uber; 99Pay; Ambev; Heineken; Coca-Cola; Guaraná Antarctica; Johnson & Johnson; Mercedes-Benz; Ford; Fiat; Volkswagen; Chevrolet""")
_HOSPITALS = _split("""Hospital Albert Einstein; Hospital Israelita Albert Einstein; Hospital Sírio-Libanês; Hospital Santa Marcelina;
Hospital São Lucas; Hospital Moinhos de Vento; Hospital Mãe de Deus; Hospital Alemão Oswaldo Cruz; Santa Casa de Misericórdia;
Hospital das Clínicas; Hospital Getúlio Vargas; Hospital Municipal Dr. Carmino Caricchio; Hospital Universitário Clementino Fraga Filho;
Instituto Nacional do Câncer; Hospital Regional Hans Dieter Schmidt; Hospital Miguel Couto; Hospital Souza Aguiar;
Hospital Cristo Redentor; Maternidade Leonor Mendes de Barros; Hospital Nossa Senhora da Conceição; Hospital Moriah;
Hospital São Camilo; Beneficência Portuguesa; Hospital Santa Izabel; Hospital Pequeno Príncipe; Hospital Aliança;
Hospital Português; Hospital Agamenon Magalhães; Hospital Barão de Lucena; Hospital Regional do Gama; Hospital Tacchini;
Hospital Evangélico; Hospital Marcelino Champagnat; Hospital Santa Rita; Hospital Dona Helena; Hospital Municipal Tide Setúbal;
UPA Vila Mariana; UBS Jardim Ângela; UBS Dr. Manoel Joaquim Pera; Policlínica Piquet Carneiro; Instituto Dante Pazzanese;
Hospital Pérola Byington; Hospital Infantil Joana de Gusmão; Hospital Otávio de Freitas; Hospital Governador Celso Ramos""")
_SCHOOLS = _split("""Escola Estadual Dom Pedro II; Colégio Pedro II; EMEF Paulo Freire; Escola Municipal Anísio Teixeira;
Colégio Santo Agostinho; Escola Estadual Fernão Dias Paes; Colégio Marista São José; Escola Técnica Estadual Getúlio Vargas;
Faculdade Cásper Líbero; Universidade Presbiteriana Mackenzie; Fundação Getulio Vargas; Escola Estadual Professor Alberto Conte;
Colégio Estadual Rui Barbosa; Escola Municipal Cecília Meireles; ETEC Jorge Street; Colégio Objetivo; Colégio Bandeirantes;
Escola Estadual Machado de Assis; Colégio Estadual Tiradentes; Escola Municipal Monteiro Lobato; Universidade Federal Fluminense;
Universidade Estácio de Sá; Universidade Federal de Minas Gerais; Centro Universitário Newton Paiva; Faculdade Zumbi dos Palmares;
Escola Estadual Castro Alves; Colégio Dante Alighieri; Colégio Visconde de Porto Seguro; SENAI Roberto Simonsen""")
_PLACES = _split("""Praça da Sé; Praça Tiradentes; Ponte Hercílio Luz; Viaduto do Chá; Rodovia Anhanguera; Rodovia Presidente Dutra;
Rodovia Castello Branco; Aeroporto Santos Dumont; Estádio Mané Garrincha; Estação da Luz; Terminal Tietê; Estádio Nilton Santos;
Parque Ibirapuera; Rodoviária Novo Rio; Aeroporto Salgado Filho; Largo São Francisco; Teatro Castro Alves; Museu Oscar Niemeyer;
Ponte Costa e Silva; Estação Marechal Deodoro; Aeroporto Tom Jobim; Shopping Eldorado; Shopping Iguatemi; Shopping Anália Franco;
Shopping Frei Caneca; Mercado Municipal; Parque Villa-Lobos; Praça Sete de Setembro; Estação Pedro II; Terminal João Dias;
Rodovia Régis Bittencourt; Ponte Juscelino Kubitschek; Praça Carlos Gomes; Marginal Pinheiros; Largo do Machado""")
_STREETS = _split("""Rua Barão de Itapetininga; Av. Getúlio Vargas; Avenida Paulista; Rua Augusta; Av. Presidente Vargas;
Rua Marechal Deodoro; Avenida Brigadeiro Faria Lima; Rua Voluntários da Pátria; Av. Rio Branco; Rua Sete de Setembro;
Rua XV de Novembro; Avenida Afonso Pena; Rua Dom Pedro II; Av. Governador Valadares; Rua Coronel Oscar Porto;
Avenida Juscelino Kubitschek; Rua Visconde de Pirajá; Av. Engenheiro Luís Carlos Berrini; Rua Padre Anchieta;
Avenida Tancredo Neves; Rua Frei Caneca; Rua Teodoro Sampaio; Av. Dom Luís; Rua Barão do Rio Branco; Avenida Santos Dumont;
Rua Princesa Isabel; Rua Almirante Barroso; Rua Duque de Caxias; Av. Washington Soares; Rua Conselheiro Crispiniano;
Avenida Sete de Setembro; Rua José Bonifácio; Rua Tiradentes; Av. Antônio Carlos Magalhães; Rua General Osório""")
_CITIES = _split("""São Paulo; Rio de Janeiro; Belo Horizonte; Salvador; Fortaleza; Recife; Manaus; Belém; Curitiba; Porto Alegre;
Goiânia; São Luís; Maceió; João Pessoa; Teresina; Natal; Campo Grande; Cuiabá; Aracaju; Florianópolis; Vitória; Palmas;
Boa Vista; Macapá; Rio Branco; Porto Velho; Londrina; Maringá; Joinville; Blumenau; Caxias do Sul; Juiz de Fora; Uberlândia;
Ribeirão Preto; Sorocaba; Campinas; Santos; Osasco; Guarulhos; Niterói; Petrópolis; Feira de Santana; Caruaru; Mossoró;
Imperatriz; Santarém; Pelotas; Chapecó; Cascavel; Foz do Iguaçu; Bauru; Franca; Marília; São José dos Campos; Jundiaí;
Piracicaba; Montes Claros; Ipatinga; Vitória da Conquista; Ilhéus; Petrolina; Juazeiro do Norte; Sobral; Campina Grande;
Presidente Prudente; Governador Valadares; Teófilo Otoni; Marechal Cândido Rondon; Duque de Caxias; Conselheiro Lafaiete;
Presidente Epitácio; Senador Canedo; Coronel Fabriciano; Marechal Deodoro; Almirante Tamandaré; Teixeira de Freitas;
Luís Eduardo Magalhães; Barão de Cocais; Santos Dumont; Getúlio Vargas; Monteiro Lobato; Euclides da Cunha; Rui Barbosa;
Padre Bernardo; Visconde do Rio Branco; Osvaldo Cruz; Cândido Mota; Tenente Portela; Afonso Cláudio""")
_UF = _split("SP; RJ; MG; BA; CE; PE; AM; PA; PR; RS; GO; MA; AL; PB; PI; RN; MS; MT; SE; SC; ES; TO; RR; AP; AC; RO; DF")
_DEPTS = _split("""Recursos Humanos; Cobrança; Ouvidoria; Financeiro; Jurídico; Compliance; SAC; Suporte Técnico; Faturamento;
Contas a Pagar; Contas a Receber; Departamento Pessoal; Tesouraria; Controladoria; Diretoria Comercial; Logística; Expedição;
Retenção; Pós-Venda; Qualidade; TI; Backoffice; Auditoria Interna; Protocolo; Triagem; Marketing; Crédito e Cobrança;
Prevenção à Fraude; Atendimento ao Cliente; Relacionamento; Suprimentos; Facilities; Segurança do Trabalho; Gente e Gestão""")
_SPECS = _split("""Cardiologia; Ortopedia; Pediatria; Oncologia; Ginecologia; Neurologia; Dermatologia; Psiquiatria; Fisioterapia;
Nutrição; Radiologia; Endocrinologia; Gastroenterologia; Urologia; Nefrologia; Pneumologia; Oftalmologia; Otorrinolaringologia;
Clínica Médica; Geriatria; Reumatologia; Infectologia; Obstetrícia; Psicologia; Fonoaudiologia; Hematologia""")
_DRUGS = _split("""Dipirona; Losartana; Metformina; Omeprazol; Sinvastatina; Amoxicilina; Ibuprofeno; Paracetamol; Hidroclorotiazida;
Enalapril; Atenolol; Levotiroxina; Prednisona; Azitromicina; Cefalexina; Insulina NPH; Clonazepam; Sertralina; Fluoxetina;
Escitalopram; Rivotril; Novalgina; Buscopan; Tylenol; Dorflex; Neosaldina; Glifage; Puran T4; AAS; Captopril; Anlodipino;
Furosemida; Espironolactona; Varfarina; Ciprofloxacino; Nimesulida; Diclofenaco; Loratadina; Salbutamol; Budesonida;
Metoclopramida; Ondansetrona; Dexametasona; Tramadol; Gabapentina; Pregabalina; Quetiapina; Risperidona; Carvedilol; Alenia""")
_DISEASES = _split("""hipertensão arterial sistêmica; diabetes mellitus tipo 2; Doença de Chagas; Doença de Parkinson; Alzheimer;
Síndrome de Down; Doença de Crohn; Linfoma de Hodgkin; Síndrome de Guillain-Barré; Tireoidite de Hashimoto; Doença de Graves;
Síndrome de Burnout; Covid-19; dengue; chikungunya; pneumonia; asma; DPOC; insuficiência cardíaca; lombalgia; enxaqueca;
Transtorno do Espectro Autista; Síndrome de Tourette; Doença de Huntington; Paralisia de Bell; Sarcoma de Ewing;
Doença de Addison; Síndrome de Cushing; Esclerose Lateral Amiotrófica; fibromialgia; hipotireoidismo; gastrite; sinusite;
Mal de Alzheimer; Síndrome de Sjögren; Doença de Kawasaki; Fenômeno de Raynaud; Síndrome de Asperger""")
_EXAMS = _split("""hemograma completo; glicemia de jejum; hemoglobina glicada; TSH e T4 livre; perfil lipídico; ultrassonografia de abdome total;
eletrocardiograma; ecocardiograma; raio-X de tórax; ressonância magnética de joelho; tomografia de crânio; mamografia;
colonoscopia; endoscopia digestiva alta; teste ergométrico; Holter 24h; urina tipo I; creatinina e ureia; PSA total; densitometria óssea""")
_COURTS = _split("""1ª Vara Cível da Comarca de São Paulo; 3ª Vara de Família e Sucessões do Foro Central; 2ª Vara do Trabalho de Campinas;
Juizado Especial Cível de Belo Horizonte; 5ª Vara Cível de Curitiba; Vara da Fazenda Pública de Salvador;
Tribunal de Justiça do Estado de Minas Gerais; Tribunal Regional do Trabalho da 2ª Região; Tribunal Regional Federal da 3ª Região;
Superior Tribunal de Justiça; Supremo Tribunal Federal; 12ª Vara Cível do Fórum João Mendes Júnior; Fórum Lafayette;
Fórum Clóvis Beviláqua; 1ª Vara Criminal de Recife; Juizado Especial da Fazenda Pública; Vara de Execuções Fiscais;
4ª Vara Empresarial do Rio de Janeiro; Fórum Ministro Mário Guimarães; 7ª Vara Federal de Porto Alegre""")
_LAWS = _split("""Lei Geral de Proteção de Dados; LGPD; Código de Defesa do Consumidor; Código Civil; CLT; Código de Processo Civil;
Lei Maria da Penha; Lei nº 8.078/1990; Lei nº 13.709/2018; Constituição Federal; Estatuto da Criança e do Adolescente;
Lei Pelé; Lei Carolina Dieckmann; Lei Aldir Blanc; Lei Paulo Gustavo; Lei Rouanet; Lei do Inquilinato; Lei nº 8.245/1991;
Estatuto do Idoso; Lei Berenice Piana; Lei Lucas; Lei Romeo Mion; Súmula 385 do STJ; art. 300 do CPC; art. 186 do Código Civil""")
_MONTHS = _split("janeiro; fevereiro; março; abril; maio; junho; julho; agosto; setembro; outubro; novembro; dezembro")
_WEEKDAYS = _split("segunda-feira; terça-feira; quarta-feira; quinta-feira; sexta-feira; sábado; domingo")
_PRODUCTS = _split("""geladeira Brastemp Frost Free; smart TV 55 polegadas; notebook Dell Inspiron; iPhone 13; Galaxy A54;
fogão Consul 4 bocas; máquina de lavar Electrolux; ar-condicionado Split LG; sofá retrátil; colchão Ortobom; micro-ondas Panasonic;
fone JBL; aspirador Mondial; air fryer Philco; kit de panelas Tramontina; tênis Nike Revolution; perfume Malbec; cafeteira Nespresso;
plano Controle 25GB; fibra 500 mega; cartão Platinum; seguro residencial; consórcio de imóvel; conta PJ""")
_BOTS = [
    "a Lu, assistente virtual do Magalu", "a BIA, inteligência artificial do Bradesco", "a assistente virtual Aura",
    "nossa atendente virtual Nina", "o robô Theo", "a Bia, a assistente virtual", "a Lu do Magalu",
    "a assistente digital Duda", "o chatbot Max", "a Vivi, assistente virtual", "a Sofia, atendente virtual do app",
    "o assistente virtual Zé Delivery", "a Carol, assistente automática",
]
_BOT_NAMES = ["Lu", "BIA", "Aura", "Nina", "Theo", "Bia", "Duda", "Max", "Vivi", "Sofia", "Carol", "Robô", "Assistente Virtual"]
_RELIG = [
    "graças a Deus", "se Deus quiser", "Nossa Senhora Aparecida", "feriado de São Jorge", "festa de São João",
    "Dia de Santo Antônio", "Nossa Senhora de Fátima", "vai com Deus", "Deus me livre", "ave Maria", "Virgem Maria",
    "a procissão de São Sebastião", "Paróquia Santa Rita de Cássia", "Igreja Matriz de São Benedito", "Sexta-feira Santa",
    "feriado de Corpus Christi", "Deus abençoe", "pelo amor de Deus", "Jesus amado", "fé em Deus", "quermesse de Santo Expedito",
    "dia de Nossa Senhora dos Navegantes", "feriado de Tiradentes", "Natal", "Páscoa", "São Pedro mandou chuva",
]
_WORDUSE = [
    "a luz acabou de novo aqui no prédio", "Luz cortada desde ontem, sem aviso", "comprei uma rosa e um bombom pra ela",
    "foi uma vitória do time ontem", "a Cruz Vermelha estava no local", "quero só um pouco de paz", "Paz e saúde a todos",
    "o Leão da Receita tá de olho", "caiu na malha fina do Leão", "ovo de Páscoa do Coelho", "campanha Outubro Rosa",
    "Novembro Azul", "flor de sal", "uma flor no vaso da recepção", "a graça foi concedida", "Glória a Deus",
    "Vitória, capital do Espírito Santo", "na Rocha do Arpoador", "mandei um Pix pra Cruz Vermelha", "luz no fim do túnel",
    "o sol nasceu cedo", "a estrela do time", "Branco ou preto?", "tinta cor-de-rosa", "Pereira de frutas no quintal",
    "Campos do Jordão", "a rosa dos ventos", "Coelho na cartola", "a fé move montanhas", "com muita esperança",
    "aurora boreal no documentário", "céu limpo e claro", "Clara de ovo", "Pedra Branca", "luz verde para o projeto",
]
_HOLIDAYS = _split("Carnaval; Páscoa; Dia das Mães; Dia dos Pais; Black Friday; Natal; Ano Novo; Dia dos Namorados; Dia das Crianças; São João; Finados; Dia do Cliente")
_TEAMS = _split("Flamengo; Corinthians; Palmeiras; São Paulo; Vasco da Gama; Grêmio; Internacional; Cruzeiro; Atlético Mineiro; Bahia; Sport; Fortaleza; Botafogo; Santos; Fluminense; Athletico Paranaense")
_JOBS = _split("""analista de crédito; gerente de contas; coordenadora de RH; supervisor de atendimento; assistente administrativo;
diretor financeiro; consultora comercial; técnico de campo; auxiliar de enfermagem; enfermeira-chefe; farmacêutico responsável;
advogado associado; estagiária de direito; oficial de justiça; escrevente; contador; auditor interno; gerente de loja;
operador de caixa; analista de suporte; coordenador de logística; recepcionista; médico plantonista; fisioterapeuta""")
_MERCHANTS = _split("""PADARIA SANTA TEREZINHA; POSTO SAO CRISTOVAO; DROGARIA SAO PAULO; RESTAURANTE DONA FLOR; SUPERMERCADO BOM JESUS;
LANCHONETE DO ZE; ACOUGUE SAO JORGE; LOJAS AMERICANAS; MERCADINHO SANTA LUZIA; POSTO IPIRANGA; UBER *TRIP; IFOOD *PEDIDO;
MAGAZINE LUIZA; NETFLIX.COM; SPOTIFY; CASAS BAHIA; PANIFICADORA NOSSA SENHORA; RAIA DROGASIL; AMAZON MARKETPLACE;
BAR DO ALEMAO; CANTINA DONA MARIA; PIZZARIA SAO PEDRO; OTICA DINIZ; LIVRARIA LEITURA; SACOLAO SAO JOSE""")
_GREET = ["Bom dia", "Boa tarde", "Boa noite", "Olá", "Oi", "Prezados", "Caros"]
_SECTIONS_UPPER = _split("""DADOS PESSOAIS; IDENTIFICAÇÃO; OBSERVAÇÕES; HISTÓRICO; CONCLUSÃO; RESUMO; ENDEREÇO; CONTATO;
DADOS DO CONTRATO; DOCUMENTOS ANEXOS; DECLARAÇÃO; ATENÇÃO; IMPORTANTE; CONFIDENCIAL; USO INTERNO""")


# ---------------------------------------------------------------------------------------
# rendering: "{P1}" person slots, "{CITY}" other slots, "[[a|b|c]]" a random choice


_SLOT = re.compile(r"\{([A-Za-z_]+?)(\d*|#)(?::([a-z]))?\}")
_PERSON_FORMS = {"P", "N", "G", "S", "I", "V", "K", "X", "W", "F", "Y", "J", "Q"}


def _cpf(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(v * w for v, w in zip(d, range(k, 1, -1)))
        d.append((s * 10 // 11) % 10 if (s * 10) % 11 != 10 else 0)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


class _Ctx:
    def __init__(self, rng: random.Random, fake, domain: str):
        self.rng = rng
        self.fake = fake
        self.domain = domain
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict] = []
        self.meta: list[dict] = []
        self.people: dict[str, _Person] = {}
        self.lower_names = False
        self.caps = rng.random() < 0.7
        self.clock = rng.randint(7 * 60, 20 * 60)
        self.day = rng.randint(1, 28)
        self.month = rng.randint(1, 12)
        self.year = rng.choice([2021, 2022, 2023, 2024, 2024, 2025, 2025])
        self.company = None
        self.row = 0
        self.vbot: tuple[str, str] | None = None
        self.sticky: dict[tuple[str, str], str] = {}

    # output --------------------------------------------------------------------------------
    def emit(self, s: str) -> None:
        if s:
            self.parts.append(s)
            self.pos += len(s)

    def emit_name(self, s: str, person: _Person, case: str) -> None:
        start = self.pos
        self.emit(s)
        self.spans.append({"start": start, "end": self.pos, "label": "PERSON"})
        self.meta.append({"origin": person.origin, "given_origin": person.given_origin, "case": case, "text": s})

    def text(self) -> str:
        return "".join(self.parts)

    # template language -------------------------------------------------------------------
    def render(self, s: str) -> None:
        i, n = 0, len(s)
        while i < n:
            if s.startswith("[[", i):
                depth, j, bar, opts = 1, i + 2, i + 2, []
                while depth:
                    if s.startswith("[[", j):
                        depth += 1
                        j += 2
                    elif s.startswith("]]", j):
                        depth -= 1
                        if depth == 0:
                            opts.append(s[bar:j])
                        j += 2
                    elif s[j] == "|" and depth == 1:
                        opts.append(s[bar:j])
                        j += 1
                        bar = j
                    else:
                        j += 1
                self.render(self.rng.choice(opts))
                i = j
                continue
            if s[i] == "{":
                m = _SLOT.match(s, i)
                if m:
                    self.slot(m.group(1), m.group(2), m.group(3))
                    i = m.end()
                    continue
                self.emit("{")
                i += 1
                continue
            j1 = s.find("[[", i)
            j2 = s.find("{", i)
            j = min(x for x in (j1, j2, n) if x >= 0)
            self.emit(s[i:j])
            i = j

    def person(self, idx: str) -> _Person:
        if idx == "#":
            idx = str(100 + self.row)
        if not idx:
            return _Person(self.rng)
        if idx not in self.people:
            self.people[idx] = _Person(self.rng)
        return self.people[idx]

    def set_person(self, idx: str, gender: str | None = None, origin: str | None = None, rare: bool = False) -> _Person:
        self.people[idx] = _Person(self.rng, gender=gender, origin=origin, rare=rare)
        return self.people[idx]

    def set_word_person(self, idx: str, gender: str | None = None) -> _Person:
        """Person idx bears a given name that is also an everyday word (Graça, Luz, Leão)."""
        gender = gender or ("f" if self.rng.random() < 0.8 else "m")
        p = self.set_person(idx, gender=gender)
        word = self.rng.choice(sorted(_WORD_NAMES_F if gender == "f" else _WORD_NAMES_M))
        p.given = [word]
        p.given_origin = "pt_br"
        nicks = _NICKNAMES.get(word)
        p.nick = self.rng.choice(nicks) if nicks else None
        return p

    def slot(self, name: str, idx: str, mod: str | None) -> None:
        rng = self.rng
        if name == "Z":  # a person's surname inside a company's name: "Padaria Tanaka", no span
            z = self.person(idx).title_surname()
            self.emit(z.upper() if mod == "u" else z)
            return
        if name in _PERSON_FORMS:
            p = self.person(idx)
            form = name
            if form == "X":
                form = rng.choices("PNIVG", weights=[45, 35, 9, 4, 7])[0]
            if form == "P":
                s = p.full()
            elif form == "N":
                s = p.short(rng)
            elif form == "G":
                s = p.first(rng)
            elif form == "S":
                s = p.title_surname()
            elif form == "I":
                s = p.initials(rng)
            elif form == "V":
                s = p.inverted(rng)
            elif form == "W":
                s = p.airline()
            elif form == "F":  # family name(s) alone, as in a "Sobrenome" field
                s = " ".join(p.surnames) if rng.random() < 0.5 else p.title_surname()
            elif form == "Y":  # the first given name alone: "a Graça", "Olá Francilene!"
                s = p.given[0]
            elif form == "J":  # the surname alone: "sr. Moraes", "o Kowalczyk"
                s = p.title_surname()
            elif form == "Q":  # a nickname or vulgo, the same at every mention: 'vulgo "Bigode"'
                if ("Q", idx) not in self.sticky:
                    self.sticky[("Q", idx)] = p.nick if p.nick and rng.random() < 0.35 else rng.choice(_APELIDOS)
                s = self.sticky[("Q", idx)]
            else:
                s = p.nickname()
            case = "title"
            if mod == "c":
                mod = "u" if self.caps else None
            if mod is None and self.lower_names:
                mod = "l"
            if mod == "u":
                s, case = s.upper(), "upper"
            elif mod == "a":
                s, case = _ascii(s).upper(), "upper"
            elif mod == "l":
                s, case = s.lower(), "lower"
                if rng.random() < 0.3:
                    s = _ascii(s)
            elif form == "W" or s.isupper():
                case = "upper"
            self.emit_name(s, p, case)
            return
        if name in ("f", "m"):  # "{f3}": person 3 is a woman (set before the first mention)
            if idx not in self.people:
                self.set_person(idx, gender=name)
            return
        if name in ("r", "rf", "rm"):  # "{rf3}": person 3 (a woman) has a rarer or foreign given name
            if idx not in self.people:
                self.set_person(idx, gender=name[1:] or None, rare=True)
            return
        if name in ("w", "wf", "wm"):  # "{w3}": person 3's given name is also a word (Graça, Luz)
            if idx not in self.people:
                self.set_word_person(idx, gender=name[1:] or None)
            return
        if name == "WU":  # the word of person idx's given name used as a word: "graças a Deus" (no span)
            word = self.person(idx).given[0]
            uses = _WORD_NAMES_F.get(word) or _WORD_NAMES_M.get(word)
            self.emit(rng.choice(uses) if uses else rng.choice(_WORDUSE))
            return
        if name in _GENDERED:
            p = self.person(idx)
            val = _GENDERED[name][0 if p.gender == "m" else 1]
            if isinstance(val, list):
                if name in _STICKY:
                    val = self.sticky.setdefault((name, str(idx)), rng.choice(val))
                else:
                    val = rng.choice(val)
            self.emit(val.upper() if mod == "u" else val)
            return
        if name.startswith("EMAIL") or name == "WMAIL":
            p = self.person(idx)
            self.emit(p.email(rng) if name == "EMAIL" else p.work_email(rng, self.company_name()))
            return
        if name == "GLUE":  # a person's name glued to a payment prefix, "PAG*JOSESILVA": no span
            p = self.person(idx)
            body = _ascii(p.given[0] + (p.title_surname() if rng.random() < 0.75 else "")).upper()
            body = re.sub(r"[^A-Z]", "", body)[: rng.choice([13, 16, 22])]
            self.emit(rng.choice(_GLUE_PREFIX) + body)
            return
        if name == "HANDLE":
            p = self.person(idx)
            self.emit("@" + rng.choice([_slug(p.given[0]) + _slug(p.title_surname()), _slug(p.given[0]) + str(rng.randint(1, 999)),
                                        _slug(p.given[0]) + "_" + _slug(p.title_surname())[:4]]))
            return
        fn = _SLOTS.get(name)
        if fn is None:
            raise KeyError(f"unknown slot {name}")
        out = fn(self)
        if out is not None:
            if mod == "u":
                out = out.upper()
            elif mod == "a":
                out = _ascii(out).upper()
            elif mod == "l" or (self.lower_names and name in _LOWERABLE and rng.random() < 0.6):
                out = out.lower()
            self.emit(out)

    # helpers used by slots and templates ----------------------------------------------
    def company_name(self) -> str:
        if self.company is None:
            self.company = self.any_company()
        return self.company

    def any_company(self) -> str:
        r = self.rng.random()
        if r < 0.55:
            return self.rng.choice(_STORES + _BANKS + _TELCOS + _HEALTHCO + _BRANDS)
        if r < 0.8:
            while True:
                c = self.fake.company()
                if any(x in c for x in ("S/A", "S.A.", "Ltda", "ME", "EIRELI", "e Filhos", "EPP")):
                    return c
        return self.rng.choice([
            f"{self.fake.last_name()} & {self.fake.last_name()} Advogados Associados", f"Construtora {self.fake.last_name()}",
            f"Transportadora {self.fake.last_name()}", f"Auto Peças São {self.rng.choice(['Jorge', 'Cristóvão', 'Judas'])}",
            f"Clínica {self.rng.choice(['Santa Clara', 'São Lucas', 'Bem Estar', 'Vida'])}", f"Padaria {self.fake.first_name()}",
            f"Supermercado {self.rng.choice(['Bom Preço', 'Santa Luzia', 'Dois Irmãos', 'União'])}",
            f"Imobiliária {self.fake.last_name()}", f"Escritório Contábil {self.fake.last_name()}",
            f"Grupo {self.fake.last_name()} Participações", f"Indústria {self.fake.last_name()} S.A.",
        ])

    def date(self) -> str:
        d = (self.day + self.rng.randint(0, 20)) % 28 + 1
        return f"{d:02d}/{self.month:02d}/{self.year}"

    def tick(self) -> str:
        self.clock += self.rng.randint(0, 6)
        return f"{(self.clock // 60) % 24:02d}:{self.clock % 60:02d}"

    def chat(self, turns: list[tuple[str, str]], style: int | None = None) -> str:
        """A chat transcript: turns of (speaker template, message template)."""
        style = self.rng.randrange(7) if style is None else style
        date = f"{self.day:02d}/{self.month:02d}/{self.year}"
        out = []
        for who, msg in turns:
            if style == 0:
                out.append(f"[{date[:6]}{date[8:]}, {{CLK}}] {who}: {msg}")
            elif style == 1:
                out.append(f"{date} {{CLK}} - {who}: {msg}")
            elif style == 2:
                out.append(f"{who} ({{CLK}}): {msg}")
            elif style == 3:
                out.append(f"{{CLK}} {who}: {msg}")
            elif style == 4:
                out.append(f"{who}\n{msg}\n{{CLK}}")
            elif style == 5:
                out.append(f"{who}: {msg}")
            else:
                out.append(f"[{{CLK}}] {who} — {msg}")
        return "\n".join(out)

    def table(self, sep: str, header: list[str], row: list[str], nrows: int, upper_header: bool | None = None) -> str:
        if upper_header is None:
            upper_header = self.rng.random() < 0.5
        head = [h.upper() if upper_header else h for h in header]
        if sep == "|":
            lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
        else:
            lines = [sep.join(head)]
        for k in range(nrows):
            cells = [c.replace("#", str(100 + k)) if "{" in c else c for c in row]
            cells = [c.replace("{N}", "{N}") for c in cells]
            line = (" | ".join(cells)) if sep == "|" else sep.join(cells)
            lines.append(f"| {line} |" if sep == "|" else line)
        return "\n".join(lines)


# slots whose value a chat written in lower case may also write in lower case
_LOWERABLE = {"COMPANY", "STORE", "BANK", "CITY", "DEPT", "DRUG", "PRODUCT", "HEALTHCO", "PHARMA", "TELCO", "TEAM", "BRAND", "HOSPITAL"}


def _money(rng: random.Random, lo: int = 20, hi: int = 9000) -> str:
    v = rng.randint(lo * 100, hi * 100) / 100
    whole, cents = f"{v:.2f}".split(".")
    whole = f"{int(whole):,}".replace(",", ".")
    return f"{whole},{cents}"


def _phone(rng: random.Random) -> str:
    ddd = rng.choice([11, 21, 31, 41, 51, 61, 71, 81, 85, 91, 92, 19, 27, 48, 62, 98, 84, 83, 67, 65])
    n = f"9{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    return rng.choice([f"({ddd}) {n}", f"+55 {ddd} {n}", f"{ddd} {n.replace('-', '')}", f"({ddd}){n}", f"0{ddd} {n}"])


def _street(c: _Ctx) -> str:
    rng = c.rng
    if rng.random() < 0.5:
        s = rng.choice(_STREETS)
    else:
        while True:
            s = c.fake.street_name()
            if s.split()[0] in ("Rua", "Avenida", "Travessa", "Alameda", "Praça", "Rodovia", "Estrada", "Largo", "Viela"):
                break
    num = rng.choice([str(rng.randint(1, 3999)), f"{rng.randint(1, 999)}, apto {rng.randint(11, 1204)}", "s/n",
                      f"{rng.randint(10, 2500)} - casa {rng.randint(1, 4)}", f"nº {rng.randint(1, 2000)}"])
    return f"{s}, {num}"


def _pick(seq):
    return lambda c: c.rng.choice(seq)


_SLOTS: dict[str, Callable[[_Ctx], str | None]] = {
    "COMPANY": lambda c: c.company_name(),
    "COMPANY2": lambda c: c.any_company(),
    "STORE": _pick(_STORES), "BANK": _pick(_BANKS), "HEALTHCO": _pick(_HEALTHCO), "PHARMA": _pick(_PHARMA),
    "LAB": _pick(_LABS), "TELCO": _pick(_TELCOS), "BRAND": _pick(_BRANDS), "HOSPITAL": _pick(_HOSPITALS),
    "SCHOOL": _pick(_SCHOOLS), "PLACE": _pick(_PLACES), "RUA": _pick(_STREETS), "CITY": _pick(_CITIES), "UF": _pick(_UF),
    "CITYUF": lambda c: f"{c.rng.choice(_CITIES)}{c.rng.choice(['/', ' - ', '-', ', '])}{c.rng.choice(_UF)}",
    "STREET": _street, "BAIRRO": lambda c: c.fake.bairro(),
    "CEP": lambda c: f"{c.rng.randint(1000, 99999):05d}-{c.rng.randint(0, 999):03d}",
    "DEPT": _pick(_DEPTS), "SPEC": _pick(_SPECS), "DRUG": _pick(_DRUGS), "DISEASE": _pick(_DISEASES), "EXAM": _pick(_EXAMS),
    "DOSE": lambda c: c.rng.choice(["25 mg", "50 mg", "500 mg", "850 mg", "1 g", "20 mg", "10 mg", "5 mg", "100 mcg", "40 mg"]),
    "POSO": lambda c: c.rng.choice(["1 comprimido de 12/12h", "tomar 1 cp pela manhã", "1 cp às 8h e às 20h", "20 gotas se dor ou febre",
                                    "1 comprimido ao dia, em jejum", "1 cápsula de 8/8h por 7 dias", "aplicar 10 UI antes do café",
                                    "1 cp à noite", "2 jatos de 12/12h", "uso contínuo, 1 cp/dia"]),
    "CID": lambda c: c.rng.choice(["I10", "E11", "J45", "M54.5", "F41.1", "K29", "A90", "J18.9", "G43", "E03.9", "F32", "Z00.0"]),
    "COURT": _pick(_COURTS), "LAW": _pick(_LAWS), "MONTH": _pick(_MONTHS), "WEEKDAY": _pick(_WEEKDAYS),
    "Month": lambda c: c.rng.choice(_MONTHS).capitalize(), "Weekday": lambda c: c.rng.choice(_WEEKDAYS).capitalize(),
    "DATE": lambda c: c.date(),
    "DATEL": lambda c: f"{c.rng.randint(1, 28)} de {c.rng.choice(_MONTHS)} de {c.year}",
    "DATEC": lambda c: f"{c.rng.randint(1, 28):02d}/{c.rng.randint(1, 12):02d}",
    "ISODATE": lambda c: f"{c.year}-{c.month:02d}-{c.rng.randint(1, 28):02d}",
    "YEAR": lambda c: str(c.year),
    "TIME": lambda c: c.rng.choice([f"{c.rng.randint(7, 19)}h{c.rng.choice(['', '30', '15', '45'])}", f"{c.rng.randint(7, 19):02d}:{c.rng.choice(['00', '30', '15', '45'])}"]),
    "CLK": lambda c: c.tick(),
    "CPF": lambda c: _cpf(c.rng),
    "CPFM": lambda c: "***." + _cpf(c.rng)[4:11] + "-**",
    "RG": lambda c: f"{c.rng.randint(10, 59)}.{c.rng.randint(100, 999)}.{c.rng.randint(100, 999)}-{c.rng.choice('0123456789X')}",
    "CNPJ": lambda c: f"{c.rng.randint(10, 99)}.{c.rng.randint(100, 999)}.{c.rng.randint(100, 999)}/0001-{c.rng.randint(10, 99)}",
    "PHONE": lambda c: _phone(c.rng),
    "MAIL": lambda c: f"{c.rng.choice(['sac', 'atendimento', 'contato', 'ouvidoria', 'financeiro', 'rh', 'juridico', 'cobranca', 'naoresponda', 'agendamento'])}@{_slug(c.company_name())[:14] or 'empresa'}.com.br",
    "MONEY": lambda c: "R$ " + _money(c.rng), "VAL": lambda c: _money(c.rng),
    "SMALLMONEY": lambda c: "R$ " + _money(c.rng, 5, 400),
    "PROTO": lambda c: c.rng.choice([f"{c.year}{c.rng.randint(10**7, 10**8 - 1)}", f"#{c.rng.randint(10000, 999999)}",
                                      f"SAC-{c.rng.randint(100000, 999999)}", f"{c.rng.randint(100, 999)}.{c.rng.randint(100, 999)}.{c.rng.randint(100, 999)}"]),
    "PROC": lambda c: f"{c.rng.randint(0, 9999999):07d}-{c.rng.randint(10, 99)}.{c.year - c.rng.randint(0, 4)}.8.{c.rng.choice(['26', '19', '13', '05', '16', '21'])}.{c.rng.randint(1, 999):04d}",
    "OAB": lambda c: f"OAB/{c.rng.choice(_UF)} {c.rng.choice(['nº ', ''])}{c.rng.randint(10, 499)}.{c.rng.randint(100, 999)}",
    "CRM": lambda c: f"CRM{c.rng.choice(['-', '/', ' '])}{c.rng.choice(_UF)} {c.rng.randint(10000, 199999)}",
    "COREN": lambda c: f"COREN-{c.rng.choice(_UF)} {c.rng.randint(100000, 999999)}",
    "CARD": lambda c: f"{c.rng.choice(['****', 'XXXX', '**** ****'])} {c.rng.randint(1000, 9999)}",
    "AG": lambda c: f"{c.rng.randint(1, 9999):04d}", "CC": lambda c: f"{c.rng.randint(1000, 999999)}-{c.rng.randint(0, 9)}",
    "ORDER": lambda c: c.rng.choice([f"{c.rng.randint(10**8, 10**9)}", f"PED-{c.rng.randint(10000, 99999)}", f"#{c.rng.randint(1000000, 9999999)}"]),
    "PRODUCT": _pick(_PRODUCTS), "BOT": _pick(_BOTS), "BOTNAME": _pick(_BOT_NAMES), "RELIG": _pick(_RELIG), "WORD": _pick(_WORDUSE),
    "HOLIDAY": _pick(_HOLIDAYS), "TEAM": _pick(_TEAMS), "JOB": _pick(_JOBS), "MERCHANT": _pick(_MERCHANTS),
    "GREET": _pick(_GREET), "SECTION": _pick(_SECTIONS_UPPER),
    "AGE": lambda c: str(c.rng.randint(1, 94)), "NUM": lambda c: str(c.rng.randint(2, 48)),
    "PCT": lambda c: f"{c.rng.randint(1, 99)}%", "KM": lambda c: str(c.rng.randint(1, 40)),
    "PLATE": lambda c: f"{''.join(c.rng.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ') for _ in range(3))}{c.rng.randint(0, 9)}{c.rng.choice('ABCDEFGHIJ')}{c.rng.randint(10, 99)}",
    "PIX": lambda c: c.rng.choice([_cpf(c.rng), _phone(c.rng), f"{c.rng.getrandbits(32):08x}-{c.rng.getrandbits(16):04x}-4{c.rng.getrandbits(12):03x}-a{c.rng.getrandbits(12):03x}-{c.rng.getrandbits(48):012x}"]),
    "BARCODE": lambda c: " ".join(f"{c.rng.randint(10**4, 10**5 - 1)}.{c.rng.randint(10**4, 10**5 - 1)}" for _ in range(3)) + f" {c.rng.randint(1, 9)} {c.rng.randint(10**13, 10**14 - 1)}",
    "BED": lambda c: f"{c.rng.randint(1, 40):02d}{c.rng.choice(['', 'A', 'B'])}",
    "PA": lambda c: f"{c.rng.randint(9, 18)}x{c.rng.randint(5, 11)}",
    "STARS": lambda c: c.rng.choice(["★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "★☆☆☆☆", "5/5", "1 estrela", "Nota 4", "⭐⭐⭐⭐⭐", "⭐"]),
    "EMOJI": lambda c: c.rng.choice(["", "", " 😊", " 🙏", " 😡", " 👍", " kkkk", " rs", " 😅", " !!", " 😭"]),
}


# ---------------------------------------------------------------------------------------
# templates


@dataclass(frozen=True)
class _Template:
    tid: str
    domain: str
    register: str
    body: str | Callable[[_Ctx], str]
    lower: float  # chance that the record writes names in lower case (chats)


_TEMPLATES: list[_Template] = []


def _t(domain: str, register: str, body, lower: float = 0.0) -> None:
    _TEMPLATES.append(_Template(f"{domain}/{register}/{len(_TEMPLATES):03d}", domain, register, body, lower))


_SIG = """[[Atenciosamente|Att.|Abraços|Obrigad{o2}|Cordialmente|Grat{o2}|Atte.]],
[[{N2}|{P2}|{G2}|{N2}|{X2}]]
[[{JOB}|Analista de {DEPT}|Equipe {DEPT}|{DEPT}]][[ | {COMPANY}| - {COMPANY}|
{COMPANY}]]
[[Tel.: {PHONE}|{PHONE}|{WMAIL2}|Tel {PHONE} | {WMAIL2}|]]"""

_EMAIL_HDR = """[[De: {P1} <{EMAIL1}>
Para: {MAIL}
Data: {DATE} {CLK}
Assunto: |From: "{N1}" <{EMAIL1}>
To: {MAIL}
Sent: {Weekday}, {DATEL}
Subject: |De: {EMAIL1}
Enviada em: {Weekday}, {DATEL} {CLK}
Para: {MAIL}
Assunto: |{N1} <{EMAIL1}>
{DATE}, {CLK}
para {MAIL}
Assunto: ]]"""

# ---- atendimento ------------------------------------------------------------------------
A = "atendimento"

_t(A, "whatsapp", lambda c: c.chat([
    ("{G1}", "{f3}{GREET}, [[tudo bem?|td bem?|]] comprei [[um|uma]] {PRODUCT} na {STORE} dia {DATEC} e até agora nada[[ 😡|]]"),
    ("{COMPANY}", "Olá, {G1}! Aqui é {o2} {G2}, da equipe de {DEPT}. Pode me passar o número do pedido?"),
    ("{G1}", "{ORDER}. [[Tá no nome|Está no nome|Tá no cpf]] da minha [[mãe|esposa|sogra]], {P3}"),
    ("{COMPANY}", "Obrigad{o2}. Localizei: o pedido está na transportadora desde {WEEKDAY}. Vou abrir o protocolo {PROTO}."),
    ("{G1}", "[[ok|blz|beleza]], [[se Deus quiser|graças a Deus|tomara]] chega essa semana{EMOJI}"),
])
)
_t(A, "whatsapp", lambda c: c.chat([
    ("{N1}", "oi {G2} td bem? vc consegue ver meu boleto de {MONTH}? ta vindo {MONEY} e nao é isso"),
    ("{N2}", "Oi {G1}! Vou verificar c/ o {DEPT} e te retorno"),
    ("{N1}", "pq mês passado veio bem menos. [[a {BANK} cobrou duas vezes|cobraram duas vezes no cartão]]"),
    ("{N2}", "Verifiquei aqui, foi cobrada a taxa de religação. O {G3} do financeiro vai estornar p/ vc"),
    ("{N1}", "{WORD} kkk. mas obg!!"),
]), lower=0.35)
_t(A, "chat_app", """[{CLK}] {BOT} entrou na conversa.
[{CLK}] {BOTNAME}: Olá! Sou [[a assistente virtual|o assistente digital|a atendente virtual]] da {COMPANY}. Como posso ajudar?
[{CLK}] Cliente: [[quero falar com atendente|atendente humano por favor|falar com uma pessoa]]
[{CLK}] {BOTNAME}: Certo! Vou transferir você para um de nossos especialistas.
[{CLK}] [[Atendente {G2}|{G2} (Atendente)|{N2}]] entrou na conversa.
[{CLK}] {G2}: {GREET}, aqui é {o2} {G2}[[ do {DEPT}|]]. [[Com quem eu falo?|Qual seu nome completo?]]
[{CLK}] Cliente: {P1}, cpf {CPF}
[{CLK}] {G2}: Obrigad{o2}, {Sr1} {S1}. Vejo aqui [[uma cobrança de {MONEY}|o pedido {ORDER}|a fatura de {MONTH}]]. [[Posso seguir com o cancelamento?|Vou registrar a contestação.]]
[{CLK}] Cliente: pode sim. [[e anota aí que quem me atendeu na loja foi {o3} {G3}|quero registrar elogio pro {G3} da loja do {PLACE}]]
[{CLK}] {G2}: Registrado! Protocolo {PROTO}.""")
_t(A, "chat_lower", lambda c: c.chat([
    ("eu", "{f4}{G2:l} vc viu a msg do {G3:l}??"),
    ("{G2:l}", "vi nao pq"),
    ("eu", "ele disse q a {STORE:l} vai trocar a {PRODUCT} mas só c/ nota fiscal no nome da {G4:l}"),
    ("{G2:l}", "aff. pede p/ {G4:l} mandar foto da nota no zap entao"),
    ("eu", "ja pedi. {RELIG}"),
]), lower=0.0)
_t(A, "chat_lower", lambda c: c.chat([
    ("cliente", "boa noite meu nome é {P1} e eu queria saber pq minha internet ta caindo toda hora"),
    ("atendente", "boa noite {G1}! sou {o2} {G2}, vou te ajudar. vc ja reiniciou o modem?"),
    ("cliente", "ja sim umas 3 vezes. o tecnico {G3} veio {WEEKDAY} e disse q era o cabo"),
    ("atendente", "entendi, vou agendar nova visita p/ {DATE} no periodo da [[manhã|tarde]] ok?"),
    ("cliente", "ok pode ser. {WORD}"),
]), lower=0.4)
_t(A, "transcricao", """TRANSCRIÇÃO DE LIGAÇÃO — Protocolo {PROTO}
[00:00:0{NUM}] URA: Bem-vindo à central da {COMPANY}. Sua ligação pode ser gravada.
[00:00:41] Atendente ({G2}): {COMPANY}, {G2}, {GREET}. Com quem eu falo?
[00:00:45] Cliente: Aqui é {o1} {P1}.
[00:00:48] Atendente ({G2}): {Sr1} {S1}, pode confirmar os três primeiros dígitos do CPF?
[00:00:53] Cliente: {NUM}... [[é|]] {CPF}, [[o|]] completo.
[00:01:10] Atendente ({G2}): Obrigad{o2}. [[Consta aqui uma pendência de {MONEY}|Vejo que o plano foi alterado em {DATE}|O pedido {ORDER} foi devolvido ao remetente]].
[00:01:32] Cliente: Mas eu falei com {o3} {N3} [[semana passada|ontem|na {WEEKDAY}]] e [[ele|ela]] disse que estava tudo certo.
[00:01:40] Atendente ({G2}): Vou transferir para o setor de {DEPT}, {Sr1}. [[Um momento.|Aguarde na linha.]]""")
_t(A, "transcricao", """Ligação recebida {DATE} {CLK} | Fila: {DEPT} | Agente: {N2}
AGENTE: {GREET}, {COMPANY}, meu nome é {G2}, em que posso ajudar?
CLIENTE: Oi, {G2}. [[Eu tô ligando|Tô ligando|Liguei]] porque minha mãe, {f3}{o3} {P3}, recebeu uma cobrança indevida.
AGENTE: Entendo. A senhora é a titular?
CLIENTE: Não, a titular é ela. Eu sou {o1} {filho1} dela, {G1}.
AGENTE: Preciso que a titular autorize. [[Ela está ao lado?|Ela pode falar?]]
TITULAR: Pode falar com {o1} {G1}, minha {filho1}, eu autorizo.
AGENTE: Obrigad{o2}, Dona {G3}. Registrei a autorização no protocolo {PROTO}.""")
_t(A, "email", lambda c: _EMAIL_HDR + """[[Reclamação|Cancelamento|Cobrança indevida|Troca de produto]] - pedido {ORDER}

{GREET},

Sou [[client{o1}|consumidor{a1}|titular da conta]] da {COMPANY} há [[{NUM} anos|muitos anos]] e [[nunca tive problema|sempre fui bem atendid{o1}]]. No dia {DATE} comprei [[um|uma]] {PRODUCT} [[na loja do {PLACE}|pelo site]] e fui atendid{o1} pel{o2} vendedor{a2} {N2}, que garantiu a entrega até {WEEKDAY}.
Até hoje nada. Já liguei três vezes (protocolos {PROTO} e {PROTO}) e na última {o3} atendente {G3} [[desligou na minha cara|disse que não podia fazer nada]].
Com base no {LAW}, peço o [[estorno imediato|cancelamento da compra]].

[[Atenciosamente|Att.|Aguardo retorno]],
{P1}
{PHONE}""")
_t(A, "email_encaminhado", """---------- [[Forwarded message|Mensagem encaminhada]] ---------
De: {N2} <{WMAIL2}>
Date: {Weekday}, {DATEL} às {CLK}
Subject: Re: Chamado {PROTO} - {X1}
To: Equipe {DEPT} <{MAIL}>

[[Pessoal|Time|Oi gente]], segue o caso d{o1} client{a1} {X1}. [[{Ele1} já ligou 4 vezes.|Prioridade alta.|Pode ser Procon.]]
[[{G3}|{G4}]], consegue assumir?

> Em {DATE} {CLK}, {P1} <{EMAIL1}> escreveu:
> Bom dia. Meu [[pedido|reembolso]] {ORDER} continua parado. Falei com {o3} {N3} no chat e
> [[{ele3}|o sistema]] informou prazo de 5 dias úteis, que venceu [[ontem|na {WEEKDAY}]].
> {N1}
""" + _SIG)
_t(A, "email", """{GREET} {Sr1} {S1},

Agradecemos o contato com a Ouvidoria da {COMPANY}. Informamos que a sua manifestação nº {PROTO} foi analisada pel{o2} {JOB} {N2} e [[considerada procedente|encaminhada ao setor de {DEPT}]].
O valor de {MONEY} será [[estornado na próxima fatura|creditado em até 10 dias úteis]].

Este é um e-mail automático, por favor não responda. Em caso de dúvidas, fale com {BOT} pelo app.

Ouvidoria {COMPANY}
{RUA}, {NUM} - {CITYUF}""")
_t(A, "ticket", """Ticket {PROTO} | Status: [[Aberto|Em andamento|Aguardando cliente|Resolvido]] | Prioridade: [[Alta|Média|Baixa]]
Aberto por: {P1} ({EMAIL1})
Responsável: {N2} — {DEPT}
Criado em: {DATE} {CLK}
Descrição: Cliente relata que [[o produto chegou com defeito|a cobrança veio duplicada|não consegue acessar o app]]. [[Informou que|Disse que]] já havia falado com {G3} na loja {STORE} do {PLACE}.
Comentário interno ({G2}): [[repassado para|escalado para]] {N4} ({JOB}). Não ligar antes das 10h, pedido d{o1} client{a1}.
Comentário interno ({G4}): contato feito por telefone ({PHONE}); {G1} aceitou [[troca|reembolso|crédito na loja]].""")
_t(A, "formulario", """[[FORMULÁRIO DE ATENDIMENTO|CADASTRO DE CLIENTE|SOLICITAÇÃO DE TROCA|FICHA DE RECLAMAÇÃO]]
[[Nome completo|Nome|NOME COMPLETO|Cliente]]: [[{P1}|{P1:u}]]
CPF: {CPF}
[[Data de nascimento|Nascimento]]: {DATE}
Telefone: {PHONE}
E-mail: {EMAIL1}
Endereço: {STREET}, {BAIRRO}, {CITYUF}, CEP {CEP}
Produto: {PRODUCT}
Loja: {STORE} — {PLACE}
Vendedor: [[{N2}|{G2}|{X2}]]
Motivo: [[Defeito|Arrependimento|Atraso na entrega|Cobrança indevida]]
Atendido por: [[{N3}|{G3}]] ({DEPT})
Assinatura do cliente: ______________________""")
_t(A, "json", """{"ticket": "{PROTO}", "canal": "[[whatsapp|chat|email|telefone]]", "cliente": {"nome": "{P1}", "cpf": "{CPF}", "email": "{EMAIL1}", "telefone": "{PHONE}"}, "atendente": {"nome": "{N2}", "setor": "{DEPT}"}, "empresa": "{COMPANY}", "mensagem": "[[Olá, sou|Aqui é|Oi, meu nome é]] {G1} e [[quero cancelar meu plano|não recebi meu pedido]]. [[Já falei com|Fui atendid{o1} por]] {G3} ontem.", "criado_em": "{ISODATE}T{CLK}:00"}""")
_t(A, "chave_valor", """{ISODATE} {CLK}:12 INFO atendimento.chat session={PROTO} bot="{BOTNAME}" evento=transferencia fila="{DEPT}"
{ISODATE} {CLK}:40 INFO atendimento.chat session={PROTO} agente="{N2}" agente_id={NUM} cliente_nome="{P1}" cliente_doc={CPF}
{ISODATE} {CLK}:02 WARN atendimento.chat session={PROTO} msg="cliente pediu supervisor" supervisor="{N3}"
{ISODATE} {CLK}:55 INFO atendimento.chat session={PROTO} encerrado_por=agente nps=[[10|9|3|0|7]] comentario="[[{G2} foi ótim{o2}|demorou muito|a {BOTNAME} não entendeu nada]]"
""")
_t(A, "tabela_csv", lambda c: "Relatório de atendimentos — {COMPANY} — {Month}/{YEAR}\n" + c.table(";", ["protocolo", "cliente", "cpf", "cidade", "atendente", "status"],
    ["{PROTO}", "[[{P#}|{P#:u}|{V#}]]", "{CPF}", "{CITY}", "[[{G1}|{N1}|{N2}]]", "[[resolvido|pendente|cancelado|reaberto]]"], c.rng.randint(3, 8)))
_t(A, "tabela_pipe", lambda c: "**Escala do SAC — semana de {DATEC}**\n\n" + c.table("|", ["Dia", "Turno", "Atendente", "Supervisor"],
    ["{Weekday}", "[[Manhã|Tarde|Noite]]", "[[{N#}|{G#}|{X#}]]", "{N1}"], c.rng.randint(3, 7)) + "\n\nDúvidas: falar com {G2} ({DEPT}).")
_t(A, "tabela_tab", lambda c: c.table("\t", ["Pedido", "Destinatário", "Cidade", "Transportadora", "Recebido por"],
    ["{ORDER}", "{P#}", "{CITYUF}", "[[Correios|Jadlog|Total Express|Loggi|Mercado Envios]]", "[[{N1#}|porteiro|{G1#}|vizinho|—]]"], c.rng.randint(3, 7)))
_t(A, "avaliacao", """{STARS} [[Atendimento excelente|Péssima experiência|Recomendo|Nunca mais compro|Bom, mas demorado]]
{N1} · [[Avaliação|Review]] de {DATE}
[[Fui na {STORE} do {PLACE}|Comprei na {STORE} de {CITY}|Pedi pelo app da {COMPANY}]] e [[{o2} vendedor{a2} {G2}|{o2} {G2} do caixa|{o2} atendente {N2}]] [[foi super atencios{o2}|me tratou muito mal|resolveu tudo em 5 minutos|não sabia nada do produto]]. {WORD}. [[Nota 10 pr{o2} {G2}!|Gerente {G3} nem apareceu.|Obrigado {G2}!!]]
[[Resposta da loja|Resposta do proprietário]]: Olá, {G1}! [[Agradecemos o elogio, vamos repassar a|Lamentamos o ocorrido, já encaminhamos ao]] [[equipe|{DEPT}]]. Equipe {COMPANY}.""")
_t(A, "post", """[[@{COMPANY}|#{COMPANY}]] [[vergonha|absurdo|parabéns]]!! [[Esperei|Fiquei]] {NUM} [[minutos|dias]] [[na fila|pelo reembolso]] e {o2} {G2} [[da loja|do SAC]] [[simplesmente sumiu|me ajudou demais]]. {WORD} #[[procon|atendimento|consumidor]]
— {HANDLE1} · {NUM} curtidas · {NUM} comentários
{HANDLE3}: [[comigo foi igual|aconteceu o mesmo comigo]] na loja de {CITY}
{HANDLE4}: @{G1} manda DM pra {N5}, {ele5} é gerente lá e resolve
{COMPANY}: Olá, {G1}! Sentimos muito. Pode nos chamar no privado com o CPF do titular?""")
_t(A, "sms", """{COMPANY:u}: [[Ola|Olá]] {G1:a}, seu pedido {ORDER} [[saiu para entrega|foi entregue|esta disponivel para retirada]]. [[Rastreie|Acompanhe]] em [[app.entrega.com|bit.ly/3xYz]]. Nao responda.
{COMPANY:u}: {G1:a}, sua fatura de {MONTH:u} vence {DATEC}. Valor {MONEY}. Cod barras no app.
[[Entregue|Recebido]] por: {N2:a} ({JOB}) em {DATE} {CLK}. [[Duvidas|Dúvidas]]? {PHONE}
{BANK}: Compra aprovada no cartao final {NUM} de {SMALLMONEY} em {MERCHANT} {DATEC} {CLK}.""")
_t(A, "lista", """Participantes do treinamento de atendimento — {DATEL} ({COMPANY})
1. {N1} ({DEPT})
2. {N2} ({DEPT})
3. {X3}
4. {N4} — [[instrutor{a4}|convidad{o4}]]
5. {X5}
[[6. {N6}
|]]Organização: {G7}[[ e {G8}| / {DEPT}|]]. Local: sala {NUM}, {RUA}. Coffee break patrocinado pela {BRAND}.""")
_t(A, "lista_maiusculas", """LISTA DE CLIENTES CONTEMPLADOS — PROMOÇÃO {HOLIDAY:u} {STORE:u}
{P1:u} - {CITY:u}/{UF}
{P2:u} - {CITY:u}/{UF}
{P3:u} - {CITY:u}/{UF}
{P4:u} - {CITY:u}/{UF}
[[{P5:u} - {CITY:u}/{UF}
|]]PRÊMIO: {PRODUCT:u}. SORTEIO AUDITADO POR {N6:u} (OAB). REGULAMENTO NA LOJA DA {RUA:u}.""")
_t(A, "transcricao", """[Áudio transcrito automaticamente]
[[ô|oi]] {G2:l} [[bom dia|boa tarde]] aqui é {o1} {G1:l} [[do apto|da casa]] {NUM} [[né|tá]] então é que o entregador deixou uma caixa da {STORE:l} [[aí na portaria|com o porteiro]] no nome da minha [[vizinha|sogra|irmã]] {f3}{N3:l} e ela [[viajou|tá internada]] aí [[se puder|por favor]] guarda [[aí|com vocês]] até {WEEKDAY} que {G3:l} volta tá [[brigadão|obrigada|valeu]]""")
_t(A, "portaria", """LIVRO DE OCORRÊNCIAS — PORTARIA — Condomínio [[Residencial|Edifício]] [[Santa Mônica|Dom Bosco|Barão de Mauá|Jardim das Flores]]
{DATE} {CLK} — Visitante: {P1}, RG {RG}, destino apto {NUM}, autorizado por {f2}{N2} (moradora).
{DATE} {CLK} — Entrega {STORE} recebida pelo porteiro {G3}. Destinatário: {X4}.
{DATE} {CLK} — Técnico da {TELCO} ({N5}) acessou a casa de máquinas acompanhado do zelador {K6}.
{DATE} {CLK} — {Sr7} {S7} (apto {NUM}) reclamou de barulho no salão de festas. {RELIG}.
Porteiro de plantão: {N3}""")
_t(A, "autorizacao", """AUTORIZAÇÃO PARA RETIRADA DE MERCADORIA

Eu, {P1:c}, portador{a1} do CPF {CPF}, autorizo {o2} Sr{a2}. {P2}, RG {RG}, a retirar em meu nome o [[produto|pedido]] {ORDER} ({PRODUCT}) na loja {STORE} [[da {RUA}|do {PLACE}]].

{CITY}, {DATEL}.

_____________________________
{P1}

Conferido por: {N3} — [[Gerente|Operador de caixa|Fiscal de loja]]""")
_t(A, "reserva", """RESERVA CONFIRMADA — Localizador {PLATE}
Passageiro(s):
  1. {W1}  [[MR|MRS|ADT]]
  2. {W2}  [[CHD|ADT|MS]]
Voo [[G3|AD|LA]] {NUM}{NUM} {CITY:u} → {CITY:u} em {DATE} {CLK}
Contato: {EMAIL1} / {PHONE}
Emitido por: {N3} — [[Agência|Central de Reservas]] {COMPANY}
Check-in no app [[Azul|Gol|LATAM]]. Bagagem: 1 peça de 23 kg.""")
_t(A, "nota_interna", """Obs. interna ({DATE}): client{a1} {X1} ligou [[nervos{o1}|chorando|irritad{o1}]]. Disse que {o3} vendedor{a3} {G3} prometeu [[frete grátis|desconto de {PCT}|entrega no sábado]]. Conferi com {o4} gerente {N4}: [[não houve promessa|confirmado, honrar]]. {G1} pediu para falar [[somente|apenas]] com {o2} {G2} nas próximas ligações. Cuidado: [[{o1} client{a1}|{ele1}]] tem nome parecido com outro cadastro ({P5}, mesma rua: {RUA}).""")
_t(A, "email", """Assunto: Elogio ao atendimento - loja {CITY}

{GREET},
Quero registrar um elogio [[à|ao]] [[funcionári{o2}|colaborador{a2}|atendente]] {N2}, da loja {STORE} do {PLACE}. [[Ontem|Na {WEEKDAY}]] fui com meu pai, {m3}{Sr3} {P3}, que tem {DISEASE}, e {o2} {G2} teve uma paciência enorme[[, buscou cadeira, água|, explicou tudo devagar]]. [[Também|E]] {o4} {G4} do estoque [[ajudou|colaborou]].
Já elogiei também no Reclame Aqui. {RELIG}!

{N1}
[[Enviado do meu iPhone|Enviado do meu Galaxy|Enviado do Outlook para Android]]""")
_t(A, "chat_app", lambda c: c.chat([
    ("{BOTNAME}", "Oi! Eu sou {BOT}. Me diz seu CPF para eu localizar seu cadastro 😉"),
    ("Você", "{CPF}"),
    ("{BOTNAME}", "Encontrei! Você é {P1}, certo?"),
    ("Você", "[[sim|isso|correto]]. quero [[renegociar minha dívida|segunda via do boleto|cancelar o seguro]]"),
    ("{BOTNAME}", "Perfeito. Vou te passar para [[um especialista humano|nossa equipe de {DEPT}]]."),
    ("{N2} ({DEPT})", "Olá {G1}, aqui é {o2} {G2}. [[Vi que a parcela de {MONTH} ficou em aberto.|Já estou com seu contrato aberto.]]"),
    ("Você", "isso, o {N3} da agência disse que dava pra parcelar em {NUM}x"),
]))
_t(A, "whatsapp", lambda c: c.chat([
    ("{PHONE}", "Boa tarde, é da {COMPANY}? [[Vi o anúncio|Peguei o contato]] no Instagram"),
    ("{COMPANY}", "Boa tarde! Sim, aqui é {o2} {G2}. Com quem eu falo?"),
    ("{PHONE}", "Aqui é {o1} {N1}, [[indicação|indicad{o1}]] da {f3}{G3} [[do salão|da academia|da igreja]]"),
    ("{COMPANY}", "Ah, a {G3}! [[Ela é nossa cliente faz tempo|Manda um beijo pra ela]] 😊. O que você procura?"),
    ("{PHONE}", "[[Um orçamento|Orçamento]] para {PRODUCT}, entrega em {CITY}"),
    ("{COMPANY}", "Fica {MONEY} à vista ou 10x sem juros. Entrega com a {BRAND}? não, com a transportadora do {Dom4} {G4}, {NUM} dias."),
]))
_t(A, "ata_reuniao", """Reunião semanal — Qualidade do Atendimento — {DATEL}
Presentes: {N1} (coordenação), {N2}, {N3}, {G4} e {G5}. Ausente: {N6} (férias).
Pauta:
- NPS de {MONTH}: [[caiu|subiu]] para {NUM}. {G2} apresentou os comentários: clientes citam "{BOTNAME}" e a demora na fila de {DEPT}.
- Caso {PROTO}: client{a7} {X7} ameaçou ir ao Procon com base no {LAW}. Responsável: {G3}.
- Elogio à {G5} pelo atendimento [[à|a]] {Dom8} {P8}.
Encaminhamentos: {G4} revisa o script até {WEEKDAY}; {N1} leva o tema à diretoria.""")
_t(A, "email", """Re: Proposta de acordo - contrato {PROTO}

{Prezado1} {P1},

Conforme conversado por telefone com {o2} {N2} em {DATE}, a {COMPANY} oferece quitação do saldo de {MONEY} com {PCT} de desconto[[, em até {NUM} parcelas|, à vista]].
O boleto pode ser pago em qualquer agência [[do {BANK}|da {BANK}]] ou via Pix ({PIX}).

Caso já tenha efetuado o pagamento, desconsidere.

[[Central de Negociação|Equipe de Recuperação de Crédito]] {COMPANY}
{N3} | {JOB}""")
_t(A, "agenda", """AGENDA DE VISITAS TÉCNICAS — {TELCO} — {Weekday} {DATE}
{CLK}  {STREET} ({BAIRRO})  cliente: {N1}  técnico: {G2}  [[instalação|reparo|retirada de equipamento]]
{CLK}  {STREET} ({BAIRRO})  cliente: {N3}  técnico: {G2}  [[instalação|reparo]]
{CLK}  {STREET} ({BAIRRO})  cliente: {V4}  técnico: {G5}  [[reparo|mudança de endereço]]
{CLK}  {STREET} ({BAIRRO})  cliente: {X6}  técnico: {G5}  [[instalação|reparo]]
Obs.: [[{Sr3} {S3}|{o3} client{a3}]] só recebe após as 14h. Supervisor do dia: {N7}.""")
_t(A, "chat_lower", lambda c: c.chat([
    ("{G1}", "gnt alguém sabe se a {STORE:l} do {PLACE:l} ta aberta hj? [[é|e]] feriado de {RELIG}?"),
    ("{G2}", "ta sim, fui lá agr. {WORD}"),
    ("{G3}", "{m4}{f5}{G1} pergunta pro {K4} ele trabalha la"),
    ("{K4}", "to de folga hj kkk mas abre 10h. procura a {G5} no caixa 3 q ela resolve"),
    ("{G1}", "vlw {K4}!! e obg {G3}"),
]), lower=0.5)
_t(A, "nps", """Pesquisa de satisfação — {COMPANY}
Atendimento nº {PROTO} | Canal: [[Telefone|Chat|Loja física]] | Atendente: {N2}
De 0 a 10, quanto você recomendaria a {COMPANY}? [[10|9|8|6|2|0]]
Comentário: "[[{G2} foi muito educad{o2}, resolveu tudo.|Demorou demais, só resolveu quando {o3} {G3} assumiu.|Não gostei da {BOTNAME}, quero falar com gente.|Ótimo, mas o sistema caiu duas vezes.]]"
Respondido por: {P1} em {DATE}.
[[Cliente autorizou contato: sim ({PHONE})|Cliente não autorizou contato]]""")
_t(A, "carta", """{CITY}, {DATEL}.

À {COMPANY}
A/C Departamento de {DEPT}

Ref.: Cancelamento de contrato nº {PROTO}

Eu, {P1}, CPF {CPF}, residente na {STREET}, solicito o cancelamento [[do meu plano|da assinatura|do contrato de prestação de serviços]] a partir desta data, nos termos do {LAW}. [[Já tentei cancelar pelo telefone com o atendente {N2}, sem sucesso.|A atendente {N2} informou que o pedido deveria ser feito por escrito.]]
Solicito, ainda, que meus dados sejam eliminados conforme a {LAW}.

Atenciosamente,

{P1:c}""")
_t(A, "recibo_entrega", """COMPROVANTE DE ENTREGA — {COMPANY:u}
NF-e {NUM}{NUM}{NUM} | Pedido {ORDER}
Destinatário: {P1:u}
Endereço: {STREET:u} — {CITY:u}/{UF}
Recebedor: {X2}   Documento: {RG}   Grau de parentesco: [[próprio|cônjuge|filho(a)|porteiro|vizinho]]
Data/hora: {DATE} {CLK}
Entregador: {N3} — Placa {PLATE}""")
_t(A, "chat_app", lambda c: c.chat([
    ("Sistema", "Você está na fila. Posição: {NUM}"),
    ("Sistema", "{N2} aceitou o atendimento."),
    ("{N2}", "Oi, tudo bem? [[Sou|Me chamo]] {G2} e vou cuidar do seu pedido {ORDER}."),
    ("Cliente", "oi {G2}. o entregador disse que deixou com {Dom3} {G3}, mas não conheço ninguém com esse nome"),
    ("{N2}", "Entendi. Vou abrir uma contestação com a transportadora. Pode confirmar o endereço?"),
    ("Cliente", "{STREET}, {BAIRRO}. É perto da {SCHOOL}"),
    ("{N2}", "Registrado no protocolo {PROTO}. {Sr1} {S1}, o prazo de resposta é de 5 dias úteis."),
]))


# ---- juridico ---------------------------------------------------------------------------
J = "juridico"

_QUALIF = "{NAT1}, {CIVIL1}, {PROFI1}, portador{a1} do RG nº {RG} e inscrit{o1} no CPF sob o nº {CPF}, residente e domiciliad{o1} na {STREET}, {BAIRRO}, {CITYUF}, CEP {CEP}"

_t(J, "peticao", """EXCELENTÍSSIMO[[ SENHOR| (A) SENHOR (A)|]] DOUTOR[[ (A)|]] JUIZ[[ (A)|]] DE DIREITO DA {COURT:u}

{P1:c}, """ + _QUALIF + """, vem, respeitosamente, à presença de Vossa Excelência, por [[seu advogado|sua advogada|seus advogados]] que esta subscreve ({N2}, {OAB}), propor

AÇÃO [[DE INDENIZAÇÃO POR DANOS MORAIS|DECLARATÓRIA DE INEXISTÊNCIA DE DÉBITO|DE OBRIGAÇÃO DE FAZER]]

em face de {COMPANY:u}, pessoa jurídica de direito privado, inscrita no CNPJ sob o nº {CNPJ}, com sede na {STREET}, pelos fatos e fundamentos a seguir expostos.
I - DOS FATOS
[[{O1} Autor{a1}|{O1} Requerente]] teve seu nome negativado [[em|no dia]] {DATE}, por débito de {MONEY} que desconhece, conforme {LAW}.""")
_t(J, "procuracao", """PROCURAÇÃO AD JUDICIA ET EXTRA

OUTORGANTE: {P1:u}, """ + _QUALIF + """.

OUTORGAD{O2:u}: {P2:c}, advogad{o2}, inscrit{o2} na {OAB}[[, e {P3:c}, advogad{o3}, {OAB}|]], com escritório na {STREET}, {CITYUF}.

PODERES: os da cláusula ad judicia et extra, para o foro em geral, em especial para propor ação contra {COMPANY}, podendo [[substabelecer|receber e dar quitação|firmar acordos]].

{CITY}, {DATEL}.

____________________________
{P1}""")
_t(J, "ata_audiencia", """TERMO DE AUDIÊNCIA DE [[CONCILIAÇÃO|INSTRUÇÃO E JULGAMENTO]]
Processo nº {PROC}
Aos {DATEL}, às {TIME}, na sala de audiências da {COURT}, sob a presidência d{o3} MM. Juiz{a3} de Direito {Dr3} {P3}, [[comigo, escrevente|comigo, conciliador{a4}]] {N4}, foi aberta a audiência. Presentes: a parte autora, {P1}, acompanhad{o1} de seu advogado[[(a)|]], {Dr2} {N2} ({OAB}); a parte ré, {COMPANY}, representada pelo preposto {N5} e pel{o6} advogad{o6} {N6}.
[[Proposta a conciliação, esta resultou infrutífera.|As partes celebraram acordo no valor de {MONEY}.]] [[Nada mais.|Saem os presentes intimados.]] Eu, {G4} {S4}, digitei.""")
_t(J, "sentenca", """SENTENÇA

Processo: {PROC}
Classe: Procedimento Comum Cível
Requerente: {P1}
Requerid{o5}: {P5}

Vistos.
{P1} ajuizou a presente ação em face de {P5}, alegando, em síntese, que [[adquiriu d{o5} requerid{o5} um veículo|locou imóvel de propriedade d{o5} requerid{o5}]] na {STREET} e que [[não recebeu a documentação|sofreu danos]]. Citad{o5}, {o5} requerid{o5} apresentou contestação [[por meio do advogado {N6}|às fls. {NUM}]].
É o relatório. Fundamento e decido.
[[Ante o exposto, JULGO PROCEDENTE|Ante o exposto, JULGO IMPROCEDENTE|Ante o exposto, JULGO PARCIALMENTE PROCEDENTE]] o pedido, nos termos do art. 487, I, do CPC.
P.R.I.
{CITY}, {DATEL}.
{P3}
Juiz{a3} de Direito""")
_t(J, "contrato", """CONTRATO DE LOCAÇÃO RESIDENCIAL

LOCADOR{A1:u}: {P1:c}, """ + _QUALIF + """.
LOCATÁRI{O2:u}: {P2:c}, {NAT2}, {CIVIL2}, {PROFI2}, CPF {CPF}.
FIADOR{A3:u}: {P3:c}, {NAT3}, CPF {CPF}[[, e seu cônjuge {P4}|]].

CLÁUSULA PRIMEIRA – O objeto da presente locação é o imóvel situado na {STREET}, {CITYUF}.
CLÁUSULA SEGUNDA – O aluguel mensal é de {MONEY}, com vencimento todo dia {NUM}, pago por Pix à chave {PIX}.
CLÁUSULA TERCEIRA – Aplica-se a {LAW}.
[[A administração ficará a cargo da Imobiliária {Z5}, na pessoa de {N6}.|Testemunhas: {N5} e {N6}.]]""")
_t(J, "certidao", """REPÚBLICA FEDERATIVA DO BRASIL
REGISTRO CIVIL DAS PESSOAS NATURAIS
CERTIDÃO DE NASCIMENTO
NOME: {P1:u}
CPF: {CPF}
[[DATA DE NASCIMENTO|NASCIDO EM]]: {DATEL:u}   LOCAL: {HOSPITAL:u}, {CITY:u}
FILIAÇÃO: {m2}{f3}{P2:u} E {P3:u}
AVÓS PATERNOS: {P4:u} E {P5:u}
AVÓS MATERNOS: {P6:u} E {P7:u}
Oficial: {N8}[[ — Escrevente autorizad{o9}: {N9}|]]
{CITY}, {DATE}.""")
_t(J, "notificacao", """NOTIFICAÇÃO EXTRAJUDICIAL

NOTIFICANTE: {P1}, CPF {CPF}
NOTIFICAD{O2:u}: {P2:c}, residente na {STREET}

{Prezado2} {Senhor2},

Pela presente, {o1} notificante, por intermédio de sua advogada, {f3}{Dr3} {N3} ({OAB}), vem NOTIFICÁ-L{O2:u} para que, no prazo de [[10 (dez)|15 (quinze)|30 (trinta)]] dias, [[desocupe o imóvel|quite os aluguéis em atraso, que somam {MONEY}|cesse a obra irregular]], sob pena das medidas judiciais cabíveis, nos termos da {LAW}.
Ciente: ________________ ({N2})
{CITY}, {DATEL}.""")
_t(J, "mandado", """PODER JUDICIÁRIO
{COURT:u}
MANDADO DE [[CITAÇÃO|INTIMAÇÃO|PENHORA E AVALIAÇÃO]]
Processo: {PROC}
Exequente: {COMPANY}
Executad{o1}: {P1:u} – CPF {CPF}
Endereço: {STREET}, {CITY}
O(A) Doutor(a) {P3}, MM. Juiz(a) de Direito, MANDA a qualquer Oficial de Justiça [[que CITE|que INTIME]] {o1} executad{o1} acima para [[pagar a dívida de {MONEY}|comparecer à audiência de {DATE}]].
CERTIDÃO: Certifico eu, Oficial de Justiça {N4}, que [[diligenciei no endereço e citei {o1} executad{o1}, que exarou ciente|deixei de citar pois, segundo o porteiro {G5}, {o1} executad{o1} mudou-se]].""")
_t(J, "acordo", """TERMO DE ACORDO – RECLAMAÇÃO TRABALHISTA Nº {PROC}
Reclamante: {P1:c} | Reclamada: {COMPANY:u}
As partes, assistidas por seus procuradores, {Dr2} {N2} ({OAB}) e {Dr3} {N3} ({OAB}), celebram acordo no valor líquido de {MONEY}, em [[parcela única|{NUM} parcelas]], mediante depósito na conta d{o1} reclamante (Banco {BANK}, ag. {AG}, c/c {CC}).
Homologado pel{o4} Juiz{a4} do Trabalho {P4}, da 2ª Vara do Trabalho de {CITY}.
Testemunha d{o1} reclamante ouvida antes do acordo: {N5}, ex-colega do setor de {DEPT}.""")
_t(J, "email", """De: {N2} <{WMAIL2}>
Para: {N3} <{WMAIL3}>
Cc: {N4}
Assunto: [[Processo|Proc.|RE:]] {PROC} — [[{V1}|{N1}]] x {COMPANY}

{G3}, boa tarde.
[[Segue minuta da réplica|Segue a contestação protocolada]]. {O1} client{a1} ({N1}) [[pediu para revisarmos o pedido de danos morais|vai trazer os comprovantes na {WEEKDAY}]].
[[O juiz|A juíza]] da causa é {o5} {Dr5} {N5}, que costuma [[designar audiência rápido|julgar antecipadamente]]. Prazo fatal: {DATE}.
{G4}, por favor agende com {o1} {G1} para [[{WEEKDAY}|amanhã]] às {TIME}.

""" + _SIG)
_t(J, "andamento", lambda c: "Processo {PROC} — {COURT}\nPartes: {P1} x {COMPANY}\n\n" + c.table("|", ["Data", "Movimento", "Responsável"],
    ["{DATE}", "[[Conclusos para despacho|Juntada de petição|Expedição de mandado|Audiência designada|Decisão interlocutória|Publicação no DJe]]", "[[{N#}|{X#}|Secretaria|Gabinete]]"], c.rng.randint(3, 7)) + "\n\nAdvogado responsável no escritório: {N2} ({OAB}).")
_t(J, "tabela_csv", lambda c: "processo;autor;reu;advogado;vara;valor_causa\n" + "\n".join(
    f"{{PROC}};[[{{P1{k}}}|{{P1{k}:u}}|{{V1{k}}}]];[[{{COMPANY2}}|{{P2{k}}}]];{{N3{k}}};{{COURT}};{{VAL}}" for k in range(c.rng.randint(3, 7))))
_t(J, "inventario", """ESCRITURA PÚBLICA DE INVENTÁRIO E PARTILHA
Autor da herança: {m1}{P1:u}, falecido em {DATE}, no {HOSPITAL}, {CITY}, conforme certidão de óbito.
Viúva meeira: {f2}{P2:c}, """ + "{NAT2}, {PROFI2}, CPF {CPF}" + """.
Herdeiros: {P3:c}, {P4:c} e {P5:c}[[, este último representado por sua curadora, {P6}|]].
Inventariante: {N3}.
Bens: imóvel na {STREET}, {CITYUF}; saldo em conta no {BANK}; veículo placa {PLATE}.
Advogad{o7} assistente: {N7}, {OAB}. Tabeli{o8}: {N8} — [[1º|2º|3º]] Tabelionato de Notas de {CITY}.""")
_t(J, "boletim_ocorrencia", """BOLETIM DE OCORRÊNCIA Nº {NUM}{NUM}/{YEAR} — {NUM}º DP de {CITY}
Natureza: [[Furto|Estelionato|Ameaça|Lesão corporal|Perda de documentos]]
Data/hora do fato: {DATE} {TIME}   Local: {RUA}, próximo à {SCHOOL}
COMUNICANTE: {P1:c}, {NAT1}, {PROFI1}, RG {RG}, tel. {PHONE}
VÍTIMA: [[a própria comunicante|{o1} próprio comunicante|{P2:c}]]
AUTOR: [[desconhecido|{P3:c}, vulgo "{K3}"|não identificado]]
HISTÓRICO: Relata {o1} comunicante que [[teve o celular subtraído na saída do {PLACE}|recebeu ligação de pessoa que se identificou como {N4}, funcionári{o4} do {BANK}, solicitando código|foi ameaçad{o1} por vizinho]]. Testemunha: {N5}.
Autoridade: {Dr6} {N6}, Delegad{o6} de Polícia. Escrivão(ã): {N7}.""")
_t(J, "jurisprudencia", """(TJ{UF}; Apelação Cível {PROC}; Relator(a): {P1}; Órgão Julgador: {NUM}ª Câmara de Direito Privado; Data do Julgamento: {DATE})
[[Ementa|EMENTA]]: APELAÇÃO. {LAW:u}. Negativação indevida. Dano moral in re ipsa. Súmula 385 do STJ inaplicável. Recurso provido.
Participaram do julgamento os Desembargadores {P2} (Presidente) e {N3}.
No mesmo sentido: REsp {NUM}{NUM}.{NUM}/{UF}, Rel. Min. {N4}, Terceira Turma, DJe {DATE}.""")
_t(J, "whatsapp", lambda c: c.chat([
    ("{N1}", "[[dr|doutor|dra|doutora]] {S2} bom dia, desculpa incomodar. saiu alguma coisa do meu processo?"),
    ("{Dr2} {N2}", "Bom dia, {G1}! Saiu sim: o juiz marcou audiência para {DATE} às {TIME}, na {COURT}."),
    ("{N1}", "tenho q levar testemunha? a {G3} [[minha vizinha|do trabalho]] viu tudo"),
    ("{Dr2} {N2}", "Pode levar sim. Me manda o nome completo e CPF dela que eu arrolo."),
    ("{N1}", "{P3}, cpf {CPF}. {RELIG}"),
    ("{Dr2} {N2}", "Perfeito. Qualquer coisa fale com {o4} {G4}, minha estagiária[[,|]] no {PHONE}."),
]), lower=0.15)
_t(J, "declaracao", """DECLARAÇÃO DE HIPOSSUFICIÊNCIA

Eu, {P1:c}, """ + _QUALIF + """, DECLARO, para os fins do art. 98 do Código de Processo Civil, que não tenho condições de arcar com as custas processuais e honorários advocatícios sem prejuízo do sustento próprio e de minha família, composta por [[mim e meus filhos {G2} e {G3}|mim, meu cônjuge {N2} e nossa filha {G3}]].

{CITY}, {DATEL}.

__________________________
{P1}""")
_t(J, "escritura", """ESCRITURA PÚBLICA DE COMPRA E VENDA
Saibam quantos esta virem que, aos {DATEL}, nesta cidade de {CITY}, perante mim, {P5}, Tabeli{o5} do {NUM}º Ofício de Notas, compareceram as partes: como VENDEDOR{A1:u}, {P1:c}, {NAT1}, {CIVIL1}, CPF {CPF}; e como COMPRADOR{A2:u}, {P2:c}, {NAT2}, {CIVIL2}, CPF {CPF}. O imóvel objeto é o apartamento nº {NUM} do Edifício [[Barão de Mauá|Dom Pedro|Santa Cecília|Villa Lobos]], situado na {RUA}, matrícula nº {NUM}{NUM}{NUM} do Cartório de Registro de Imóveis. Preço: {MONEY}, pago via TED do {BANK}. Assinam como testemunhas {N3} e {N4}.""")
_t(J, "depoimento", """TERMO DE DEPOIMENTO DE TESTEMUNHA
Processo nº {PROC}
Testemunha: {P1}, {NAT1}, {PROFI1}, RG {RG}. Compromissad{o1} na forma da lei.
Às perguntas d{o2} MM. Juiz{a2}, respondeu: que conhece {o3} autor{a3}, {N3}, [[há uns {NUM} anos|desde a escola]]; que trabalhavam juntos na {COMPANY}, no setor de {DEPT}; que presenciou quando {o4} gerente {N4} [[gritou com|humilhou]] {o3} autor{a3} [[na frente de todos|em reunião]]; que [[o|a]] colega {G5} também estava presente.
Às perguntas do advogado da ré, {Dr6} {S6}: que não sabe dizer o horário exato.
Nada mais. {P2}, Juiz{a2} de Direito.""")
_t(J, "recurso", """EGRÉGIO TRIBUNAL DE JUSTIÇA DO ESTADO DE {CITY:u}
APELANTE: {P1:u}
APELAD{O2:u}: {P2:u}
Origem: {COURT} — Processo {PROC}
RAZÕES DE APELAÇÃO
Colenda Câmara, Ínclitos Desembargadores,
A r. sentença proferida pel{o3} MM. Juiz{a3} {N3} merece reforma, pois desconsiderou o depoimento da testemunha {N4} e o laudo do perito {N5}, que atestou [[vício oculto no imóvel|a autenticidade da assinatura]]. Ademais, nos termos da {LAW}, {o2} apelad{o2} [[não comprovou o pagamento|agiu de má-fé]].""")
_t(J, "lista_presenca", lambda c: "LISTA DE PRESENÇA — Sessão de mediação — {COURT}\n" + c.table(";", ["Nome", "Qualidade", "Documento", "Assinatura"],
    ["[[{P#}|{P#:u}]]", "[[requerente|requerido(a)|advogado(a)|preposto|mediador(a)|testemunha]]", "[[{CPF}|{OAB}|{RG}]]", "____________"], c.rng.randint(3, 7), upper_header=True))
_t(J, "lgpd", """Assunto: Requisição de titular — {LAW} — art. 18

Ao Encarregado pelo Tratamento de Dados Pessoais (DPO) da {COMPANY}, {Sr2} {N2},

Eu, {P1}, CPF {CPF}, com base na Lei Geral de Proteção de Dados, solicito: (i) confirmação da existência de tratamento; (ii) acesso aos dados; (iii) informação sobre compartilhamento com terceiros, inclusive com a {COMPANY2}.
Recebi ligações de [[um tal de|uma tal de]] {G3}, que disse trabalhar para vocês e sabia meu endereço ({STREET}).

Resposta do DPO ({DATE}): {Prezado1} {N1}, sua solicitação foi registrada sob o protocolo {PROTO} e será respondida em até 15 dias. {N2} — Encarregad{o2} de Dados.""")
_t(J, "procon", """PROCON-{UF} — CARTA DE INFORMAÇÕES PRELIMINARES (CIP)
Reclamação nº {PROTO}
Consumidor{a1}: {P1} | CPF: {CPF}
Fornecedor: {COMPANY:u} — CNPJ {CNPJ}
Relato: {O1} consumidor{a1} relata que adquiriu {PRODUCT} em {DATE}, [[que apresentou defeito|que não foi entregue]]. [[Contatou o SAC e falou com {N2}, que|Foi atendid{o1} na loja por {G2}, que]] se negou a [[trocar|cancelar]].
Fundamentação: arts. 18 e 35 do Código de Defesa do Consumidor.
Técnic{o3} responsável: {N3} — Matrícula {NUM}{NUM}.""")
_t(J, "guarda", """TERMO DE GUARDA E RESPONSABILIDADE
Processo {PROC} — Vara da Infância e Juventude de {CITY}
Pelo presente, {P1:c}, """ + "{NAT1}, {CIVIL1}, CPF {CPF}" + """, assume a guarda d{o2} menor {P2:c}, nascid{o2} em {DATE}, {filho2} de {P3} e de {P4}, comprometendo-se a prestar-lhe assistência material, moral e educacional, inclusive matrícula na {SCHOOL}.
{CITY}, {DATEL}.
Juiz{a5} de Direito: {P5}   Guardião(ã): ______________""")
_t(J, "uniao_estavel", """DECLARAÇÃO DE UNIÃO ESTÁVEL
{P1:c} e {P2:c}, ambos {NAT1}s, residentes na {STREET}, {CITYUF}, declaram, para os devidos fins, que convivem em união estável desde {MONTH} de {YEAR}, de forma pública, contínua e duradoura, sob o regime da comunhão parcial de bens.
Testemunhas:
1. {N3} — CPF {CPF}
2. {N4} — CPF {CPF}
Reconhecimento de firma: Cartório {Z5} — {CITY}. Escrevente: {X6}.""")
_t(J, "contrato_social", """CONTRATO SOCIAL DE CONSTITUIÇÃO DE SOCIEDADE LIMITADA
[[{Z1} & {Z2}|{Z1} {Z2}|Grupo {Z1}]] Comércio de Alimentos Ltda.
SÓCIOS:
{P1:u}, {NAT1}, {CIVIL1}, empresári{o1}, CPF {CPF}, residente na {STREET};
{P2:u}, {NAT2}, {CIVIL2}, empresári{o2}, CPF {CPF}.
CLÁUSULA 1ª – A sociedade girará sob o nome empresarial acima, com sede na {RUA}, {NUM}, {CITYUF}.
CLÁUSULA 5ª – A administração caberá a{o1:u} sóci{o1} {N1}, [[isoladamente|em conjunto com {N2}]].
Contador responsável: {N3} (CRC-{UF} {NUM}{NUM}{NUM}).""")
_t(J, "oficio", """OFÍCIO Nº {NUM}/{YEAR} — {COURT}
Ao Ilmo. Sr. Gerente do {BANK} — Agência {AG}
Processo: {PROC}
Executad{o1}: {P1:a}, CPF {CPF}
Senhor Gerente,
De ordem d{o2} MM. Juiz{a2} {P2}, solicito [[o bloqueio de valores até o limite de {MONEY}|informações sobre contas em nome d{o1} executad{o1}|a transferência do saldo bloqueado para conta judicial]].
Atenciosamente,
{N3}
Diretor{a3} de Secretaria""")
_t(J, "json", """{"numeroProcesso": "{PROC}", "classe": "Procedimento Comum Cível", "orgaoJulgador": "{COURT}", "poloAtivo": [{"nome": "{P1:c}", "documento": "{CPF}", "advogados": [{"nome": "{N2}", "oab": "{OAB}"}]}], "poloPassivo": [{"nome": "{COMPANY:u}", "documento": "{CNPJ}"}, {"nome": "{P3:c}", "documento": "{CPF}"}], "magistrado": "{P4}", "assuntos": ["{LAW}", "Dano Moral"], "ultimaMovimentacao": "{ISODATE}"}""")
_t(J, "obito", """CERTIDÃO DE ÓBITO
NOME: {P1:u}
SEXO: [[MASCULINO|FEMININO]]   COR: [[PARDA|BRANCA|PRETA|AMARELA|INDÍGENA]]   ESTADO CIVIL: {CIVIL1:u}
DATA E HORA DO FALECIMENTO: {DATE} {CLK}   LOCAL: {HOSPITAL:u}
CAUSA DA MORTE: [[insuficiência respiratória aguda; pneumonia|choque séptico|infarto agudo do miocárdio]]
MÉDICO DECLARANTE: {DR2} {P2:u} — {CRM}
DECLARANTE: {P3:u}, {filho3} d{o1} falecid{o1}
FILIAÇÃO: {P4:u} E {P5:u}
SEPULTAMENTO: Cemitério [[São João Batista|da Saudade|do Araçá|Campo da Esperança|São Francisco de Paula]], {CITY}.""")
_t(J, "ata_notarial", """ATA NOTARIAL
Aos {DATEL}, compareceu neste Tabelionato {P1}, CPF {CPF}, solicitando que eu, {N2}, escrevente, constatasse o conteúdo de conversa no aplicativo WhatsApp em seu aparelho celular. Constatei as seguintes mensagens, enviadas pelo contato salvo como "{G3} [[Trabalho|Chefe|Ex]]" (número {PHONE}):
"{G1}, se você não retirar a queixa vai se arrepender" ({CLK});
"fala com o {G4} que ele te explica" ({CLK}).
{O1} solicitante declara que o referido contato pertence a {P3}. Nada mais.""")
_t(J, "memorando", """MEMO INTERNO — [[Escritório|Banca]] {Z1} & {Z2} Advogados
Para: equipe contenciosa | De: {N1} | Data: {DATE}
1) Processo {PROC} ({N3} x {COMPANY2}): [[@{G4}|{G4},]] preparar memoriais até {WEEKDAY}.
2) Cliente {N5}: retorno sobre a proposta de acordo. [[Responsável: {G6}.|{G2} liga amanhã.]]
3) Audiências da semana: {Weekday} {TIME} — {COURT} ({G2}); {Weekday} {TIME} — {COURT} ({G6}).
4) Lembrete: feriado de {RELIG} — fórum fechado.""")
_t(J, "edital", """EDITAL DE CITAÇÃO — PRAZO DE 20 DIAS. Processo nº {PROC}. O(A) Dr(a). {P1}, Juiz(a) de Direito da {COURT}, na forma da lei, FAZ SABER a {P2:u}, CPF {CPF}, que lhe foi proposta ação de [[Cobrança|Execução de Título Extrajudicial|Usucapião]] por {COMPANY}, objetivando o recebimento de {MONEY}. Estando {o2} requerid{o2} em lugar incerto e não sabido, foi determinada a sua CITAÇÃO por edital. Será o presente afixado e publicado. {CITY}, {DATEL}.""")
_t(J, "agenda", lambda c: "Pauta de audiências — {COURT} — {DATE}\n" + c.table("\t", ["Hora", "Processo", "Autor", "Réu", "Sala"],
    ["{TIME}", "{PROC}", "[[{N#}|{P#:u}]]", "[[{COMPANY2}|{N2#}]]", "[[1|2|3|virtual]]"], c.rng.randint(3, 6)) + "\nConciliador{a1}: {N1}")
_t(J, "habeas_corpus", """EXCELENTÍSSIMO SENHOR DESEMBARGADOR PRESIDENTE DO TRIBUNAL DE JUSTIÇA
Impetrante: {N2}, advogad{o2}, {OAB}
Paciente: {P1:c}
Autoridade coatora: Juízo da 1ª Vara Criminal de {CITY}
{N2}, vem impetrar HABEAS CORPUS com pedido liminar em favor de {P1}, preso desde {DATE}, pelos motivos seguintes: o paciente é primário, tem residência fixa na {STREET} e trabalha como {PROFI1} na {COMPANY}, conforme declaração de seu empregador, {Sr3} {N3}.""")
_t(J, "chat_lower", lambda c: c.chat([
    ("{G1}", "dra boa noite, o oficial de justiça [[veio aqui|passou aqui]] hj procurando meu ex, o {m2}{N2:l}"),
    ("{Dr3} {S3}", "Boa noite, {G1}. Ele deixou algum documento?"),
    ("{G1}", "deixou um papel falando de audiencia dia {DATEC}. c/ a juiza {N4}"),
    ("{Dr3} {S3}", "Ok, me manda foto. É a ação de alimentos das crianças, {G5} e {G6}."),
    ("{G1}", "mando sim. {RELIG}"),
]), lower=0.6)
_t(J, "lista", """Rol de testemunhas (art. 450 do CPC) — {P1} x {COMPANY}:
1) {P2}, {PROFI2}, residente na {STREET};
2) {P3}, {PROFI3}, residente na {STREET};
3) {P4}, [[gerente|ex-funcionári{o4}]] da ré, podendo ser intimad{o4} na {RUA}.
Requer a intimação das testemunhas [[1 e 2|2 e 3]]. Assistente técnico: {N5} ({CRM}).""")
_t(J, "parecer", """PARECER JURÍDICO Nº {NUM}/{YEAR}
Interessad{o1}: {N1}, Diretor{a1} de {DEPT} da {COMPANY}
Assunto: aplicação da {LAW} e da Lei Maria da Penha ao afastamento de colaboradora.
Trata-se de consulta acerca da licença de colaboradora vítima de violência doméstica. Conforme entendimento do STF (ADI {NUM}{NUM}, Rel. Min. {N2}) e doutrina de {N3}, a empresa deve manter o vínculo por até seis meses.
Recomenda-se que o RH, na pessoa de {N4}, mantenha sigilo. É o parecer.
{N5} — {OAB}""")

# ---- saude ------------------------------------------------------------------------------
S = "saude"

_t(S, "evolucao_clinica", """EVOLUÇÃO [[MÉDICA|CLÍNICA]] — {DATE} {CLK} — {SPEC}
Paciente: {P1} | {AGE} anos | Prontuário {NUM}{NUM}{NUM} | Leito {BED}
S: [[Refere melhora da dispneia.|Queixa-se de dor lombar há 3 dias.|Acompanhante ({N2}, {filho2}) relata confusão mental à noite.]] Nega febre.
O: PA {PA} mmHg, FC {NUM}{NUM} bpm, SatO2 9[[2|4|5|6|7|8]]%. [[BEG, corad{o1}, hidratad{o1}.|REG, afebril.]]
A: {DISEASE} [[compensada|descompensada]]; [[HAS|DM2]] em uso de {DRUG}.
P: Mantenho {DRUG} {DOSE}. Solicito {EXAM}. Discutido com {Dr3} {N3} ({SPEC}).
{Dr4} {P4} — {CRM}""")
_t(S, "receita", """[[RECEITUÁRIO|RECEITUÁRIO DE CONTROLE ESPECIAL|Receita Médica]]
[[Clínica {Z3}|{HOSPITAL}|Consultório {Dr3} {S3}]] — {STREET}, {CITYUF} — Tel. {PHONE}

Paciente: [[{P1}|{P1:u}]]
Endereço: {STREET}

Uso [[oral|contínuo|interno]]:
1) {DRUG} {DOSE} ———— [[1 caixa|2 caixas|30 comprimidos]]
   {POSO}
2) {DRUG} {DOSE} ———— [[1 frasco|1 caixa]]
   {POSO}

{CITY}, {DATE}

{Dr3} {P3}
{SPEC} — {CRM}""")
_t(S, "laudo", """LAUDO DE [[ULTRASSONOGRAFIA|RESSONÂNCIA MAGNÉTICA|TOMOGRAFIA COMPUTADORIZADA]]
{LAB} — Unidade {PLACE}
Paciente: {P1}   Idade: {AGE} anos   Convênio: {HEALTHCO}
Médico solicitante: {Dr2} {N2}
Exame: {EXAM}   Data: {DATE}
Técnica: exame realizado em aparelho de alto campo, sem contraste.
Análise: [[Fígado de dimensões normais e contornos regulares.|Discreta protrusão discal em L4-L5.|Ausência de alterações significativas.]] Não há sinais de [[{DISEASE}|processo expansivo]].
Impressão: [[Exame dentro dos limites da normalidade.|Achados compatíveis com {DISEASE}.]]
Médic{o3} responsável: {Dr3} {P3} — {CRM}[[ | Revisado por {Dr4} {N4}|]]""")
_t(S, "atestado", """ATESTADO MÉDICO

Atesto, para os devidos fins, que {o1} [[Sr{a1}.|paciente|]] {P1:c}, [[portador{a1} do CPF {CPF}|RG {RG}]], esteve sob meus cuidados [[nesta data|no dia {DATE}]], das {TIME} às {TIME}, devendo permanecer afastad{o1} de suas atividades por [[{NUM} dias|01 (um) dia|03 (três) dias]] a partir de hoje.
CID-10: {CID} [[(com autorização d{o1} paciente)|]]

{CITY}, {DATEL}.

{Dr2} {P2}
{CRM}""")
_t(S, "encaminhamento", """ENCAMINHAMENTO

[[Ao colega da|À equipe de|Ao serviço de]] {SPEC}[[ do {HOSPITAL}|]],

Encaminho {o1} paciente {N1}, {AGE} anos, {filho1} de {P2}, com história de {DISEASE} há {NUM} anos, em uso de {DRUG} {DOSE} e {DRUG}. [[Apresenta piora progressiva.|Solicito avaliação e conduta.]] Exames anexos ({EXAM}, {DATE}).
[[Paciente acompanhad{o1} pela mãe, {f3}{N3}.|Cuidador responsável: {N3}, tel. {PHONE}.]]

Grat{o4},
{Dr4} {N4} — UBS {BAIRRO}
{CRM}""")
_t(S, "agenda", lambda c: "Agenda — {Dr1} {N1} ({SPEC}) — {Weekday}, {DATE}\n" + c.table("|", ["Hora", "Paciente", "Tipo", "Convênio"],
    ["{CLK}", "[[{P#}|{N#}|{V#}]]", "[[Primeira consulta|Retorno|Teleconsulta|Encaixe|Procedimento]]", "[[{HEALTHCO}|Particular|SUS]]"], c.rng.randint(4, 8)) + "\nConfirmações: {G2} (recepção). {WEEKDAY:u} SEM ATENDIMENTO À TARDE.")
_t(S, "alta", """SUMÁRIO DE ALTA HOSPITALAR — {HOSPITAL}
Nome: {P1} | Nascimento: {DATE} | Registro: {NUM}{NUM}{NUM}{NUM}
Internação: {DATE} | Alta: {DATE} | Unidade: {SPEC}
Diagnóstico principal: {DISEASE} (CID {CID})
Resumo: paciente admitid{o1} pelo pronto-socorro com [[dor torácica|febre e tosse produtiva|descompensação glicêmica]]. Avaliad{o1} por {Dr2} {N2} ({SPEC}) e pela nutricionista {N3}. Evoluiu bem com {DRUG}.
Orientações: retorno com {Dr4} {S4} em 15 dias; manter {DRUG} {DOSE}. Familiar orientad{o5}: {N5} ({filho5}).
Médic{o6} responsável pela alta: {P6} — {CRM}""")
_t(S, "whatsapp", lambda c: c.chat([
    ("{N1}", "Bom dia! [[Gostaria de marcar|Queria agendar]] [[consulta|retorno]] com [[a|o]] {Dr2} {S2}. [[Sou paciente dela|Já sou paciente]]."),
    ("Clínica {Z3}", "Bom dia, {G1}! Temos horário {WEEKDAY} às {TIME} ou {DATE} às {TIME}. Qual prefere?"),
    ("{N1}", "{WEEKDAY} [[por favor|pode ser]]. é pelo {HEALTHCO}"),
    ("Clínica {Z3}", "Agendado ✅ Traga carteirinha e documento. Qualquer dúvida fale com {o4} {G4} da recepção."),
    ("{N1}", "obrigad{o1}! é pra minha [[mãe|filha]] também, {f5}{P5}, pode ser no mesmo horário?"),
]), lower=0.2)
_t(S, "passagem_plantao", lambda c: "PASSAGEM DE PLANTÃO — Enfermaria {SPEC} — {DATE} {CLK}\nEnf. que passa: {N1} | Enf. que recebe: {N2}\n" + "\n".join(
    f"Leito {{BED}} - [[{{N1{k}}}|{{P1{k}:u}}|{{G1{k}}} {{S1{k}}}]], {{AGE}}a - {{DISEASE}}. [[Em uso de {{DRUG}}.|Jejum para {{EXAM}}.|Acompanhante: {{N2{k}}}.|Sem queixas.|Risco de queda.]]" for k in range(c.rng.randint(3, 6))) + "\nIntercorrências: [[nenhuma|queda de saturação no leito {BED}, avaliado pelo plantonista {Dr3} {S3}]].")
_t(S, "prescricao", """PRESCRIÇÃO MÉDICA — {HOSPITAL} — {DATE}
Paciente: {P1:u} | Leito {BED} | Peso {NUM}{NUM} kg | Alergias: [[nega|dipirona|penicilina]]
1. Dieta [[branda|hipossódica|zero]]
2. {DRUG} {DOSE} EV [[8/8h|12/12h|se dor]]
3. {DRUG} {DOSE} VO [[1x/dia|ACM]]
4. Sinais vitais 6/6h; HGT [[6/6h|antes das refeições]]
Prescrito por: {Dr2} {N2} ({CRM}) | Checado por: {N3} ({COREN}) | Farmácia: {N4}""")
_t(S, "vacinacao", """CARTEIRA DE VACINAÇÃO — [[Programa Nacional de Imunizações|SUS]]
Nome: {P1} | Nasc.: {DATE} | Mãe: {f2}{P2}
Vacina | Dose | Data | Lote | Vacinador(a)
BCG | Única | {DATE} | {PLATE} | {N3}
Hepatite B | 1ª | {DATE} | {PLATE} | {N3}
Pentavalente | [[1ª|2ª|3ª]] | {DATE} | {PLATE} | {N4}
Febre amarela | [[Única|Reforço]] | {DATE} | {PLATE} | {X5}
Unidade: UBS {BAIRRO} — {CITY}""")
_t(S, "triagem", """CLASSIFICAÇÃO DE RISCO (PROTOCOLO DE MANCHESTER)
Pronto-Socorro — {HOSPITAL}
Nome: {P1} [[Nome social: {G1}|]]
Idade: {AGE} | Chegada: {CLK} | Trazido por: [[SAMU|meios próprios|familiar ({N2})]]
Queixa: [[dor torácica há 2h|febre e vômitos|queda da própria altura|crise de ansiedade]]
Sinais vitais: PA {PA} | FC {NUM}{NUM} | Temp 3[[6|7|8|9]],[[0|2|5|8]]°C | Dor {NUM}/10
Cor: [[VERMELHO|LARANJA|AMARELO|VERDE|AZUL]]
Enfermeir{o3} classificador{a3}: {N3} — {COREN}""")
_t(S, "consentimento", """TERMO DE CONSENTIMENTO LIVRE E ESCLARECIDO
Eu, {P1}, RG {RG}, [[paciente|responsável legal pel{o2} paciente {P2}]], declaro que fui informad{o1} pel{o3} {Dr3} {P3} sobre o procedimento de [[colecistectomia videolaparoscópica|artroplastia de joelho|cateterismo cardíaco|extração de terceiros molares]], seus riscos e benefícios, e autorizo sua realização no {HOSPITAL}.
Testemunha: {N4}
{CITY}, {DATEL}.""")
_t(S, "pedido_exame", """SOLICITAÇÃO DE EXAMES
Paciente: {N1}   Convênio: {HEALTHCO}   Carteirinha: {NUM}{NUM}{NUM}{NUM}{NUM}
Solicito:
- {EXAM}
- {EXAM}
- {EXAM}
Indicação clínica: investigação de {DISEASE}.
{Dr2} {N2} — {SPEC} — {CRM}
Laboratório sugerido: {LAB}""")
_t(S, "tabela_csv", lambda c: c.table(";", ["nome_paciente", "data_nasc", "exame", "resultado", "medico_solicitante"],
    ["[[{P#}|{P#:u}]]", "{DATE}", "[[glicemia|TSH|hemoglobina|creatinina|PCR|vitamina D]]", "[[{NUM},{NUM}|normal|alterado|{NUM}{NUM}]]", "[[Dr.|Dra.]] [[{N1}|{S1}|{N2}]]"], c.rng.randint(3, 8)))
_t(S, "fhir", """{"resourceType": "Patient", "id": "{NUM}{NUM}{NUM}", "name": [{"use": "official", "family": "{F1}", "given": ["{G1}"]}], "gender": "[[male|female]]", "birthDate": "{ISODATE}", "telecom": [{"system": "phone", "value": "{PHONE}"}], "address": [{"line": ["{STREET}"], "city": "{CITY}"}], "generalPractitioner": [{"display": "{Dr2} {N2}"}], "contact": [{"relationship": [{"text": "[[mãe|pai|cônjuge]]"}], "name": {"text": "{P3}"}}], "managingOrganization": {"display": "{HOSPITAL}"}}""")
_t(S, "email", """[[Autorização|Negativa de cobertura]] — Guia {PROTO}

{Prezado1} {P1},

Informamos que a solicitação de [[{EXAM}|internação eletiva|cirurgia]] feita pel{o2} {Dr2} {N2} foi [[AUTORIZADA|NEGADA, por ausência de cobertura contratual]] pela auditoria médica da {HEALTHCO}[[, após análise d{o3} {Dr3} {S3}|]].
Prestador: {HOSPITAL}. Validade: 30 dias.
Em caso de dúvidas, ligue {PHONE} ou fale com {BOT}.

Central de Autorizações {HEALTHCO}""")
_t(S, "teleconsulta", """[Teleconsulta — transcrição automática — {DATE}]
{Dr2} {S2}: Boa tarde, {G1}, está me ouvindo?
{G1}: Tô sim, doutor{a2}. [[Minha filha tá aqui comigo também|Meu marido tá aqui do lado]], {o3} {G3}.
{Dr2} {S2}: Ótimo. E a pressão, como ficou depois que trocamos para {DRUG}?
{G1}: Melhorou, mas tô sentindo [[tontura de manhã|uma tosse seca]].
{Dr2} {S2}: Isso pode ser efeito do remédio. Vou pedir {EXAM} e te mando a receita pelo app. A {G4} da secretaria confirma o retorno.
{G3}: Doutor{a2}, e o exame do Alzheimer do vovô {K5}, já saiu?""")
_t(S, "escala", lambda c: "ESCALA DE PLANTÃO MÉDICO — {SPEC} — {Month}/{YEAR}\n" + c.table("\t", ["Data", "Diurno", "Noturno", "Sobreaviso"],
    ["{DATEC}", "[[Dr.|Dra.]] {S#}", "[[{N2#}|Dr. {S2#}]]", "[[{N3#}|—]]"], c.rng.randint(4, 8)) + "\nCoordenação: {Dr1} {N1}. Trocas somente com ciência da {G2} (Diretoria Clínica).")
_t(S, "avaliacao", """{STARS} — [[{Dr2} {N2}|Clínica {Z3}|{HOSPITAL}]]
[[Avaliado|Publicado]] por {G1} {S1:u}[[ · paciente desde {YEAR}|]]
[[{Dr2} {S2} é um amor de pessoa|Médic{o2} atencios{o2}, explicou tudo sobre a {DISEASE}|Esperei 2 horas]], [[a recepcionista {G4} também|a secretária {G4} nem olhou na minha cara|e a enfermeira {G5} foi ótima]]. {WORD}. [[Recomendo!|Não volto.]]""")
_t(S, "relatorio_psicologico", """RELATÓRIO PSICOLÓGICO
Identificação: {P1}, {AGE} anos. Solicitante: {N2} ([[responsável|advogad{o2}|empresa {COMPANY}]]).
Demanda: atendimento por [[sintomas ansiosos|luto|conflitos familiares]] após [[separação|o falecimento da avó, {Dom3} {G3}|mudança para {CITY}]].
Procedimento: {NUM} sessões semanais, de {MONTH} a {MONTH}.
Análise: {o1} paciente — que prefere ser chamad{o1} de {K1} — demonstra vínculo com a irmã, {G4}, e dificuldade de relacionamento com o padrasto, {N5}.
{N6} — Psicólog{o6} — CRP {NUM}/{NUM}{NUM}{NUM}{NUM}""")
_t(S, "odontologia", """FICHA CLÍNICA ODONTOLÓGICA — Consultório {Dr1} {S1}
Paciente: {P2}   Nasc.: {DATE}   Responsável: {P3}
Anamnese: [[hipertens{o2}|diabétic{o2}|nega doenças sistêmicas]]; alergia a [[penicilina|látex|nenhuma]].
{DATE} — Restauração resina dente [[16|26|36|46]] — {Dr1} {S1}
{DATE} — Profilaxia — [[ASB|TSB]] {G4}
{DATE} — Extração dente [[18|28|38|48]] — {Dr5} {N5} (cirurgião convidado)""")
_t(S, "notificacao_compulsoria", """SINAN — FICHA DE NOTIFICAÇÃO
Agravo: [[DENGUE|CHIKUNGUNYA|TUBERCULOSE|SÍFILIS ADQUIRIDA|ZIKA]]
Data da notificação: {DATE}   Unidade notificadora: UBS {BAIRRO}
Nome do paciente: {P1:u}
Data de nascimento: {DATE}   Sexo: [[M|F]]   Raça/cor: [[Parda|Branca|Preta|Amarela|Indígena]]
Nome da mãe: {f2}{P2:u}
Endereço: {STREET:u}, {CITY:u}
Notificador: {N3} — [[Enfermeir{o3}|Médic{o3}|ACS]]""")
_t(S, "declaracao", """DECLARAÇÃO DE COMPARECIMENTO
Declaro para os devidos fins que {P1}, CPF {CPF}, compareceu a este serviço ({HOSPITAL}) no dia {DATE}, no período das {TIME} às {TIME}, como acompanhante d{o2} paciente {P2}[[, seu|, sua]] [[mãe|pai|filho(a)|avó]].
{CITY}, {DATE}.
{N3}
[[Serviço Social|Recepção|Enfermagem]]""")
_t(S, "whatsapp", lambda c: c.chat([
    ("{G1}", "gente a vó {f5}{K5} foi internada no {HOSPITAL} 🙏 {RELIG}"),
    ("{G2}", "meu deus!! o que houve?"),
    ("{G1}", "pressão subiu. a dra {S3} disse q vai ficar em observação. o tio {G4} tá lá com ela"),
    ("{G4}", "tô aqui sim. visita só das 15 às 16h. quem for leva documento. a enfermeira chama {G6}, é muito gente boa"),
    ("{G2}", "vou amanhã cedo. precisa levar o cartão do {HEALTHCO}?"),
]), lower=0.4)
_t(S, "reembolso", """SOLICITAÇÃO DE REEMBOLSO — {HEALTHCO}
Titular: {P1} | Carteirinha {NUM}{NUM}{NUM}{NUM}{NUM}{NUM}
Beneficiári{o2} atendid{o2}: {P2} ([[titular|dependente]])
Prestador: {Dr3} {P3} — {SPEC} — CPF {CPF}
Data do atendimento: {DATE} | Valor pago: {MONEY}
Dados bancários para crédito: {BANK}, ag. {AG}, conta {CC}, titular {N1}
Anexos: recibo assinado, pedido médico.""")
_t(S, "fisioterapia", """EVOLUÇÃO FISIOTERAPÊUTICA — Sessão {NUM}/20
Paciente: {N1} — diagnóstico: [[lombalgia|pós-operatório de LCA|{DISEASE}]]
Conduta: cinesioterapia, TENS, [[alongamento de cadeia posterior|fortalecimento de quadríceps]]. Paciente refere melhora de {PCT} da dor. Orientado exercício domiciliar, com apoio da esposa ({G2}).
Fisioterapeuta: {N3} — CREFITO-{NUM}/{NUM}{NUM}{NUM}{NUM}-F
Supervisão: {Dr4} {S4}""")
_t(S, "lista_maiusculas", """FILA DE ESPERA — CIRURGIA ELETIVA — {SPEC:u} — {HOSPITAL:u}
1. {P1:u} — {DISEASE:u}
2. {P2:u} — {DISEASE:u}
3. {P3:u} — {DISEASE:u}
4. {P4:u} — {DISEASE:u}
[[5. {P5:u} — {DISEASE:u}
|]]ATUALIZADO EM {DATE} POR {N6:u} (REGULAÇÃO).""")
_t(S, "farmacia", """{PHARMA:u}
CNPJ {CNPJ} — {STREET}
CUPOM FISCAL ELETRÔNICO
{DRUG:u} {DOSE} 30CP ............ {SMALLMONEY}
{DRUG:u} {DOSE} .................. {SMALLMONEY}
[[DESCONTO PROGRAMA DE FIDELIDADE|FARMÁCIA POPULAR]] .... -{SMALLMONEY}
CLIENTE: {P1:a}   CPF: {CPF}
RECEITA: {DR2} {N2:a} {CRM}
Farmacêutic{o3} responsável: {N3} — CRF-{UF} {NUM}{NUM}{NUM}{NUM}
Atendente: {G4}""")
_t(S, "cuidador", """Relatório do cuidador — {Weekday}, {DATE}
Paciente: {Dom1} {G1} ({AGE} anos)
{CLK} — café da manhã, comeu bem. Tomou {DRUG} e {DRUG}.
{CLK} — fisioterapeuta {G2} veio, fez exercícios por 40 min.
{CLK} — {Dom1} {G1} ficou agitad{o1} à tarde, chamando pela filha {f3}{G3}. Liguei para {o3} {G3} ({PHONE}).
{CLK} — jantar e medicação. Dormiu às 21h.
Cuidador{a4}: {N4}""")
_t(S, "email", """Assunto: Resultado de exames — {LAB}

{GREET}, {G1}!
Seus resultados de {EXAM} ([[pedido|solicitação]] d{o2} {Dr2} {N2}) já estão disponíveis. Acesse com o protocolo {PROTO}.
[[Resultados críticos foram comunicados por telefone ao médico solicitante pel{o3} bioquímic{o3} {N3}.|Não responda este e-mail.]]
{LAB} — Unidade {PLACE}""")
_t(S, "visitantes", lambda c: "CONTROLE DE VISITAS — UTI ADULTO — {HOSPITAL}\n" + c.table(" | ", ["Hora", "Visitante", "Documento", "Paciente", "Parentesco"],
    ["{CLK}", "[[{P#}|{N#}|{P#:u}]]", "{RG}", "[[{N1}|{N2}|{V1}]]", "[[filho(a)|esposo(a)|irmão(ã)|neto(a)|amigo(a)]]"], c.rng.randint(3, 6)).replace("| ---", "---"))
_t(S, "samu", """SAMU 192 — REGISTRO DE OCORRÊNCIA {PROTO}
Solicitante: {N1} ([[vizinho|filha|esposo|transeunte]]) — {PHONE}
Vítima: [[{P2}|não identificada, sexo masculino, aprox. {AGE} anos|{P2:u}]]
Local: {STREET}, em frente à {STORE}
Equipe: USA {NUM} — médic{o3} {N3}, enfermeir{o4} {N4}, condutor {N5}
Conduta: [[RCP por 20 min, ROSC, transporte ao {HOSPITAL}|imobilização e transporte ao {HOSPITAL}|orientações, recusa de remoção assinada]].""")
_t(S, "anamnese", """ANAMNESE — {SPEC}
Nome: {P1} | Idade: {AGE} | Profissão: {PROFI1}
QP: [[cefaleia|dor abdominal|cansaço]] há {NUM} dias.
HDA: [[Refere início súbito|Relata piora progressiva]]; procurou o {HOSPITAL}, onde foi atendid{o1} por {Dr2} {N2}.
AP: {DISEASE}; cirurgia prévia em {YEAR}.
AF: Mãe ({f3}{N3}) com {DISEASE}; pai ({m4}{N4}) falecido por [[IAM|AVC|câncer]].
Hábitos: [[tabagista|ex-tabagista|nega tabagismo]]; etilismo social.""")
_t(S, "sms", """{LAB:u}: {G1:a}, seu exame de {DATEC} esta pronto. Senha: {NUM}{NUM}{NUM}.
{HOSPITAL}: Lembrete — consulta com {Dr2} {S2} ({SPEC}) {WEEKDAY} as {TIME}. Responda 1 p/ confirmar.
{HEALTHCO:u}: Ola {G1:a}, sua guia {PROTO} foi autorizada. Duvidas {PHONE}.""")
_t(S, "carta", """{CITY}, {DATEL}.
Ao Conselho Regional de Medicina
Ref.: Denúncia contra {o2} {Dr2} {P2} ({CRM})
Eu, {P1}, venho relatar que em {DATE}, no {HOSPITAL}, minha [[mãe|esposa|filha]], {f3}{P3}, foi atendida pel{o2} referid{o2} profissional de forma negligente: [[não foi examinada|recebeu alta com {DISEASE} não diagnosticada|foi medicada com {DRUG} apesar de alérgica]]. O enfermeiro {N4} presenciou os fatos.
{N1} — {PHONE}""")
_t(S, "nota_psiquiatria", """Nota de atendimento — CAPS [[II|AD|III]] {BAIRRO}
Usuári{o1}: {N1}, conhecid{o1} como "{K1}". Veio acompanhad{o1} da irmã, {f2}{G2}.
Relata [[insônia|uso de álcool diário|ideação passiva]] desde que perdeu o emprego na {COMPANY}. Em uso de {DRUG} {DOSE}.
Conduta: manter {DRUG}; grupo terapêutico às {WEEKDAY}s com {o3} psicólog{o3} {G3}; VD pelo ACS {G4} na próxima semana.
{Dr5} {N5} — Psiquiatria""")
_t(S, "ata_reuniao", """ATA DA REUNIÃO ORDINÁRIA DA COMISSÃO DE CONTROLE DE INFECÇÃO HOSPITALAR — {HOSPITAL}
Data: {DATEL}. Presentes: {Dr1} {N1} (presidente), Enf. {N2}, farmacêutic{o3} {N3}, {Dr4} {N4} (Infectologia) e {N5} (Qualidade).
1. Taxa de infecção de corrente sanguínea em {MONTH}: {NUM} casos na UTI. {G2} apresentou auditoria de higiene das mãos.
2. Consumo de antimicrobianos: {G3} relatou aumento de {DRUG}.
3. Surto de [[Klebsiella|Acinetobacter|Covid-19]] na ala {BED}: isolamento mantido.
Nada mais havendo, {o1} presidente encerrou a reunião. Lavrada por {N6}.""")
_t(S, "chat_lower", lambda c: c.chat([
    ("paciente", "oi boa tarde, sou {o1} {G1} {S1}, fiz exame aí sexta. vcs sabem se o resultado saiu?"),
    ("{LAB}", "Boa tarde, {G1}! Saiu sim. Pode acessar pelo app c/ seu cpf."),
    ("paciente", "ok. e vcs mandam p/ dra {S2} direto ou eu q levo?"),
    ("{LAB}", "Enviamos direto se o pedido tiver o e-mail dela. O seu tem: {EMAIL2}."),
    ("paciente", "obg!! {RELIG}"),
]), lower=0.5)
_t(S, "nutricao", """PLANO ALIMENTAR — {N1}
Nutricionista: {N2} — CRN-{NUM} {NUM}{NUM}{NUM}{NUM}
Objetivo: controle de {DISEASE}.
Café da manhã: 1 fatia de pão integral, ovo mexido, café sem açúcar.
Almoço: salada à vontade, arroz integral, feijão, frango grelhado.
Lanche: fruta (evitar as da barraca do {Dom3} {G3}, muito maduras kkk).
Obs.: [[retorno em 30 dias|enviar diário alimentar para {EMAIL2}]].""")

# ---- financeiro -------------------------------------------------------------------------
F = "financeiro"

_t(F, "extrato", lambda c: "EXTRATO DE CONTA CORRENTE — {BANK:u}\nCliente: {P1:u}   Ag. {AG}   C/C {CC}\nPeríodo: 01/{DATE}\n\nDATA   HISTÓRICO                               VALOR\n" + "\n".join(
    f"{{DATEC}}  [[PIX RECEBIDO {{P{k}:a}}|PIX ENVIADO {{P{k}:a}}|TED RECEBIDA {{N{k}:a}}|PAG BOLETO {{COMPANY2:a}}|COMPRA CARTAO {{MERCHANT}}|TARIFA PACOTE SERVICOS|DEP DINHEIRO AG {{AG}}|PIX ENVIADO {{MERCHANT}}|SAQUE 24H {{CITY:a}}]]  {{VAL}}[[ C| D|-|]]"
    for k in range(2, 2 + c.rng.randint(5, 10))) + "\n\nSALDO DISPONÍVEL  {VAL}\nGerente: {N20} — {PHONE}")
_t(F, "comprovante", """Comprovante de [[transferência|Pix]]
{DATE} às {CLK}
Valor: {MONEY}
[[Tipo de transferência: Pix|Pix]]

Dados do recebedor
Nome: [[{P1}|{P1:u}]]
CPF: {CPFM}
Instituição: {BANK}
Chave: {PIX}

Dados do pagador
Nome: [[{P2}|{P2:u}]]
Instituição: {BANK}
ID da transação: E{NUM}{NUM}{NUM}{NUM}{NUM}{NUM}{NUM}
[[Descrição: aluguel {MONTH}|Descrição: parte da {G3} no presente|]]""")
_t(F, "recibo", """RECIBO

Recebi de {P1:c}, CPF {CPF}, a importância de {MONEY} ([[mil e quinhentos reais|trezentos reais|dois mil reais]]), referente a [[aluguel do mês de {MONTH} do imóvel situado na {STREET}|serviços de pintura prestados na residência|honorários advocatícios|venda de um veículo placa {PLATE}]], dando plena quitação.

{CITY}, {DATEL}.

_______________________________
{P2}
CPF {CPF}[[
Testemunha: {N3}|]]""")
_t(F, "holerite", """{COMPANY:u}
CNPJ {CNPJ}
DEMONSTRATIVO DE PAGAMENTO — {MONTH:u}/{YEAR}
Funcionário: {P1:u}   Matrícula: {NUM}{NUM}{NUM}
Cargo: [[ANALISTA FINANCEIRO|AUXILIAR DE PRODUÇÃO|VENDEDOR|MOTORISTA|ASSISTENTE ADMINISTRATIVO]]   Admissão: {DATE}
Centro de custo: {DEPT:u}
001 SALÁRIO BASE ............ {VAL}
050 HORAS EXTRAS 50% ........ {VAL}
201 INSS .................... {VAL}
205 IRRF .................... {VAL}
210 VALE TRANSPORTE ......... {VAL}
LÍQUIDO A RECEBER: {MONEY}
Depósito: {BANK} ag. {AG} c/c {CC}""")
_t(F, "rh", """Assunto: Admissão — {N1} — início {DATE}

Olá, {G2}!
[[Confirmamos|Segue]] a admissão de {P1} para a vaga de {JOB} no time de {DEPT}, com início em {DATE}, salário de {MONEY}.
Gestor{a3} imediat{o3}: {N3}. Buddy de integração: {G4}.
Documentos pendentes: [[CTPS digital|comprovante de residência|certidão de nascimento dos filhos ({G5} e {G6})]].
Exame admissional agendado na Clínica {Z7} ({STREET}).

{N2}
Recursos Humanos — {COMPANY}""")
_t(F, "ata_reuniao", """ATA DA REUNIÃO DE DIRETORIA — {COMPANY}
Data: {DATEL}, às {TIME}, na sede da Companhia, {STREET}.
Presentes: {N1} (Diretor{a1} Presidente), {N2} (Diretor{a2} Financeir{o2}), {N3} (Diretor{a3} de Operações) e, como secretári{o4}, {N4}.
Deliberações: (i) aprovada a contratação de linha de crédito junto ao {BANK} no valor de {MONEY}; (ii) {o2} Sr{a2}. {S2} apresentou o orçamento de {YEAR}; (iii) aprovada a nomeação de {P5} para o cargo de Diretor{a5} Jurídic{o5}.
Nada mais havendo, lavrou-se a presente ata, assinada por todos.""")
_t(F, "ata_assembleia", """ATA DA ASSEMBLEIA GERAL [[ORDINÁRIA|EXTRAORDINÁRIA]] DA {COMPANY:u}
CNPJ {CNPJ} — NIRE {NUM}{NUM}{NUM}{NUM}{NUM}
1. DATA, HORA E LOCAL: {DATEL}, às {TIME}, na sede social, em {CITY}.
2. MESA: Presidente: {P1:c}; Secretári{o2}: {P2:c}.
3. PRESENÇA: acionistas representando {PCT} do capital social, conforme Livro de Presença, incluindo [[o Fundo Barão de Mauá FIA|a Fundação Getulio Vargas]] e {o3} acionista {P3}.
4. DELIBERAÇÕES: aprovadas as contas do exercício; eleitos para o Conselho de Administração {P4}, {P5} e {P6}.
5. ENCERRAMENTO: [[Nada mais havendo|Não havendo outras manifestações]], encerrou-se a assembleia.""")
_t(F, "relatorio", """RELATÓRIO DE AUDITORIA INTERNA Nº {NUM}/{YEAR}
Área auditada: {DEPT} — Filial {CITY}
Equipe: {N1} (líder), {N2} e {N3}. Gestor{a4} da área: {N4}.
Constatação 1: [[pagamentos a fornecedor sem contrato|reembolsos sem comprovante|acessos ao sistema não revogados]] totalizando {MONEY}. Envolvid{o5}: colaborador{a5} {N5}, que [[alegou desconhecer a política|apresentou justificativa]].
Constatação 2: conciliação do {BANK} com divergência de {MONEY}.
Recomendação: revisão da matriz de alçadas. Prazo: {DATE}. Responsável: {G4}.""")
_t(F, "email", """Assunto: [[Aviso de débito|Lembrete de vencimento|Última chance de negociação]] — contrato {PROTO}

{Prezado1} {P1},
Identificamos [[parcela|fatura]] em aberto no valor de {MONEY}, vencida em {DATE}. Para evitar a inclusão do seu CPF nos órgãos de proteção ao crédito (Serasa/SPC), regularize até {DATE}.
Linha digitável: {BARCODE}
Se preferir, converse com {o2} nosso{a2} consultor{a2} {N2} pelo WhatsApp {PHONE}[[ ou com {BOT}|]].
{COMPANY} — [[Crédito e Cobrança|Recuperação de Crédito]]""")
_t(F, "nota_fiscal", """DANFE — DOCUMENTO AUXILIAR DA NOTA FISCAL ELETRÔNICA
EMITENTE: {COMPANY:u} — CNPJ {CNPJ} — {STREET:u}, {CITY:u}/{UF}
DESTINATÁRIO/REMETENTE
NOME/RAZÃO SOCIAL: {P1:u}
CPF: {CPF}   ENDEREÇO: {STREET:u}   BAIRRO: {BAIRRO:u}   MUNICÍPIO: {CITY:u}
DADOS DO PRODUTO: {PRODUCT:u}  QTD 1  VALOR {VAL}
TRANSPORTADOR: [[TRANSPORTADORA {Z2:u} LTDA|CORREIOS|JADLOG]]
INFORMAÇÕES COMPLEMENTARES: Vendedor: {N3:u}. Pedido {ORDER}.""")
_t(F, "boleto", """{BANK:u} | {NUM}{NUM}{NUM}-{NUM} | {BARCODE}
Beneficiário: {COMPANY} — CNPJ {CNPJ}
Pagador: {P1:u} — CPF {CPF}
{STREET} — {CITYUF} — CEP {CEP}
Vencimento: {DATE}   Valor do documento: {MONEY}
Instruções: Após o vencimento cobrar multa de 2%. [[Referente à mensalidade escolar d{o2} alun{o2} {P2} ({SCHOOL}).|Referente à taxa condominial — apto {NUM}.|Referente ao plano {HEALTHCO}.]]
Sacador/avalista: [[{N3}|—]]""")
_t(F, "json", """{"cliente_id": {NUM}{NUM}{NUM}, "nome": "{P1}", "nome_social": [[null|"{G1}"]], "cpf": "{CPF}", "data_nascimento": "{ISODATE}", "nome_mae": "{f2}{P2}", "renda_mensal": {NUM}{NUM}00.00, "profissao": "{PROFI1}", "pep": [[false|true]], "endereco": {"logradouro": "{STREET}", "cidade": "{CITY}", "uf": "{UF}"}, "gerente_responsavel": "{N3}", "agencia": "{AG}", "score": {NUM}{NUM}, "origem": "[[app|agencia|correspondente]]"}""")
_t(F, "chave_valor", """[transacao]
id={PROTO}
valor={VAL}
pagador_nome={P1:a}
pagador_doc={CPF}
recebedor_nome={P2}
recebedor_banco={BANK}
operador={N3}
status=[[APROVADA|NEGADA|EM_ANALISE]]
motivo=[[|suspeita de fraude: titular {G1} nao reconhece|limite excedido]]""")
_t(F, "tabela_csv", lambda c: "Folha {Month} {YEAR} — {COMPANY}\n" + c.table(";", ["matricula", "nome", "cargo", "departamento", "salario"],
    ["{NUM}{NUM}", "[[{P#}|{P#:u}|{V#}]]", "{JOB}", "{DEPT}", "{VAL}"], c.rng.randint(3, 8)))
_t(F, "tabela_tab", lambda c: "Reembolsos de despesas — aprovação {N1}\n" + c.table("\t", ["Data", "Colaborador", "Descrição", "Valor", "Aprovador"],
    ["{DATEC}", "[[{N#}|{P#}|{X#}]]", "[[Uber {CITY}|almoço com cliente na {MERCHANT}|hotel em {CITY}|passagem {CITY}-{CITY}|estacionamento {PLACE}]]", "{VAL}", "[[{G1}|{N1}|{G2}]]"], c.rng.randint(3, 7)))
_t(F, "organograma", """ORGANOGRAMA — {COMPANY} — {YEAR}
Presidência: {P1}
├── Diretoria Financeira: {N2}
│   ├── Controladoria: {N3}
│   └── Tesouraria: {X4}
├── Diretoria de Operações: {N5}
│   └── Logística: {N6}
└── Recursos Humanos: {N7}
Assessoria Jurídica (externa): [[{Z8} & {Z9} Advogados|escritório {Z8} Advogados]]""")
_t(F, "fato_relevante", """FATO RELEVANTE
{COMPANY:u} ("Companhia"), em atendimento à Resolução CVM nº 44, comunica aos seus acionistas e ao mercado que, em {DATE}, {o1} Sr{a1}. {P1} renunciou ao cargo de Diretor{a1} [[Financeir{o1}|de Relações com Investidores]]. O Conselho de Administração elegeu, em substituição, {o2} Sr{a2}. {P2}, que acumulará as funções. A Companhia agradece a{o1:l} Sr{a1}. {S1} pelos serviços prestados.
{CITY}, {DATEL}.
{P2}
Diretor{a2} de Relações com Investidores""")
_t(F, "email_encaminhado", """-----Mensagem original-----
De: {N1} [mailto:{WMAIL1}]
Enviada em: {Weekday}, {DATEL} {CLK}
Para: {N2}; {N3}
Cc: Contas a Pagar
Assunto: NF {NUM}{NUM}{NUM} - aprovação

{G2}, preciso da sua aprovação para pagar a NF do fornecedor {COMPANY2} ({MONEY}). [[O {G3} já validou o serviço.|A {G3} confirmou a entrega.]]

Re: {G1}, aprovado. [[Pode programar para {WEEKDAY}.|Só confirma o centro de custo com {o4} {G4}.]]
""" + _SIG)
_t(F, "linkedin", """{P1} • [[1º|2º|3º+]]
{JOB} na {COMPANY} | [[Ex-{COMPANY2}|MBA FGV]]
{NUM} h •
[[Depois de {NUM} anos|Após {NUM} anos]] na {COMPANY2}, começo hoje um novo ciclo como {JOB} na {COMPANY}! 🚀
Agradeço [[à minha ex-gestora|ao meu mentor]], {N2}, e ao time incrível de {DEPT}: {G3}, {G4} e {K5}. {RELIG}!
#novoemprego #{DEPT}
👏 {NUM} · Comentários: {N6}: "Parabéns, {G1}! Sucesso!" """)
_t(F, "avaliacao", """{STARS} "[[Ótimo lugar para começar|Gestão tóxica|Bons benefícios]]" — {JOB} (ex-funcionário) em {CITY}
Prós: [[plano {HEALTHCO}|vale-refeição bom|horário flexível]]; equipe de {DEPT} unida.
Contras: [[a gerente da filial|o coordenador]] [[(não vou citar nome)|{N1}]] [[persegue quem pede férias|não dá feedback]]. [[A diretora, Sra. {S2}, nunca aparece.|Quem salva é {o3} {G3}, supervisor{a3} de turno.]]
Conselho para a presidência: ouçam os funcionários da Rua Barão de Itapetininga.""")
_t(F, "despesas", """RELATÓRIO DE DESPESAS DE VIAGEM
Colaborador{a1}: {P1} | Centro de custo: {DEPT} | Viagem: {CITY} — {DATE} a {DATE}
Motivo: visita ao cliente {COMPANY2} (reunião com {Sr2} {N2}, {JOB})
Passagem aérea (Azul) ............ {MONEY}
Hotel ({NUM} diárias) ............ {MONEY}
Táxi / Uber ...................... {SMALLMONEY}
Jantar com {G2} e {G3} ........... {SMALLMONEY}
Aprovado por: {N4} em {DATE}""")
_t(F, "analise_credito", """PARECER DE CRÉDITO — PESSOA FÍSICA
Proponente: {P1} | CPF {CPF} | Renda comprovada: {MONEY}
Cônjuge: [[{P2}|não se aplica]]
Operação: [[financiamento de veículo|crédito consignado|capital de giro|cartão de crédito]] — {MONEY} em {NUM}x
Restrições: [[nada consta|1 apontamento no Serasa ({COMPANY2})|protesto em cartório de {CITY}]]
Análise: {o1} proponente trabalha há {NUM} anos na {COMPANY} (confirmado com {N3}, do RH). [[Aprovado com ressalvas.|Reprovado.]]
Analista: {N4} — Alçada: {N5}""")
_t(F, "contrato", """CÉDULA DE CRÉDITO BANCÁRIO Nº {PROTO}
CREDOR: {BANK:u}
EMITENTE: {P1:c}, {NAT1}, {CIVIL1}, CPF {CPF}, residente na {STREET}
AVALISTA: {P2:c}, CPF {CPF}[[, e seu cônjuge {P3}|]]
Valor do crédito: {MONEY} | Taxa: 1,{NUM}% a.m. | Prazo: {NUM} meses
Garantia: alienação fiduciária do veículo placa {PLATE}.
{CITY}, {DATEL}.
Pelo Credor: {N4} (procurador{a4}) e {N5} (gerente geral)""")
_t(F, "lista_maiusculas", """CONSÓRCIO {BANK:u} — GRUPO {NUM}{NUM} — CONTEMPLADOS DA ASSEMBLEIA DE {MONTH:u}
SORTEIO: COTA {NUM}{NUM} — {P1:u}
LANCE LIVRE: COTA {NUM}{NUM} — {P2:u}
LANCE FIXO: COTA {NUM}{NUM} — {P3:u}
LANCE EMBUTIDO: COTA {NUM}{NUM} — {P4:u}
ASSEMBLEIA REALIZADA NA {RUA:u}, {CITY:u}. CONDUZIDA POR {N5:u}.""")
_t(F, "ata_reuniao", """Reunião de fechamento mensal — {Month}/{YEAR}
Participantes: {G1}, {G2}, {G3}, {N4} (convidad{o4}, {COMPANY2})
Itens:
- Receita abaixo da meta em {PCT}; {G2} vai detalhar por filial ({CITY} e {CITY}).
- Inadimplência: {G3} trouxe a lista de clientes acima de 90 dias (ex.: {X5}, {X6}).
Ações:
- {G1}: enviar planilha consolidada até {WEEKDAY}
- {G3}: alinhar com {DEPT} a régua de cobrança
- {N4}: proposta de antecipação de recebíveis""")
_t(F, "chat_lower", lambda c: c.chat([
    ("{G1}", "{G2:l} vc aprovou o pagamento da {COMPANY2:l}? o {G3:l} ta me cobrando"),
    ("{G2}", "aprovei ontem. pede p/ {G4:l} do contas a pagar conferir"),
    ("{G1}", "blz. e a reuniao c/ o {BANK:l}? vai ser {WEEKDAY}?"),
    ("{G2}", "vai. o gerente {N5:l} confirmou. leva o relatorio da {G6:l}"),
    ("{G1}", "ok 👍 {WORD}"),
]), lower=0.7)
_t(F, "avaliacao_desempenho", """AVALIAÇÃO DE DESEMPENHO — CICLO {YEAR}
Colaborador{a1}: {P1} | Cargo: {JOB} | Área: {DEPT}
Gestor{a2} avaliador{a2}: {N2}
Competências: Entrega [[4|3|5]]/5 · Colaboração [[5|4|3]]/5 · Comunicação [[3|4|5]]/5
Comentários d{o2} gestor{a2}: "{G1} [[superou as metas de {MONTH}|precisa melhorar a pontualidade|é referência para o time]]. Destaque para o projeto com {N3} na {COMPANY2}."
Autoavaliação: "Agradeço a parceria de {G4} e {G5}."
Calibrado por: {N6} (RH)""")
_t(F, "aniversariantes", """🎉 Aniversariantes de {Month} — {COMPANY} 🎉
{DATEC} — {N1} ({DEPT})
{DATEC} — {N2} ({DEPT})
{DATEC} — {K3} ({DEPT})
{DATEC} — {N4} ({DEPT})
Parabéns a todos! Bolo na copa do [[3º|5º]] andar {WEEKDAY}, às 16h. Organização: {G5} e {G6}.""")
_t(F, "ferias", lambda c: "Programação de férias — {DEPT} — {YEAR}\n" + c.table("|", ["Colaborador", "Início", "Fim", "Substituto"],
    ["[[{N#}|{X#}]]", "{DATE}", "{DATE}", "[[{G2#}|{N2#}|—]]"], c.rng.randint(3, 7)) + "\nAprovado: {N1} — gestor{a1}")
_t(F, "matriz_alcadas", """MATRIZ DE ALÇADAS — PAGAMENTOS
Até {MONEY}: analista de Contas a Pagar ({N1} ou {N2})
Até {MONEY}: Coordenador{a3} Financeir{o3} — {N3}
Até {MONEY}: Diretor{a4} Financeir{o4} — {P4}
Acima: CEO ({N5}) + conselheiro indicado ({N6})
Vigência: a partir de {DATE}. Exceções: pagamentos à Receita Federal (Leão 😅) e à {TELCO} seguem fluxo automático.""")
_t(F, "irpf", """DECLARAÇÃO DE AJUSTE ANUAL — IRPF {YEAR}
Titular: {P1:u} — CPF {CPF}
DEPENDENTES
11 - Filho(a) — {P2:u} — nasc. {DATE}
11 - Filho(a) — {P3:u} — nasc. {DATE}
[[31 - Pai/mãe — {P4:u} — nasc. {DATE}|]]
PAGAMENTOS EFETUADOS
Médicos no Brasil — {Dr5} {N5:u} — CPF {CPF} — {VAL}
Instituições de ensino — {SCHOOL:u} — CNPJ {CNPJ} — {VAL}
Planos de saúde — {HEALTHCO:u} — {VAL}""")
_t(F, "informe_rendimentos", """COMPROVANTE DE RENDIMENTOS PAGOS E DE IMPOSTO SOBRE A RENDA RETIDO NA FONTE
Ano-calendário {YEAR}
1. Fonte pagadora: {COMPANY:u} — CNPJ {CNPJ}
2. Pessoa física beneficiária dos rendimentos: CPF {CPF} — Nome completo: {P1:u}
3. Rendimentos tributáveis: total dos rendimentos {VAL}; contribuição previdenciária {VAL}; IRRF {VAL}
7. Informações complementares: Plano de saúde {HEALTHCO} — beneficiários: {N1} (titular), {N2} (dependente) — {VAL}
Responsável pelas informações: {N3} — {DATE}""")
_t(F, "fatura_cartao", lambda c: "FATURA {BANK:u} — CARTÃO {CARD}\nTitular: {P1:u}   Adicional: [[{P2:u}|—]]\nVencimento: {DATE}   Total: {MONEY}\n\nLANÇAMENTOS\n" + "\n".join(
    "{DATEC} [[{MERCHANT}|{MERCHANT}|PIX CREDITO {P" + str(10 + k) + ":a}|ANUIDADE DIFERENCIADA|IOF COMPRA INTERNACIONAL]] {VAL}" for k in range(c.rng.randint(5, 10))))
_t(F, "email", """{N1} <{WMAIL1}>
{Weekday}, {DATEL}, {CLK}
para {N2}, {N3}

Oi {G2} e {G3},
[[Segue|Encaminho]] a conciliação de {MONTH}. Ficaram pendentes dois lançamentos do {BANK}: um Pix de {MONEY} para "{P4:a}" sem nota, e a TED para a {COMPANY2}.
{G3}, você consegue falar com {o5} {G5} da tesouraria? [[Ela|Ele]] disse que o comprovante está com {o6} {N6}.

--
{N1}
{JOB} | {COMPANY}
Esta mensagem pode conter informação confidencial. Se você não for o destinatário, apague-a.""")
_t(F, "whatsapp", lambda c: c.chat([
    ("{N1}", "{GREET} [[seu|dona]] {G2}, [[aqui é|sou]] {o1} {G1}, cliente do escritório. o contador {N3} pediu p/ falar com vc sobre o MEI"),
    ("Contabilidade {Z3}", "Olá {G1}! Sim. Preciso do DAS de {MONTH} e do extrato do {BANK}."),
    ("{N1}", "mando hj. o recibo do aluguel tá no nome da minha sogra, {f4}{P4}, tem problema?"),
    ("Contabilidade {Z3}", "Tem não, só precisa do CPF dela. Depois a {G5} te liga pra assinar a procuração."),
]), lower=0.3)
_t(F, "condominio", """CONDOMÍNIO EDIFÍCIO [[DOM PEDRO I|BARÃO DE MAUÁ|SÃO FRANCISCO|JARDIM EUROPA]] — CNPJ {CNPJ}
RECIBO DE TAXA CONDOMINIAL — {MONTH:u}/{YEAR}
Unidade: {NUM}{NUM} — Bloco [[A|B|C]]
Condômino: {P1}
Taxa ordinária ........ {VAL}
Fundo de reserva ...... {VAL}
Rateio obra fachada ... {VAL}
Síndic{o2}: {N2}   Administradora: {COMPANY2}
Recebido por: {N3} em {DATE}""")
_t(F, "carta", """{CITY}, {DATEL}.
À {COMPANY}
A/C {Sr1} {N1} — Gerente de {DEPT}
Assunto: Pedido de demissão
Prezad{o1} {S1},
Eu, {P2}, ocupante do cargo de {JOB}, venho comunicar meu pedido de desligamento, cumprindo aviso prévio de 30 dias a partir de {DATE}. Agradeço a oportunidade e, em especial, a{o3:l} colega {N3}, com quem aprendi muito.
Atenciosamente,
{P2}""")
_t(F, "chat_app", lambda c: c.chat([
    ("Você", "quero falar com meu gerente"),
    ("{BOTNAME}", "Claro! Seu gerente é {N2}. Vou avisar que você chamou 😊"),
    ("{N2}", "Oi, {G1}! Tudo bem? Vi que você quer [[aumentar o limite|antecipar o FGTS|contratar um consórcio]]."),
    ("Você", "isso. e também incluir minha esposa como adicional, {f3}{P3}"),
    ("{N2}", "Consigo sim. Preciso do CPF dela e de um documento com foto. [[A|O]] {G4} da agência de {CITY} pode coletar a assinatura."),
]))
_t(F, "transcricao", """Gravação {PROTO} — Central de Prevenção a Fraudes — {BANK}
Analista ({N2}): Boa tarde, falo com {o1} {Sr1} {P1}?
Cliente: Sim, sou eu.
Analista ({N2}): Identificamos uma compra de {MONEY} na {MERCHANT}, cartão final {NUM}. O senhor reconhece?
Cliente: Não! Eu tô em casa. [[Quem usa o cartão é só eu e minha filha, {G3}.|Meu cartão adicional fica com meu filho, {G3}.]]
Analista ({N2}): Certo. Vou bloquear o cartão e abrir a contestação. Um novo cartão chega em 7 dias úteis no endereço {STREET}.
Cliente: Obrigado, {G2}. {RELIG}.""")
_t(F, "acionistas", lambda c: "Composição acionária — {COMPANY}\n" + c.table(";", ["Acionista", "Ações ON", "Ações PN", "%"],
    ["[[{P#}|{P#:u}|{COMPANY2}|Fundo {Z#} FIA|Tesouraria]]", "{NUM}{NUM}{NUM}.{NUM}00", "{NUM}{NUM}.000", "{PCT}"], c.rng.randint(3, 7)) + "\nData-base: {DATE}. Fonte: Formulário de Referência, item 15.1.")
_t(F, "procuracao", """PROCURAÇÃO PARTICULAR
Pelo presente instrumento particular, eu, {P1}, CPF {CPF}, correntista do {BANK} (agência {AG}, conta {CC}), nomeio e constituo minha bastante procuradora {f2}{P2}, {NAT2}, CPF {CPF}, para movimentar a referida conta, emitir extratos, [[realizar saques|renegociar dívidas|encerrar a conta]], podendo assinar o que for necessário.
{CITY}, {DATEL}.
{P1}
Firma reconhecida no Cartório {Z3} por semelhança. Escrevente: {N4}.""")
_t(F, "memorando", """MEMORANDO CIRCULAR Nº {NUM}/{YEAR}
De: Diretoria de {DEPT} ({N1})
Para: Todas as filiais
Assunto: [[Nova política de reembolso|Encerramento do exercício|Campanha Outubro Rosa]]
A partir de {DATE}, [[os pedidos de reembolso serão aprovados no sistema pelo gestor imediato|o fechamento contábil ocorrerá até o 3º dia útil]]. Dúvidas devem ser direcionadas a {N2} (ramal {NUM}{NUM}{NUM}) ou a {G3}, do {DEPT}.
Lembramos que a Lei Geral de Proteção de Dados se aplica aos dados de colaboradores e clientes.""")
_t(F, "post", """Hoje faz {NUM} anos que [[meu pai|minha mãe|meu avô]], {P1}, abriu a [[Padaria|Mercearia|Ótica|Farmácia]] {Z1} na {RUA}, em {CITY}. Começou vendendo pão na porta da {SCHOOL}, [[sem crédito em banco nenhum|com um empréstimo do {BANK}]]. Hoje somos {NUM} funcionários — a {G2} do caixa está com a gente desde o primeiro dia! {RELIG} 🙏
#empreendedorismo #negociodefamilia
{NUM} curtidas · {N3}: "Orgulho! Parabéns, {G4}!" """)

# ---- more registers ---------------------------------------------------------------------
_t(A, "email", """Olá, {G1}!

Seu pedido {ORDER} foi confirmado 🎉
Itens: {PRODUCT}
Entrega prevista: {WEEKDAY}, {DATE}, no endereço {STREET}, {CITY}.
Quem vai receber: [[{P2}|{P1}|você]]

Ficou com dúvida? Fale com {BOT} no app ou ligue {PHONE}. Nosso horário é de segunda a sábado.
Equipe {COMPANY}
Você recebeu este e-mail porque é cliente {COMPANY}. Rua Barão de Itapetininga, {NUM} — São Paulo/SP""")
_t(A, "lista", """Equipe de plantão do [[feriado|fim de semana]] ({RELIG}):
- Chat: {N1}, {N2} - {X3}
- Telefone: {G4} e {G5}
- Redes sociais: {N6}
- Supervisão: {P7}
[[Qualquer emergência liguem pra {G7}: {PHONE}.|Escala definida por {N8}.]]""")
_t(A, "chat_lower", lambda c: c.chat([
    ("{N1}", "oi!! quero saber se vcs entregam em {CITY:l}"),
    ("{COMPANY}", "Olá! Entregamos sim 😊 Qual o CEP?"),
    ("{N1}", "{CEP}. é p/ presente de aniversario da minha amiga {G2:l}, pode mandar c/ cartão?"),
    ("{COMPANY}", "Pode sim! O que escrevemos no cartão?"),
    ("{N1}", "parabens {G2:l}!! muita luz e paz, beijos da {G1:l} e do {G3:l}"),
]), lower=0.6)
_t(J, "certidao", """CERTIDÃO DE CASAMENTO
MATRÍCULA {NUM}{NUM}{NUM}{NUM} 01 55 {YEAR} 2 {NUM}{NUM}{NUM} {NUM}{NUM}{NUM}
NOMES DOS CÔNJUGES E CPF: {P1:u} — CPF {CPF}; {P2:u} — CPF {CPF}
NOMES QUE PASSARAM A UTILIZAR: [[{P1:u} E {P2:u} {S1:u}|OS MESMOS]]
DATA DO REGISTRO: {DATEL:u}
REGIME DE BENS: [[COMUNHÃO PARCIAL|SEPARAÇÃO TOTAL|COMUNHÃO UNIVERSAL]]
PAIS DO PRIMEIRO CÔNJUGE: {P3:u} E {P4:u}
O conteúdo da certidão é verdadeiro. Dou fé. {CITY}, {DATE}. Oficial: {N5}.""")
_t(J, "intimacao", """Intimação eletrônica — DJe {DATE}
Processo {PROC} — {COURT}
Intimad{o1}: {Dr1} {N1} ({OAB}), advogad{o1} de {P2}.
Teor: "Manifeste-se a parte autora sobre a contestação e documentos de fls. [[{NUM}/{NUM}|juntados]], no prazo de 15 dias. Int." Assinado digitalmente por {P3}, Juiz{a3} de Direito.
Ciência automática em {DATE}. Usuário que registrou: {N4} (servidor{a4}).""")
_t(J, "transcricao", """[Audiência gravada — {COURT} — {DATE}]
JUIZ{A1:u} ({N1}): Estamos gravando. Processo {PROC}. Presentes as partes. Doutor{a2} {S2}, sua cliente vai depor?
ADVOGAD{O2:u} ({N2}): Sim, Excelência. {A3:u} autor{a3}, {N3}.
JUIZ{A1:u}: {Sr3} {S3}, a senhora conhece {o4} {G4} de onde?
AUTOR{A3:u}: Ele era meu supervisor na {COMPANY}, Excelência. O {G4} e a {G5} do RH.
JUIZ{A1:u}: Consigne-se. Pergunta da defesa, {Dr6} {S6}?""")
_t(S, "receita", """Rx
{P1}
{DRUG} {DOSE} — {POSO}
{DRUG} {DOSE} — {POSO}
Retorno em 30 dias com exames.
{Dr2} {N2} | {CRM} | Clínica da Família {Z3} — {CITY}
[[Paciente orientad{o1} na presença da filha, {f4}{G4}.|Receita entregue ao acompanhante ({N4}).]]""")
_t(S, "transcricao", """Ligação central de agendamento — {HEALTHCO} — {DATE}
OPERADOR{A1:u} ({G1}): {HEALTHCO}, {G1}, boa tarde.
BENEFICIÁRIA: Boa tarde, aqui é {f2}{P2}. Quero marcar {SPEC} pro meu filho, {m3}{N3}.
OPERADOR{A1:u} ({G1}): Temos com {Dr4} {N4} no dia {DATE}, {TIME}, na unidade {PLACE}.
BENEFICIÁRIA: Pode ser. Ele tem {DISEASE}, tá?
OPERADOR{A1:u} ({G1}): Anotado. Protocolo {PROTO}.""")
_t(S, "formulario", """FICHA DE CADASTRO — PACIENTE
NOME COMPLETO: {P1:u}
NOME SOCIAL: [[—|{G1}]]
DATA DE NASC.: {DATE}   SEXO: [[M|F]]
CPF: {CPF}   CARTÃO SUS: {NUM}{NUM}{NUM}{NUM} {NUM}{NUM}{NUM}{NUM}
MÃE: {f2}{P2:u}
RESPONSÁVEL: [[{P3:u}|o próprio]]
ENDEREÇO: {STREET:u}, {BAIRRO:u} — {CITY:u}
TELEFONE: {PHONE}
CADASTRADO POR: {N4}""")
_t(F, "formulario", """PROPOSTA DE ABERTURA DE CONTA — PESSOA FÍSICA — {BANK}
Nome: {P1}
Nome da mãe: {f2}{P2}
Nome do pai: [[{m3}{P3}|não declarado]]
Data de nascimento: {DATE}    Naturalidade: {CITY}/{UF}
Documento: RG {RG} / CPF {CPF}
Ocupação: {PROFI1} — Empresa: {COMPANY2}
Renda: {MONEY}
Referência pessoal: {N4} — {PHONE}
Gerente: {N5}   Agência: {AG}""")
_t(F, "lista", """Convidados do evento de fim de ano — {COMPANY}
Diretoria: {N1}, {N2} e {N3}
Clientes: {N4} ({COMPANY2}), {N5} ({COMPANY2}), {X6}
Imprensa: {N7}
Local: {PLACE}, {DATE}, {TIME}. Buffet: Casa do Pão de Queijo. Confirmar com {G8} até {WEEKDAY}.""")
_t(F, "sms", """{BANK:u}: Pix de {SMALLMONEY} recebido de {N1:a} em {DATEC} {CLK}.
{BANK:u}: Voce enviou {SMALLMONEY} para {P2:a}. Se nao reconhece, ligue {PHONE}.
{BANK:u}: {G3:a}, seu limite foi aumentado para {MONEY}. Consulte no app.
Msg de {PHONE}: Oi mae, troquei de numero, me manda um pix? Ass: {G4}""")


# ---- capitalised words that are not people ------------------------------------------------
# statements, card and product names, CRM and ticketing, delivery apps, lab and triage
# vocabulary, legal headings, virtual assistants and interjections: capitalised text beside
# real names, so that the tagger learns from context which capitals are people.

_STMT_MERCHANTS = _split("""HERING STORE; AMAZON MKTPLACE; AMAZON PRIME CANAL; MERCADOLIVRE*MERCADOLIVRE; MP *MERCADOPAGO;
IFD*IFOOD.COM AGENCIA; UBER* TRIP; UBER *EATS PENDING; 99 *POP; 99APP *99FOOD; GOOGLE *YOUTUBEPREMIUM; APPLE.COM/BILL;
NETFLIX.COM; SPOTIFY BRASIL; DISNEY PLUS; GLOBOPLAY; DROGASIL 1832; DROGARIA SAO PAULO 221; RAIA 412; POSTO SHELL SELECT;
AUTO POSTO IPIRANGA; PANVEL FARMACIAS; ZARA BRASIL LTDA; RENNER 0134; CENTAURO ESPORTES; DECATHLON; SHOPEE *LOJAOFICIAL;
ALIEXPRESS; SHEIN BRASIL; SMILES FIDELIDADE; LATAM AIR; AZUL LINHAS AEREAS; LOCALIZA RENT A CAR; SEM PARAR; CONECTCAR;
ESTAPAR ESTACIONAMENTOS; SMART FIT; TOTALPASS; WELLHUB GYMPASS; OUTBACK STEAKHOUSE; MADERO CONTAINER; MC DONALDS;
BURGER KING; STARBUCKS COFFEE; SUBWAY; KFC BRASIL; HABIBS; CINEMARK; INGRESSO.COM; SYMPLA; AIRBNB * HMQ2; BOOKING.COM;
HOTEL IBIS BUDGET; ASSAI ATACADISTA; CARREFOUR HIPER; PAO DE ACUCAR 1288; ATACADAO; SAMS CLUB; OXXO; HORTIFRUTI;
KALUNGA; LEROY MERLIN; TELHA NORTE; KABUM; TERABYTESHOP; PICHAU INFORMATICA; FAST SHOP; PETZ; COBASI; ZE DELIVERY;
RAPPI BRASIL; CASAS BAHIA; MAGALU; TOK STOK; CAMICADO; CHILLI BEANS; BOTICARIO; NATURA COSMETICOS; CACAU SHOW;
KOPENHAGEN; LIVRARIA DA VILA; SARAIVA; CLARO FATURA; VIVO RECARGA; TIM PRE; MICROSOFT*365; GOOGLE CLOUD; CANVA* ;
ADOBE *ACROPRO; DROPBOX; OPENAI *CHATGPT SUBSCR; STEAMGAMES.COM; PLAYSTATION NETWORK; NINTENDO ESHOP; HBO MAX;
PARAMOUNT PLUS; DEEZER; AMAZON KINDLE UNLTD; PADARIA REAL; CONFEITARIA COLOMBO; BAR BRAHMA; CHOPP BRAHMA EXPRESS""")
_TITLE_MERCHANTS = _split("""Hering Store; Amazon Marketplace; Mercado Livre; Pão de Açúcar; Drogasil; Uber Trip; iFood; Zé Delivery;
Rappi; Smart Fit; Netflix; Spotify; Disney Plus; Globoplay; Apple; Google Cloud; Microsoft 365; Canva; Shopee; Shein;
Renner; Zara; Centauro; Decathlon; Petz; Cobasi; Kabum; Magalu; Casas Bahia; Leroy Merlin; Assaí Atacadista; Carrefour;
Posto Shell; Posto Ipiranga; Sem Parar; Localiza; Latam Airlines; Azul Linhas Aéreas; Booking.com; Airbnb; Starbucks;
Outback Steakhouse; Madero; Burger King; Habib's; Cinemark; Ingresso.com; Sympla; Chilli Beans; O Boticário; Cacau Show;
Kopenhagen; Livraria da Vila; Claro; Vivo; TIM; Conta Azul; Estapar; Wellhub; TotalPass; Padaria Real; Oxxo; Hortifruti""")
_GLUE_PREFIX = ["PAG*", "PAG *", "MP*", "MP *", "PIX*", "SUMUP*", "SUMUP *", "PG *", "EC *", "PICPAY*", "IZ *", "STONE*",
                "MERCPAGO*", "PAGSEGURO*", "TON*"]
_CARD_PRODUCTS = _split("""Visa Gold; Visa Platinum; Visa Infinite; Visa Signature; Visa Classic; Mastercard Gold; Mastercard Platinum;
Mastercard Black; Mastercard Standard; Elo Nanquim; Elo Grafite; Elo Mais; Elo Diners Club; American Express Green;
American Express Gold; Hipercard; Diners Club International; Itaú Personnalité Black; Ourocard Visa Infinite; Santander SX;
Santander Unique; Bradesco Aeternum; Nubank Ultravioleta; Inter Black; C6 Carbon; Azul Itaú Infinite; Smiles Visa Infinite;
LATAM Pass Mastercard Black; Porto Bank Mastercard Platinum; Sicredi Mastercard Black; Caixa Elo Mais; BB Ourocard Fácil;
Mercado Pago Visa; PicPay Mastercard Gold; Neon Visa; Will Bank Mastercard""")
_CARS = _split("""Renault|Kwid Zen; Renault|Kwid Intense; Toyota|Corolla XEi; Toyota|Corolla Cross XRE; Fiat|Strada Freedom;
Fiat|Strada Volcano; Chevrolet|Onix Plus; Chevrolet|Onix LT; Chevrolet|Onix Premier; Hyundai|HB20 Comfort; Hyundai|HB20S Platinum;
Volkswagen|Gol Trendline; Volkswagen|Polo Highline; Volkswagen|T-Cross Comfortline; Volkswagen|Nivus Highline;
Hyundai|Creta Limited; Jeep|Compass Longitude; Jeep|Renegade Sport; Toyota|Hilux SRV; Chevrolet|S10 LTZ; Fiat|Toro Ultra;
Fiat|Argo Drive; Fiat|Mobi Like; Fiat|Cronos Precision; Ford|Fiesta SE; Ford|Ka SE; Renault|Sandero Stepway; Renault|Duster Iconic;
Nissan|Kicks Advance; Nissan|Versa Exclusive; Honda|Civic Touring; Honda|HR-V EXL; Honda|City Hatchback; Honda|Fit EX;
Chevrolet|Tracker Premier; Chevrolet|Spin Activ; Volkswagen|Saveiro Robust; Fiat|Fastback Audace; Fiat|Pulse Impetus;
Caoa Chery|Tiggo 5X Pro; BYD|Dolphin Mini; BYD|Song Plus; Ford|Ranger XLS; Volkswagen|Amarok Highline; Nissan|Frontier Attack;
Toyota|Yaris XL; Toyota|Etios X; Chevrolet|Celta Life; Fiat|Uno Way; Fiat|Palio Fire; Volkswagen|Fusca 1300; Peugeot|208 Griffe;
Citroën|C3 Feel; Mitsubishi|L200 Triton Sport; Honda|CG 160 Titan; Yamaha|Fazer FZ25; Honda|Biz 125""")
_PHONES = _split("""iPhone 15 Pro Max; iPhone 14; iPhone 13; iPhone 11; iPhone SE; Galaxy S23 Ultra; Galaxy S24; Galaxy A15; Galaxy A54;
Galaxy A34; Galaxy Z Flip5; Galaxy Tab S9; Moto G84; Moto G54; Moto E22; Motorola Edge 40; Redmi Note 13; Redmi 12C;
Xiaomi 13T; Poco X6 Pro; Realme C55; Zenfone 10; Positivo Twist 5; LG K62; Multilaser Ultra; Apple Watch Series 9;
Galaxy Watch6; AirPods Pro; Kindle Paperwhite; Echo Dot; Fire TV Stick; Chromecast""")
_SAAS = _split("""Totvs; Totvs Protheus; Omie; Bling; Take Blip; Blip; Google Ads; Salesforce; Salesforce Service Cloud; RD Station;
RD Station CRM; Conta Azul; Tiny ERP; Pipedrive; HubSpot; Zendesk; Freshdesk; Movidesk; Octadesk; Zenvia; Sankhya;
Senior Sistemas; SAP Business One; Microsoft Dynamics; Oracle NetSuite; Meta Ads; Mailchimp; Trello; Jira; Asana; Notion;
Slack; Microsoft Teams; Google Workspace; Nuvemshop; VTEX; Shopify; Tray; Hotmart; Eduzz; Kiwify; Vindi; Asaas; Iugu;
PagSeguro; Calendly; Zoom; Figma; Pipefy; Gupy; Sólides; Feedz; Ploomes; Agendor; Kommo; Intercom; Twilio; Power BI;
Looker Studio; Tableau; ServiceNow; Genesys Cloud; Five9; Dynamics 365; Domínio Sistemas; Alterdata; Questor""")
_REMIT = _split("""Western Union; Remessa Online; Wise; MoneyGram; Ria Money Transfer; Nomad; Avenue; Daycoval Câmbio; Frente Corretora;
Confidence Câmbio; Husky; Braza Bank; Global66; Travelex; Cambio Real; WorldRemit; Remitly; Xoom; Paypal""")
_FOODS = _split("""Seven Boys; Nestlé Ninho; Leite Moça; Nescau; Toddy; Bauducco; Pullman; Wickbold; Piracanjuba; Italac; Itambé; Tirolez;
Danone Activia; Yakult; Sadia Hot Pocket; Perdigão Chester; Seara Gourmet; Qualy; Doriana; Vigor; Batavo; Elegê; Parmalat;
Quatá; Camil; Tio João; Kicaldo; Dona Benta; Renata; Adria; Barilla; Knorr; Maggi; Hellmann's; Heinz; Quero; Fugini; Predilecta;
Pilão; 3 Corações; Melitta; Café do Ponto; Café Santa Clara; Nissin Miojo; Trakinas; Passatempo; Negresco; Bis; Sonho de Valsa;
Ouro Branco; Diamante Negro; Serenata do Amor; Guaraná Jesus; Dolly; Itubaína; Skol; Brahma; Antarctica Original; Amstel;
Devassa; Bohemia; Ypióca; Velho Barreiro; Pitú; Del Valle; Maguary; Tang; Fanta; Sukita; Kuat; Mabel; Marilan; Vitarella;
Fortaleza; Aymoré; Piraquê; Jasmine; Mãe Terra; Nestlé Molico; Chamyto; Danoninho; Polenguinho; Catupiry; Requeijão Poços de Caldas""")
_BIZ_KINDS = ["Empório {z}", "Churrascaria do {z}", "Clínica Odontológica Dr. {z}", "Clínica Odontológica Dra. {z}",
              "Hortifrúti {z}", "Auto Center {z}", "Padaria {z}", "Mercearia {z}", "Oficina do {z}", "Farmácia {z}",
              "Ótica {z}", "Pet Shop {z}", "Pastelaria {z}", "Marmoraria {z}", "Distribuidora {z}", "Açougue {z}",
              "Sorveteria {z}", "Restaurante {z}", "Pizzaria {z}", "Cantina {z}", "Sushi {z}", "Barbearia do {z}",
              "Salão {z}", "Escola de Idiomas {z}", "Imobiliária {z}", "Transportes {z}", "Comercial {z} Ltda",
              "Supermercado {z}", "Laticínios {z}", "Vidraçaria {z}", "Materiais de Construção {z}", "Doceria {z}",
              "Adega {z}", "Armazém {z}", "Frigorífico {z}", "Serralheria {z}", "Contabilidade {z}", "Agropecuária {z}",
              "Lanchonete do {z}", "Bar do {z}", "Café {z}", "Confeitaria {z}", "Laboratório {z}", "Consultório Dr. {z}"]
_BIZ_FIXED = _split("""Empório Haddad; Churrascaria do Werner; Clínica Odontológica Dr. Saad; Hortifrúti Nakamura; Padaria Ferreira;
Auto Center Bortolotto; Pizzaria Bianchi; Sushi Yamamoto; Mercearia Kowalski; Açougue Schneider; Ótica Abdalla; Farmácia Oliveira""")
_VBOTS = ["Clara", "Nina", "Bia", "Lia", "Sofia", "Aurora", "Luiza", "Gabi", "Íris", "Maia", "Lara", "Cora", "Jade", "Theo",
          "Leo", "Max", "Otto", "Duda", "Malu", "Vivi", "Carol", "Ana", "Lívia", "Helena", "Alice", "Joana", "Tina", "Rosa",
          "Zeca", "Júlia", "Bela", "Mel", "Luna", "Pedro", "Tom", "Dora", "Sara", "Eva", "Lu", "Nara"]
_VBOT_ROLE = ["(assistente virtual)", "(assistente digital)", "(bot)", "(IA)", "🤖", "· assistente virtual", "(atendimento automático)",
              "(assistente virtual)", "- Assistente Virtual", "[BOT]", "(chatbot)", "(atendente virtual)"]
_INTJ = ["Alô", "Alô, boa tarde", "Alô, bom dia", "Opa", "Olá", "Oi", "Oi, tudo bem", "Eita", "Nossa", "Putz", "Valeu", "Beleza",
         "Tá", "Certo", "Perfeito", "Obrigado", "Obrigada", "Aham", "Hum", "Então", "Olha", "Pois não", "Bom", "Ué", "Ah", "Oxe",
         "Vixe", "Uai", "Tchau", "Até mais", "Show", "Massa", "Top", "Tranquilo", "Claro", "Pronto", "Ok", "Ótimo", "Entendi",
         "Exato", "Isso", "Sim", "Não", "Oi, boa noite", "Pronto, pode falar", "Alô, quem fala", "Nossa Senhora", "Meu Deus"]
_HELLO = ["Oi", "Olá", "Opa", "Oi, tudo bem", "Olá, tudo bem", "Alô, boa tarde", "Alô, bom dia", "Oi, boa noite", "Bom dia",
          "Boa tarde", "Boa noite", "Olá, boa tarde", "Oii", "Oie", "Salve", "Olá, olá", "Alô", "E aí"]
_CRM_STAGES = _split("""PROSPECÇÃO; QUALIFICAÇÃO; PROPOSTA ENVIADA; NEGOCIAÇÃO; FECHADO GANHO; FECHADO PERDIDO; CHURN CONFIRMADO;
RISCO DE CHURN; ONBOARDING; UPSELL; RENOVAÇÃO; AGUARDANDO ASSINATURA; EM IMPLANTAÇÃO; INADIMPLENTE; REATIVADO""")
_TICKET_STATUS = _split("""Aguardando Cliente; Em Atendimento; Resolvido; Escalado N2; Escalado N3; Pendente Fornecedor; Novo;
Reaberto; Fechado; Em Análise; Aguardando Aprovação; Cancelado""")
_DELIVERY_APPS = ["iFood", "Rappi", "Zé Delivery", "Aiqfome", "99Food", "Keeta", "Uber Eats", "James Delivery", "Anota AI", "Goomer"]
_RESTAURANTS = _split("""Restaurante Sabor da Terra; Pizzaria Bella Napoli; Cantina do Nonno; Burger King; Habib's; Madero;
Coco Bambu; Marmitaria Tempero Caseiro; Açaí da Praia; Sushi Bar Kyoto; Lanchonete Boca Nervosa; Temakeria Japa;
Churrascaria Gaúcha; Espetinho do Gordo; Pastelaria Yoka; Big Burger Artesanal; Poke Haus; Giraffas; Spoleto; China in Box;
Divino Fogão; Casa do Norte; Tapiocaria Sabor Nordestino; Padaria Nova Aurora; Cheirin Bão""")
_LABTESTS = [("Hemoglobina", "g/dL", 9.5, 16.5), ("Hematócrito", "%", 30, 50), ("Leucócitos", "/mm³", 3500, 14000),
             ("Plaquetas", "mil/mm³", 110, 420), ("Ureia", "mg/dL", 12, 80), ("Creatinina", "mg/dL", 0.5, 2.4),
             ("Glicose", "mg/dL", 65, 260), ("Sódio", "mEq/L", 128, 148), ("Potássio", "mEq/L", 3.0, 6.1),
             ("Cálcio Total", "mg/dL", 8.0, 10.8), ("Magnésio", "mg/dL", 1.5, 2.7), ("TGO", "U/L", 10, 120), ("TGP", "U/L", 8, 130),
             ("Gama GT", "U/L", 9, 200), ("Fosfatase Alcalina", "U/L", 40, 260), ("Bilirrubina Total", "mg/dL", 0.2, 3.1),
             ("Albumina", "g/dL", 2.6, 5.0), ("PCR", "mg/L", 0.5, 120), ("VHS", "mm/h", 2, 60), ("TSH", "µUI/mL", 0.3, 8.5),
             ("T4 Livre", "ng/dL", 0.7, 1.9), ("Colesterol Total", "mg/dL", 130, 290), ("HDL", "mg/dL", 28, 80),
             ("LDL", "mg/dL", 60, 210), ("Triglicérides", "mg/dL", 60, 400), ("Ácido Úrico", "mg/dL", 2.5, 9.5),
             ("Ferritina", "ng/mL", 10, 600), ("Vitamina D", "ng/mL", 9, 60), ("Vitamina B12", "pg/mL", 150, 900),
             ("Troponina", "ng/mL", 0.0, 0.9), ("D-Dímero", "ng/mL", 100, 2500), ("Lactato", "mmol/L", 0.6, 5.0),
             ("Hemoglobina Glicada", "%", 4.6, 11.5), ("INR", "", 0.9, 3.8), ("Amilase", "U/L", 25, 300), ("Lipase", "U/L", 10, 400),
             ("PSA Total", "ng/mL", 0.2, 9.0), ("Beta HCG", "mUI/mL", 1, 5000)]
_SYMPTOMS = _split("""Cefaleia; Dispneia; Febre; Tosse; Náusea; Vômito; Diarreia; Dor Torácica; Dor Abdominal; Tontura; Síncope; Edema;
Astenia; Mialgia; Artralgia; Dorsalgia; Lombalgia; Disúria; Palpitação; Convulsão; Sangramento; Prurido; Odinofagia; Coriza;
Anosmia; Inapetência; Confusão Mental; Hemiparesia; Parestesia; Icterícia; Hematúria; Melena; Ortopneia; Calafrios""")
_UNITS = _split("""Unidade Coronariana; UTI Adulto; UTI Neonatal; UTI Pediátrica; Centro Cirúrgico; Pronto-Socorro; Enfermaria Clínica;
Sala Vermelha; Sala Amarela; Hemodinâmica; Centro Obstétrico; Alojamento Conjunto; Unidade de AVC; Hospital Dia;
Ambulatório de Especialidades; Semi-Intensiva; Isolamento; Observação Adulto; Clínica Cirúrgica; Oncologia Pediátrica;
Hemodiálise; Banco de Sangue; Central de Material e Esterilização; Farmácia Satélite; Unidade de Queimados""")
_NATURE = _split("""Ipê Amarelo; Ipê Roxo; Jacarandá; Buriti; Sabiá; Bem-Te-Vi; Aroeira; Jatobá; Primavera; Girassol; Flamboyant; Mangueira;
Palmeiras; Vale Verde; Boa Esperança; Nova Canaã; Santa Luzia; São Judas Tadeu; Vila Esperança; Morada do Sol; Cidade Nova;
Jardim Europa; Parque das Flores; Recanto dos Pássaros; Vila Rica; Beira-Rio; Alto da Serra; Lagoa Azul""")
_FLOWCHARTS = {
    "Dor Torácica": ["Dor Precordial Intensa", "Dispneia Aguda", "Alteração do Nível de Consciência", "Pulso Anormal", "Dor Moderada"],
    "Cefaleia": ["Início Súbito", "Déficit Neurológico Agudo", "Sinais de Meningismo", "Dor Intensa", "Vômitos Persistentes"],
    "Dispneia em Adulto": ["Via Aérea Comprometida", "Respiração Inadequada", "SatO2 Muito Baixa", "Incapaz de Falar Frases Completas", "Sibilância"],
    "Dor Abdominal em Adulto": ["Choque", "Dor Irradiada para o Dorso", "Sangramento Vaginal", "Vômitos com Sangue", "Dor Leve Recente"],
    "Mal-Estar em Adulto": ["Hipoglicemia", "Febre Alta", "Púrpura", "Erupção Cutânea", "Problema Recente"],
    "Quedas": ["Mecanismo de Trauma Significativo", "Perda de Consciência", "Deformidade Grosseira", "Dor Moderada", "Edema Localizado"],
}
_LEGAL_TERMS = _split("""Alvará Judicial; Mandado de Citação; Mandado de Segurança; Mandado de Intimação; Embargos de Declaração;
Embargos à Execução; Embargos de Terceiro; Agravo de Instrumento; Agravo Interno; Recurso Especial; Recurso Extraordinário;
Recurso Ordinário; Apelação Cível; Ação Civil Pública; Ação Rescisória; Tutela de Urgência; Tutela Antecipada;
Cumprimento de Sentença; Execução de Título Extrajudicial; Carta Precatória; Reclamação Trabalhista; Contrarrazões;
Impugnação ao Cumprimento de Sentença; Exceção de Pré-Executividade; Usucapião Extraordinária; Arrolamento Sumário;
Busca e Apreensão; Reintegração de Posse; Ação de Despejo; Ação Monitória; Consignação em Pagamento; Interdito Proibitório;
Termo de Ajustamento de Conduta; Certidão de Objeto e Pé; Auto de Penhora; Laudo Pericial; Réplica; Contestação;
Reconvenção; Memoriais; Alegações Finais; Despacho Saneador; Carta de Sentença; Ação Declaratória; Produção Antecipada de Provas""")
_CAPS_TITLES = _split("""LAUDO DE VISTORIA DE ENTRADA; LAUDO DE VISTORIA DE SAÍDA; TERMO DE ENTREGA DE CHAVES; AUTO DE INFRAÇÃO;
NOTIFICAÇÃO DE PENALIDADE; TERMO DE RESCISÃO DO CONTRATO DE TRABALHO; ATESTADO DE SAÚDE OCUPACIONAL;
CERTIDÃO NEGATIVA DE DÉBITOS; TERMO DE QUITAÇÃO; DISTRATO; ADITIVO CONTRATUAL; INSTRUMENTO PARTICULAR DE CONFISSÃO DE DÍVIDA;
CONTRATO DE PRESTAÇÃO DE SERVIÇOS; TERMO DE CONFIDENCIALIDADE; AUTO DE CONSTATAÇÃO; TERMO DE COMPROMISSO; RELATÓRIO DE VISITA TÉCNICA""")
_ROOMS = _split("""Sala de Estar; Sala de Jantar; Cozinha; Área de Serviço; Banheiro Social; Suíte Principal; Dormitório 2; Lavabo;
Varanda Gourmet; Garagem; Corredor; Hall de Entrada; Quintal; Escritório; Despensa""")
_ITEMS = _split("""Piso Porcelanato; Piso Laminado; Rodapé; Paredes Pintura Látex; Teto Gesso; Porta de Madeira; Fechadura; Janela de Alumínio;
Vidros; Tomadas; Interruptores; Luminária; Box de Vidro; Chuveiro Elétrico; Pia de Granito; Torneira; Armário Embutido;
Vaso Sanitário; Espelho; Cortina; Interfone; Aquecedor a Gás; Ralo; Azulejos""")
_ROLE_PAIRS = [("Embargante", "Embargado"), ("Agravante", "Agravado"), ("Requerente", "Requerido"), ("Exequente", "Executado"),
               ("Impetrante", "Impetrado"), ("Apelante", "Apelado"), ("Autor", "Réu"), ("Reclamante", "Reclamada")]
_STATES = ["Bom Estado", "Novo", "Com Avarias", "Regular", "Riscado", "Manchado", "Funcionando", "Não Funciona", "Trincado", "Sem Observações"]


def _surname_any(c: _Ctx) -> str:
    return _Person(c.rng).title_surname()


def _biz(c: _Ctx) -> str:
    if c.rng.random() < 0.15:
        return c.rng.choice(_BIZ_FIXED)
    return c.rng.choice(_BIZ_KINDS).format(z=_surname_any(c))


def _hunit(c: _Ctx) -> str:
    rng = c.rng
    r = rng.random()
    if r < 0.3:
        return f"{rng.choice(['ESF', 'USF', 'UBS', 'Unidade de Saúde da Família', 'Posto de Saúde'])} {rng.choice(_NATURE)}"
    if r < 0.45:
        return f"{rng.choice(['UBS', 'USF', 'ESF', 'UPA 24h', 'CAPS II'])} {c.fake.bairro()}"
    p = _Person(rng)
    who = p.full() if rng.random() < 0.5 else p.short(rng)
    title = rng.choice(["Dr.", "Dra.", "Dr.", "Prof.", "Dona", "Enfermeira", "Vereador", ""])
    head = rng.choice(["UPA 24h", "USF", "UBS", "Unidade Básica de Saúde", "Policlínica", "Hospital Municipal", "CAPS AD",
                       "Centro de Saúde", "Pronto Atendimento", "Maternidade Municipal"])
    return f"{head} {title} {who}".replace("  ", " ")


def _vbot_pick(c: _Ctx) -> tuple[str, str]:
    """The record's virtual assistant: one name and one role label, the same in every turn."""
    if c.vbot is None:
        c.vbot = (c.rng.choice(_VBOTS), c.rng.choice(_VBOT_ROLE))
    return c.vbot


def _vbot(c: _Ctx) -> str:
    name, role = _vbot_pick(c)
    return f"{name} {role}"


def _labline(c: _Ctx) -> str:
    name, unit, lo, hi = c.rng.choice(_LABTESTS)
    v = c.rng.uniform(lo, hi)
    val = f"{v:.0f}" if hi > 50 else f"{v:.1f}".replace(".", ",")
    dots = "." * c.rng.randint(3, 14)
    flag = c.rng.choice(["", "", "", " (H)", " (L)", " *", " ↑", " ↓"])
    ref = f"{lo:g} a {hi * 0.7:.0f}".replace(".", ",") if c.rng.random() < 0.5 else f"até {hi * 0.6:.0f}"
    return f"{name} {dots} {val} {unit}{flag}   VR: {ref}".replace("  ", " ")


def _car(c: _Ctx) -> str:
    make, model = c.rng.choice(_CARS).split("|")
    return c.rng.choice([f"{make} {model}", model, f"{model} {c.rng.randint(2012, 2025)}", f"{make.upper()} {model.upper()}"])


def _checklist(c: _Ctx) -> str:
    picks = c.rng.sample(_SYMPTOMS, c.rng.randint(5, 9))
    box = c.rng.choice([("( X )", "(   )"), ("[x]", "[ ]"), ("☒", "☐"), ("Sim", "Não")])
    lines = []
    for s in picks:
        mark = box[0] if c.rng.random() < 0.35 else box[1]
        lines.append(f"{mark} {s}" if box[0] != "Sim" else f"{s}: {mark}")
    sep = c.rng.choice(["\n", "   ", "  |  "])
    return sep.join(lines)


def _flow(c: _Ctx) -> str:
    name = c.rng.choice(list(_FLOWCHARTS))
    cores = ["VERMELHO", "LARANJA", "AMARELO", "VERDE", "AZUL"]
    discs = _FLOWCHARTS[name]
    rows = [f"FLUXOGRAMA: {name}"]
    arrow = c.rng.choice([" → ", " -> ", " ⇒ ", ": "])
    for k, d in enumerate(discs):
        rows.append(f"  {d}?{arrow}{'SIM' if c.rng.random() < 0.3 else 'NÃO'}{arrow if c.rng.random() < 0.5 else ' · '}{cores[min(k, 4)]}")
    return "\n".join(rows)


def _vistoria(c: _Ctx) -> str:
    rows = []
    for room in c.rng.sample(_ROOMS, c.rng.randint(3, 5)):
        rows.append(room.upper() if c.rng.random() < 0.5 else room)
        for item in c.rng.sample(_ITEMS, c.rng.randint(2, 4)):
            rows.append(f"- {item}: {c.rng.choice(_STATES)}")
    return "\n".join(rows)


_SLOTS.update({
    "SMERCH": _pick(_STMT_MERCHANTS), "TMERCH": _pick(_TITLE_MERCHANTS), "CARDP": _pick(_CARD_PRODUCTS), "CAR": _car,
    "CEL": _pick(_PHONES), "SAAS": _pick(_SAAS), "REMIT": _pick(_REMIT), "FOOD": _pick(_FOODS), "BIZ": _biz,
    "HUNIT": _hunit, "VBOT": _vbot, "VBOTN": lambda c: _vbot_pick(c)[0], "INTJ": _pick(_INTJ), "HELLO": _pick(_HELLO), "STAGE": _pick(_CRM_STAGES),
    "TSTATUS": _pick(_TICKET_STATUS), "DLV": _pick(_DELIVERY_APPS), "REST": _pick(_RESTAURANTS), "LABLINE": _labline,
    "SYMPT": _pick(_SYMPTOMS), "UNIT": _pick(_UNITS), "LEGAL": _pick(_LEGAL_TERMS), "CAPSTITLE": _pick(_CAPS_TITLES),
    "CHECKLIST": _checklist, "FLOW": _flow, "VISTORIA": _vistoria, "NATURE": _pick(_NATURE), "SURN": _surname_any,
})


def _lines(c: _Ctx, options: list[str], lo: int, hi: int) -> str:
    """lo..hi lines, each a random choice of options; '§' in an option is the line's own person index."""
    return "\n".join(c.rng.choice(options).replace("§", str(30 + k)) for k in range(c.rng.randint(lo, hi)))


# financeiro ...............................................................................
_t(F, "fatura_cartao", lambda c: "FATURA DO CARTÃO {CARDP:u} — {BANK:u}\nTitular: {P1:u}   Final {NUM}{NUM}\n[[Adicional: {P2:u} — final {NUM}{NUM}\n|]]Vencimento: {DATE}   Total: {MONEY}   Pagamento mínimo: {SMALLMONEY}\n\nDATA  DESCRIÇÃO  VALOR\n" + _lines(c, [
    "{DATEC} {SMERCH} {VAL}", "{DATEC} {SMERCH} {VAL}", "{DATEC} {SMERCH} {VAL}", "{DATEC} PARC [[02|03|04|05]]/10 {SMERCH} {VAL}",
    "{DATEC} {GLUE§} {VAL}", "{DATEC} {GLUE§} {VAL}", "{DATEC} IOF COMPRA INTERNACIONAL {VAL}", "{DATEC} {REMIT:a} {VAL}",
    "{DATEC} ESTORNO {SMERCH} -{VAL}", "{DATEC} PAGAMENTO RECEBIDO - OBRIGADO -{VAL}", "{DATEC} ANUIDADE {CARDP:a} {VAL}",
    "{DATEC} {SAAS:a} {VAL}", "{DATEC} SEGURO CARTAO PROTEGIDO {VAL}"], 6, 12)
    + "\n\n[[Dúvidas? Fale com {VBOT} no app.|Central de atendimento: {PHONE}.|Seu gerente: {N3}.]]")
_t(F, "extrato", lambda c: "{BANK} · Extrato · [[Conta corrente|Conta digital]] de {N1}\n[[Cartão {CARDP} final {NUM}{NUM}|Saldo em conta: {MONEY}]]\n\n" + _lines(c, [
    "{DATEC} · Compra no débito · {TMERCH} · -{SMALLMONEY}", "{DATEC} · Compra no crédito · {TMERCH} · {SMALLMONEY}",
    "{DATEC} · Pix enviado · {N§} · -{SMALLMONEY}", "{DATEC} · Pix recebido · {P§} · {SMALLMONEY}",
    "{DATEC} · Pix enviado · {BIZ} · -{SMALLMONEY}", "{DATEC} · Transferência recebida · {REMIT} · {MONEY}",
    "{DATEC} · Pagamento de boleto · {TMERCH} · -{SMALLMONEY}", "{DATEC} · Assinatura · {SAAS} · -{SMALLMONEY}",
    "{DATEC} · Compra no débito · {TMERCH} · -{SMALLMONEY}", "{DATEC} · Rendimento · {BANK} · {SMALLMONEY}"], 6, 11))
_t(F, "extrato", lambda c: "EXTRATO {BANK:u} — CLIENTE {P1:a}\nAG {AG} CC {CC}\n" + _lines(c, [
    "{DATEC} PIX ENV {GLUE§} {VAL} D", "{DATEC} PIX REC {P§:a} {VAL} C", "{DATEC} COMPRA DEB {SMERCH} {VAL} D",
    "{DATEC} TED REC {REMIT:a} {VAL} C", "{DATEC} PAG BOLETO {SAAS:a} {VAL} D", "{DATEC} COMPRA DEB {SMERCH} {VAL} D",
    "{DATEC} PIX ENV {BIZ:a} {VAL} D", "{DATEC} TAR PACOTE {CARDP:a} {VAL} D", "{DATEC} IOF {VAL} D"], 6, 11)
    + "\nSALDO {VAL}")
_t(F, "comprovante", """Comprovante de [[Pix|TED|transferência]] — {BANK}
{DATE} {CLK}
Valor: {MONEY}
Destino: [[{BIZ}|{TMERCH}]] — CNPJ {CNPJ}
Instituição de destino: [[{BANK}|PagBank|Mercado Pago|Stone]]
Origem: {P1}
Descrição: "[[Parcela {NUM} Hering Store|mensalidade {SAAS}|compra {FOOD} e {FOOD}|sinal do {CAR}|Remessa Online taxa|reserva Churrascaria do Werner]]"
[[Autenticação: {PROTO}|ID: E{NUM}{NUM}{NUM}{NUM}{NUM}]]
[[Enviado por {N1} para {N2}, do financeiro.|]]""")
_t(F, "boleto", """{BANK:u} | {BARCODE}
Beneficiário: [[{BIZ}|{SAAS} Tecnologia S.A.|{SAAS:u} LTDA|Condomínio Edifício {NATURE}]] — CNPJ {CNPJ}
Pagador: [[{P1:u}|{BIZ:u}]] — [[CPF {CPF}|CNPJ {CNPJ}]]
Responsável financeiro: {P1}
Vencimento: {DATE}   Valor: {MONEY}
Instruções: Não receber após 30 dias. Referente a [[licença {SAAS} — plano Pro|mensalidade {SAAS}|pedido de {FOOD} ({NUM} cx)|revisão do {CAR}]].
[[Dúvidas: fale com {N2} ({MAIL}).|Atendimento: {VBOT}, no WhatsApp {PHONE}.]]""")
_t(F, "financiamento", """PROPOSTA DE FINANCIAMENTO DE VEÍCULO — {BANK}
Proponente: {P1} — CPF {CPF}
Veículo: {CAR} — [[0 km|seminovo]] — placa {PLATE}
Concessionária: [[{SURN} Veículos|Auto Center {SURN}|{SURN} Motors|Revenda {NATURE}]] — vendedor{a2} {N2}
Valor do bem: {MONEY} | Entrada: {MONEY} | {NUM}x de {SMALLMONEY}
Seguro: [[Porto Seguro Auto|Azul Seguros|Tokio Marine|Allianz Auto]] | Rastreador: [[Ituran|Pósitron|Sascar]]
Status: [[APROVADA|EM ANÁLISE|PENDENTE DOCUMENTAÇÃO|RECUSADA]] — analista {N3}""")
_t(F, "remessa", """Recibo de envio — {REMIT}
MTCN / Código: {NUM}{NUM}{NUM}{NUM}{NUM}
Remetente: {P1}, {CITY}/{UF}
Beneficiári{o2}: {P2} — [[Porto Príncipe, Haiti|Caracas, Venezuela|Luanda, Angola|Lisboa, Portugal|Miami, EUA|Assunção, Paraguai]]
Valor enviado: {MONEY} | Taxa {REMIT}: {SMALLMONEY} | IOF: {SMALLMONEY}
Forma de pagamento: [[Pix|boleto|cartão {CARDP}]]
Agente: [[Agência {PLACE}|Loja {TMERCH}|app {REMIT}]] — atendid{o1} por {G3}""")
_t(F, "contas_pagar", lambda c: "Contas a pagar — semana de {DATEC} — {COMPANY}\n" + c.table(";", ["fornecedor", "descricao", "vencimento", "valor", "aprovador"],
    ["[[{SAAS}|{BIZ}|{TMERCH}|{REMIT}]]", "[[Licença {SAAS}|Campanha Google Ads|Salesforce Sales Cloud|Take Blip WhatsApp|reembolso {N#}|Totvs Protheus manutenção]]",
     "{DATE}", "{VAL}", "[[{N1}|{G1}|{N2}]]"], c.rng.randint(4, 8)) + "\nObs.: [[{G2}|{N2}]] pediu para segurar o pagamento da [[Omie|Bling|Conta Azul]] até {WEEKDAY}.")
_t(F, "chat_app", lambda c: c.chat([
    ("{VBOT}", "[[Oi|Olá]]! Eu sou a {VBOTN}, a assistente virtual do {BANK}. Em que posso ajudar?"),
    ("Você", "[[não reconheço uma compra|tem uma compra estranha]] na fatura: {SMERCH}"),
    ("{VBOT}", "Entendi! Vou te transferir para um especialista. [[Aguarde um instante.|Só um minutinho.]]"),
    ("{N2} (especialista)", "[[Olá|Oi]], {G1}! Aqui é {o2} {G2}. Vi a compra de {SMALLMONEY} no cartão {CARDP}. Foi feita em {TMERCH}."),
    ("Você", "[[Opa|Ah]], então foi meu filho, {G3}. Pode manter."),
    ("{N2} (especialista)", "[[Perfeito|Combinado]]! Qualquer coisa a {VBOTN} te ajuda no app."),
]))
_t(F, "despesas", lambda c: "Cartão corporativo {CARDP} — prestação de contas de {N1} ({DEPT})\n" + _lines(c, [
    "{DATEC} {SMERCH} {VAL} — [[almoço com cliente|deslocamento|material de escritório]]", "{DATEC} GOOGLE *ADS{NUM}{NUM} {VAL} — campanha {MONTH}",
    "{DATEC} UBER* TRIP {VAL} — visita a {BIZ}", "{DATEC} {SAAS:u} {VAL} — assinatura", "{DATEC} IOF COMPRA INTERNACIONAL {VAL}",
    "{DATEC} AMAZON MKTPLACE {VAL} — [[cabo HDMI|teclado|suporte de notebook]]", "{DATEC} {GLUE§} {VAL} — [[táxi|motoboy|lanche]]"], 4, 8)
    + "\nAprovador: {N2}[[ | Conferido por {G3} (Controladoria)|]]")
_t(F, "tabela_vendas", lambda c: "Pedidos — distribuidora — {Month}/{YEAR}\n" + c.table("|", ["Cliente", "Produto", "Qtd", "Vendedor"],
    ["[[{BIZ}|{TMERCH}]]", "{FOOD}", "{NUM} cx", "[[{N#}|{G#}]]"], c.rng.randint(4, 8)) + "\nGerente regional: {N1}. Meta da {FOOD} batida em {PCT}.")
_t(F, "email", """Oi {G1}[[, tudo bem|]]?

Subi as notas de {MONTH} no [[Omie|Bling|Conta Azul|Tiny ERP]]. Ficaram de fora:
- AMAZON MKTPLACE ({MONEY}) — sem nota;
- {SMERCH} ({MONEY});
- assinatura {SAAS} em dólar (com IOF COMPRA INTERNACIONAL);
- [[Pix para "{GLUE2}"|TED para {BIZ}]] — [[é do {N2}?|é o frete?]]
[[Vou conciliar com o {BANK} amanhã.|Consegue me mandar os comprovantes até {WEEKDAY}?]]

{N3}
Contabilidade [[{Z3}|{Z3} & Associados]]""")
_t(F, "dda", lambda c: "DDA — boletos registrados no seu CPF — {BANK}\nTitular: {P1}\n" + _lines(c, [
    "Beneficiário: {TMERCH:u} S.A. · vence {DATEC} · {MONEY}", "Beneficiário: {BIZ} · vence {DATEC} · {MONEY}",
    "Beneficiário: {SAAS} · vence {DATEC} · {MONEY}", "Beneficiário: Condomínio Residencial {NATURE} · vence {DATEC} · {MONEY}",
    "Beneficiário: {SCHOOL} · aluno(a) {P§} · vence {DATEC} · {MONEY}", "Beneficiário: {HEALTHCO} · vence {DATEC} · {MONEY}"], 3, 6))

# atendimento ..............................................................................
_t(A, "crm", """CRM › Contas › {BIZ} (CNPJ {CNPJ}) › Atividades
Etapa: {STAGE}
Responsável: {N1}
Contato principal: {P2} — [[Sóci{o2}|Comprador{a2}|Financeiro]]
Produto: [[{SAAS}|plano Pro|plano Enterprise]] · MRR {MONEY}
{DATE} — [[Ligação|Reunião|E-mail]] — {G2} [[pediu desconto de {PCT}|reclamou do suporte|quer migrar para {SAAS}]]. Próximo passo: {G1} [[envia proposta|agenda demo]] até {WEEKDAY}.
Tags: [[#Churn #Financeiro|#Upsell #VIP|#Onboarding #Integração]]""")
_t(A, "crm", lambda c: "Pipeline — [[Comercial|Sucesso do Cliente|Renovações]] — {SAAS}\n" + c.table("|", ["Conta", "Etapa", "Responsável", "Valor"],
    ["{BIZ}", "{STAGE}", "[[{N#}|{G#}]]", "{MONEY}"], c.rng.randint(4, 8), upper_header=False)
    + "\nEtapa: [[CHURN CONFIRMADO|RISCO DE CHURN]] para {BIZ} — motivo informado por {P1}: \"[[migramos para o {SAAS}|fechamos a loja|corte de custos]]\".")
_t(A, "ticket", """Chamado #{NUM}{NUM}{NUM} · Status: {TSTATUS} · Canal: [[WhatsApp|E-mail|Chat|Telefone]]
Central de Ajuda › [[Faturamento|Integrações|Acesso]] › {SAAS}
Solicitante: {P1} ({BIZ})
Agente: {N2} · Grupo: [[Suporte N1|Suporte N2|Financeiro]]
Assunto: [[Erro ao emitir NF-e|Integração com {SAAS} parou|Cobrança em duplicidade|Não consigo acessar]]
{INTJ}! [[O sistema|A integração]] com [[o Bling|a Omie|o Google Ads|a Take Blip]] [[parou ontem|não sincroniza]]. O {G3}, do meu time, já tentou reinstalar.
Resposta ({G2}): {INTJ}, {G1}. [[Encaminhei ao time de Produto.|Reprocessei a fila, pode testar?]]
Macro aplicada: [[Aguardando Cliente|Resolvido — Integração|Escalado N2]]""")
_t(A, "delivery", """{DLV} · Pedido #{NUM}{NUM}{NUM}{NUM} · {REST}
[[Entregador|Entregadora]]: {G1} · [[Moto|Bike|Carro]] {PLATE}
Cliente: {N2} · {STREET}
1x [[Combo Família|Marmita G|Açaí 500ml|Pizza Grande]] · {SMALLMONEY}
1x {FOOD} · {SMALLMONEY}
Pagamento: [[cartão {CARDP}|Pix|vale-refeição]]
Chat: "{INTJ}, {G1}! [[Deixa na portaria|Tô descendo|Interfona no {NUM}]]" — "[[Beleza|Ok|Certo]], já tô chegando."
Avaliação: {STARS} "[[{G1} foi super educad{o1}|Chegou frio]]" """)
_t(A, "chat_app", lambda c: c.chat([
    ("{VBOT}", "{HELLO}! Eu sou {VBOTN}, [[a assistente virtual|o assistente virtual|a atendente virtual]] da {COMPANY}. [[Como posso ajudar?|Me conta o que aconteceu.]]"),
    ("Cliente", "[[quero falar com uma pessoa|atendente humano]]"),
    ("{VBOT}", "Claro! Antes, me diz seu CPF?"),
    ("Cliente", "{CPF}"),
    ("{VBOT}", "Obrigada! Estou transferindo para um atendente. 🙂"),
    ("{N2} (atendente)", "[[Olá|Oi]], aqui é {o2} {G2}! Vi que o [[{CEL}|pedido {ORDER}]] foi entregue em {DATE}. O que houve?"),
    ("Cliente", "{INTJ}, {G2}. [[Veio com a tela trincada|Veio o modelo errado, pedi {CEL}]]. Meu nome é {P1}."),
    ("{N2} (atendente)", "[[Poxa|Nossa]], {G1}, sinto muito. Vou abrir a troca agora mesmo."),
]))
_t(A, "os_assistencia", """ORDEM DE SERVIÇO Nº {NUM}{NUM}{NUM} — Assistência Técnica [[{SURN} Cell|{BIZ}|Autorizada {BRAND}]]
Cliente: {P1} — {PHONE}
Aparelho: {CEL} — IMEI {NUM}{NUM}{NUM}{NUM}{NUM}{NUM}
Defeito relatado: [[Tela Trincada|Não Carrega|Bateria Estufada|Sem Sinal|Câmera Traseira Embaçada]]
Acessórios: [[Carregador Original|Capinha|Nenhum]]
Técnico: {N2} | Orçamento: {MONEY} | Prazo: {WEEKDAY}
Retirado por: [[{P1}|{P3}, {filho3} d{o1} client{a1}]]""")
_t(A, "sac_alimentos", """SAC {FOOD} — Registro {PROTO}
Consumidor{a1}: {P1} | {CITYUF} | {PHONE}
Produto: {FOOD} [[400g|1L|200g|pacote 140g|lata 395g]] — Lote {PLATE} — Validade {DATE}
Relato: "{INTJ}, [[comprei no {TMERCH}|comprei no mercado]] e [[veio com gosto estranho|encontrei um corpo estranho|a embalagem estava estufada]]. Minha [[filha|mãe|esposa]], {f3}{G3}, [[passou mal|percebeu na hora]]."
Atendente: {N2} | Coleta agendada com a [[Loggi|Jadlog|Total Express]] em {DATE}
Resposta: Olá, {G1}! A {FOOD} agradece o contato. [[Enviaremos um kit de produtos.|O laudo sai em 15 dias.]]""")
_t(A, "transcricao", """Gravação {PROTO} — {COMPANY}
CLIENTE: [[Alô|Alô, boa tarde|Alô, bom dia]]?
AGENTE: {GREET}! {COMPANY}, {G2} falando, com quem eu falo?
CLIENTE: {INTJ}, {G2}. Aqui é {o1} {N1}. [[Olha|Então]], o meu {CEL} [[não liga|parou de carregar]] e a [[Clara|Nina|Bia]], a assistente virtual de vocês, não entende nada.
AGENTE: [[Poxa|Nossa]], {Sr1} {S1}, me desculpe. [[Pois não|Perfeito]], vou abrir a ordem de reparo.
CLIENTE: [[Tá|Beleza|Ok]]. [[Valeu|Obrigad{o1}]], {G2}!
AGENTE: [[Imagina|Eu que agradeço]]! [[Tenha uma boa tarde.|Até mais.]]""")
_t(A, "avaliacao", """[[Empório {Z1}|Churrascaria do {Z1}|Padaria {Z1}|Pastelaria {Z1}|Mercearia {Z1}|Restaurante {Z1}]] · {STARS} · {NUM}{NUM} avaliações
{N2} · há [[2 semanas|3 dias|1 mês]]
"[[Atendimento nota 10|Lugar aconchegante|Preço justo]]! {O1} {Dom1} {G1} [[sempre recebe a gente com um sorriso|conhece todo mundo pelo nome]]. [[Recomendo o {FOOD}|Peçam o pastel de queijo]]."
Resposta do proprietário ({G1}): "{HELLO}, {G2}! Obrigad{o1} pela visita, volte sempre!"
{N3} · há [[1 ano|5 meses]]
"[[Demorou muito|Bom, mas caro]]. [[O rapaz do caixa|A moça do balcão]], {G4}, foi gentil." """)
_t(A, "whatsapp", lambda c: c.chat([
    ("{BIZ}", "{HELLO}, {G1}! 🎉 Promoção da semana: {FOOD} e {FOOD} com {PCT} de desconto. Entregamos pelo {DLV}!"),
    ("{G1}", "[[Opa|Oba|Eita]]! tem {FOOD}?"),
    ("{BIZ}", "Tem sim! Quer que separe? Quem atende hoje é a {G2}."),
    ("{G1}", "[[Quero|Separa]] 2. [[Meu marido, {m3}{G3}, passa aí às 18h.|Minha irmã {f3}{G3} busca.]]"),
]), lower=0.3)
_t(A, "reclamacao", """Reclame Aqui · {CAR} com defeito — [[{SURN} Veículos|Concessionária {NATURE}|{BIZ}]]
{CITYUF} · {DATE}
"[[Comprei|Retirei]] meu {CAR} há {NUM} dias e [[a central multimídia trava|o câmbio dá tranco|apareceu ferrugem na porta]]. Levei na revisão e o consultor {N2} disse que [[é normal|não cobre a garantia]]. {INTJ}! [[Quero a troca do veículo.|Quero meu dinheiro de volta.]]"
— {N1}
Resposta da empresa: Olá, {G1}. [[Lamentamos o transtorno.|Entendemos sua insatisfação.]] Nosso gerente de pós-venda, {N3}, entrará em contato.""")

# saude ....................................................................................
_t(S, "resultado_exame", lambda c: "RESULTADO DE EXAMES — [[{LAB}|Laboratório {SURN}|{HUNIT}]]\nPaciente: {P1}   Idade: {AGE}   Convênio: [[{HEALTHCO}|SUS|Particular]]\nSolicitante: {Dr2} {N2}   Coleta: {DATE}\n\n[[HEMOGRAMA COMPLETO|Hemograma|BIOQUÍMICA|Bioquímica]]\n" + "\n".join(_labline(c) for _ in range(c.rng.randint(5, 10)))
    + "\n\nLiberado por: {N3} — [[CRBM|CRF]]-{UF} {NUM}{NUM}{NUM}{NUM}[[\nResultado crítico comunicado a {Dr2} {S2} às {CLK}.|]]")
_t(S, "triagem", lambda c: "ACOLHIMENTO COM CLASSIFICAÇÃO DE RISCO — {HUNIT}\nPaciente: {P1}   Idade: {AGE}   Chegada: {CLK}\nQueixa: [[{SYMPT}|{SYMPT} e {SYMPT}]]\n" + _flow(c)
    + "\nClassificação final: [[VERMELHO|LARANJA|AMARELO|VERDE|AZUL]] — encaminhad{o1} à {UNIT}\nEnfermeir{o2}: {N2} — {COREN}")
_t(S, "formulario", lambda c: "FICHA DE ATENDIMENTO — {HUNIT}\nNome: {P1}   Nasc.: {DATE}   Cartão SUS: {NUM}{NUM}{NUM}{NUM}\nAgente Comunitári{o2} de Saúde: {N2}\nSintomas:\n" + _checklist(c)
    + "\nComorbidades: [[Hipertensão|Diabetes|Nenhuma|Asma]]\nAtendid{o1} por: {Dr3} {N3}")
_t(S, "regulacao", """SOLICITAÇÃO DE TRANSFERÊNCIA — CENTRAL DE REGULAÇÃO
Origem: {HUNIT} — {CITY}
Destino solicitado: {UNIT} — {HOSPITAL}
Paciente: {P1} | {AGE} anos
Quadro: {SYMPT}, {SYMPT}. Ureia [[38|54|72|96|128]], Creatinina [[0,9|1,4|2,1|3,6]]. [[Troponina positiva.|Lactato elevado.|Sem alterações.]]
Médic{o2} solicitante: {Dr2} {N2} — {CRM}
Regulador{a3}: {Dr3} {S3} | Status: [[AGUARDANDO VAGA|VAGA CONFIRMADA|NEGADA]]
Transporte: [[USA|USB|Ambulância Municipal]] — condutor {G4}""")
_t(S, "chat_app", lambda c: c.chat([
    ("{VBOT}", "{HELLO}! Sou {VBOTN}, assistente virtual [[do {HOSPITAL}|da {HEALTHCO}|do {LAB}]]. Quer agendar [[consulta|exame]]?"),
    ("Paciente", "[[sim|quero]], [[Hemograma|Ecocardiograma|Tomografia]] [[e|com]] consulta de {SPEC}"),
    ("{VBOT}", "Temos {DATE} às {TIME} na unidade {PLACE}. Confirma?"),
    ("Paciente", "[[não dá|pode ser mas]]... quero falar com [[alguém|atendente]]"),
    ("{N2} (recepção)", "[[Oi|Olá]], aqui é {o2} {G2}. Consigo um encaixe com {Dr3} {N3} na {WEEKDAY}. Nome completo do paciente?"),
    ("Paciente", "{P1}. [[Obrigad{o1}|Valeu]], {G2}!"),
]))
_t(S, "visita_domiciliar", lambda c: "ESF {NATURE} — Microárea {NUM} — Visitas de {DATE}\nACS: {N1}\n" + _lines(c, [
    "{P§} — {SYMPT}; [[orientad{o§} a procurar a UBS|agendada consulta]]", "{N§} — [[Hipertensão|Diabetes]] — PA {PA}; em uso de {DRUG}",
    "{P§} — gestante, [[pré-natal em dia|faltou ao pré-natal]]", "{N§} ({AGE} a) — {SYMPT} há {NUM} dias; [[vacina em dia|vacina atrasada]]",
    "Casa fechada — [[{Dom§} {G§} viajou|ninguém atendeu]]"], 3, 6) + "\nEnfermeir{o2} supervisor{a2}: {N2}")
_t(S, "boletim", """BOLETIM MÉDICO — {UNIT} — {HOSPITAL}
Leito {BED} — {P1}
[[Estável|Grave|Em melhora]]. Hemograma [[sem alterações|com Leucocitose]]; Ureia [[32|47|66|89|140]]; Creatinina [[0,8|1,2|1,9|2,7]]; Potássio [[3,6|4,2|5,1|5,8]].
Queixas: [[{SYMPT}|{SYMPT} e {SYMPT}]]. Conduta: [[Ecocardiograma|Cateterismo|Hemodiálise]] [[amanhã|hoje às {TIME}]].
Informações à família ({N2}, {filho2}) com {Dr3} {S3}, das {TIME} às {TIME}.""")
_t(S, "lista_problemas", """LISTA DE PROBLEMAS — {P1}
Ativos:
  1. [[Hipertensão Arterial Sistêmica|Diabetes Mellitus Tipo 2|Insuficiência Cardíaca]]
  2. {SYMPT} [[Crônica|Recorrente|a Esclarecer]]
  3. {SYMPT}
  4. [[Doença Renal Crônica Estágio 3|Obesidade Grau I|Depressão]]
Resolvidos: [[Pneumonia Adquirida na Comunidade ({YEAR})|Apendicectomia ({YEAR})|Dengue ({YEAR})]]
Alergias: [[Dipirona|Nega|Sulfa]]
Atualizado por: {Dr2} {N2} em {DATE} — {HUNIT}""")
_t(S, "prescricao_nutricional", """PRESCRIÇÃO DIETÉTICA — {HUNIT}
Paciente: {P1} ({AGE} [[meses|anos]])
Fórmula: [[Nestlé Ninho Fases|Aptamil Profutura|Nan Supreme|Milnutri]] — {NUM} medidas em {NUM}0 ml, [[6|8]]x/dia
Evitar: [[Seven Boys|Bauducco|Trakinas|Danoninho]] e industrializados; preferir [[frutas|legumes]].
Suplemento: [[Sulfato Ferroso|Vitamina D|Vitamina A]]
Nutricionista: {N2} — CRN-{NUM} {NUM}{NUM}{NUM}{NUM}
Mãe/responsável: {f3}{P3}""")

# juridico .................................................................................
_t(J, "capa_processo", lambda c: "{LEGAL:u} Nº {PROC}\n" + "{0}: {{P1:u}}\nAdvogad{{o3}}: {{N3}} — {{OAB}}\n{1}: ".format(*c.rng.choice(_ROLE_PAIRS)) + """[[{COMPANY:u}|{P2:u}|{BIZ:u}]]
Relator{a4}: Des. {P4}
Órgão: {COURT}
Assunto: [[Alvará Judicial|Tutela de Urgência|Cumprimento de Sentença|Despejo por Falta de Pagamento]]
Distribuído em: {DATE} — [[Segredo de Justiça: Não|Prioridade: Idoso]]""")
_t(J, "alvara", """ALVARÁ JUDICIAL
Processo: {PROC} — {COURT}
O(A) MM. Juiz(a) de Direito, {P1}, AUTORIZA {P2:c}, CPF {CPF}, [[herdeir{o2}|inventariante|representante legal]] de {P3}, falecid{o3} em {DATE}, a levantar junto ao {BANK} os valores depositados em conta [[poupança|corrente]] e a transferir o veículo {CAR}, placa {PLATE}.
Prazo de validade: [[90|120]] dias.
Expedido por: {N4} — Diretor{a4} de Secretaria.""")
_t(J, "vistoria", lambda c: "[[LAUDO DE VISTORIA DE ENTRADA|LAUDO DE VISTORIA DE SAÍDA|TERMO DE VISTORIA DO IMÓVEL|Laudo de Vistoria de Entrada]]\nImóvel: {STREET}, {CITYUF}\nLocador{a1}: {P1}\nLocatári{o2}: {P2}\nImobiliária: [[{BIZ}|Imobiliária {Z5}]]\nVistoriador{a3}: {N3} — {DATE}\n\n" + _vistoria(c)
    + "\n\nMedidores: Água {NUM}{NUM}{NUM} · Luz {NUM}{NUM}{NUM}{NUM} · Gás {NUM}{NUM}\nAssinaturas: ______ ({G1}) ______ ({G2})")
_t(J, "andamento", lambda c: "Movimentações — Processo {PROC}\n" + _lines(c, [
    "{DATE} — Juntada de {LEGAL} — protocolada por {Dr§} {N§}", "{DATE} — Conclusos para Decisão", "{DATE} — Expedição de {LEGAL}",
    "{DATE} — Publicação: {LEGAL} — intimad{o§} {N§}", "{DATE} — Decorrido Prazo", "{DATE} — Remetidos os Autos ao Contador",
    "{DATE} — Audiência de Conciliação Designada", "{DATE} — Certidão de Oficial de Justiça ({N§})", "{DATE} — Trânsito em Julgado"], 5, 9)
    + "\nPartes: {P1} x [[{COMPANY}|{P2}]]")
_t(J, "chat_app", lambda c: c.chat([
    ("{VBOT}", "{HELLO}! Eu sou {VBOTN}, assistente virtual do escritório {Z1} Advogados. Qual o número do processo?"),
    ("Cliente", "{PROC}"),
    ("{VBOT}", "Encontrei! Última movimentação: {LEGAL}. Deseja falar com a equipe?"),
    ("Cliente", "[[sim|quero]]. sou {o2} {P2}"),
    ("{Dr1} {N1}", "[[Olá|Oi]], {G2}! Aqui é {o1} {G1}. [[Protocolamos os Embargos de Declaração ontem.|Saiu a sentença, vou te explicar.]]"),
    ("Cliente", "[[Opa|Nossa]], [[que bom|e agora]]? [[Obrigad{o2}|Valeu]], {dr1} {S1}!"),
]))
_t(J, "ficha_processo", """Legal One › Processos › {PROC} › Resumo
Cliente: {BIZ} — contato {P1}
Parte contrária: {P2}
Fase: [[CONHECIMENTO|RECURSAL|EXECUÇÃO|ENCERRADO]] · Risco: [[PROVÁVEL|POSSÍVEL|REMOTO]] · Valor em risco: {MONEY}
Ação: {LEGAL}
Advogad{o3} responsável: {N3} · Correspondente: {N4} ({CITY})
Próxima tarefa: [[Contrarrazões|Memoriais|Réplica|Alegações Finais]] até {DATE} — {G3}
Documentos: {CAPSTITLE} ([[anexado por {G4}|pendente]]); {CAPSTITLE}""")
_t(J, "notificacao_transito", """NOTIFICAÇÃO DE [[AUTUAÇÃO|PENALIDADE]] — DETRAN-{UF}
Auto de Infração: {PLATE}{NUM}{NUM}
Veículo: {CAR} — placa {PLATE} — [[PRATA|PRETO|BRANCO|VERMELHO]]
Proprietári{o1}: {P1:u}
Infração: [[TRANSITAR EM VELOCIDADE SUPERIOR À MÁXIMA PERMITIDA EM ATÉ 20%|AVANÇAR O SINAL VERMELHO DO SEMÁFORO|ESTACIONAR EM LOCAL PROIBIDO|DIRIGIR VEÍCULO SEGURANDO TELEFONE CELULAR]]
Local: {RUA}, {CITY}   Data: {DATE} {CLK}
Condutor indicado: [[{P2}|o próprio proprietário]]
Agente autuador: matrícula {NUM}{NUM}{NUM}{NUM}""")
_t(J, "contrato", """CONTRATO DE LICENÇA DE USO DE SOFTWARE
CONTRATADA: {SAAS} [[Tecnologia S.A.|Sistemas Ltda.]], CNPJ {CNPJ}
CONTRATANTE: {BIZ}, CNPJ {CNPJ}, neste ato representada por {P1:c}, {NAT1}, CPF {CPF}
CLÁUSULA PRIMEIRA — DO OBJETO: licença de uso dos módulos [[Financeiro, Estoque e Fiscal|CRM, Marketing e Atendimento]], com integração ao [[Google Ads|Take Blip|Salesforce|Bling]].
CLÁUSULA QUARTA — DO PREÇO: {MONEY} mensais, reajustados pelo IGP-M.
CLÁUSULA NONA — DO FORO: Comarca de {CITY}.
Testemunhas: {N2} e {N3}.""")
_t(J, "transcricao", """[Audiência de Conciliação — gravação — {COURT}]
CONCILIADOR{A1:u} ({N1}): [[Pronto|Bom|Olá|Certo]], todos me ouvem? [[Olá|Bom dia]] a todos.
AUTOR{A2:u} ({G2}): [[Alô|Oi]]? Tô ouvindo sim.
CONCILIADOR{A1:u}: Ótimo. {Sr2} {S2}, a ré, {BIZ}, propõe {MONEY} [[à vista|em {NUM} parcelas]].
PREPOST{O3:u} ({N3}): [[Isso|Exato]]. [[Pagamento via Pix.|Depósito em conta.]]
AUTOR{A2:u}: [[Nossa|Olha]]... [[Tá bom, aceito.|Não aceito.]]
CONCILIADOR{A1:u}: [[Perfeito|Certo]]. Consigne-se. [[Obrigad{o1}|Até mais]].""")


# ---------------------------------------------------------------------------------------
# people named by one word: a given name or a surname alone in running text, with an
# article ("a Graça disse"), after a role noun ("porteiro Fortunato"), in greetings and
# closings ("Combinado, oksana!"), beside contact phones ("recado com a Graça, filha"), as
# chat senders and @mentions in lower case, as vulgos in quotes and as speaker labels.
# "{r3}" ("{rf3}", "{rm3}") draws person 3 with a rarer or foreign given name, "{w3}" with
# a given name that is also a word, and "{WU3}" writes that word as a word (no span); these
# markers stand before the person's first mention.


def _log(c: _Ctx, turns: list[tuple[str, str]]) -> str:
    """A group-chat export with the date on every line: '[08/08/2025 08:23] raylane ap 302: ...'."""
    date = f"{c.day:02d}/{c.month:02d}/{c.year}"
    fmt = c.rng.choice(["[" + date + " {CLK}] §W: §M", "[{CLK}] §W: §M", date + " {CLK} - §W: §M",
                        "[" + date[:6] + date[8:] + ", {CLK}] §W: §M"])
    return "\n".join(fmt.replace("§W", who).replace("§M", msg) for who, msg in turns)


def _once(c: _Ctx, slot: str, value: str, turns: list[tuple[str, str]]) -> str:
    """A chat whose business (slot) keeps one name in every turn."""
    return c.chat([(who.replace(slot, value), msg.replace(slot, value)) for who, msg in turns])


def _role(options: list[str], body: str) -> Callable[[_Ctx], str]:
    """A template whose '§R' is one speaker role, the same in every line of the record."""
    return lambda c: body.replace("§R", c.rng.choice(options))


_SLOTS.update({"APTO": lambda c: f"{c.rng.randint(1, 18)}0{c.rng.randint(1, 4)}"})

# atendimento ..............................................................................
_t(A, "email", """Assunto: [[Reclamação|Ocorrência|Relato]] — pedido {ORDER}

{GREET},
{r3}{r4}{r5}[[Na {WEEKDAY}|Ontem|No dia {DATE}]] {o3} {Y3}, [[do suporte|do SAC|da equipe de {DEPT}]] da {COMPANY}, [[me ligou|me escreveu no chat|me atendeu]] e [[disse|garantiu]] que [[o técnico viria|a entrega seria feita|a troca seria feita]] até as {TIME}. [[Quem recebeu foi {o4} {Y4}, {meu4} {REL4}|{O4} {Y4}, {meu4} {REL4}, ficou esperando a tarde toda]], e [[ninguém apareceu|veio o produto errado]].
[[Depois|Em seguida]] falei com {o5} {Y5}[[, supervisor{a5},|]] que [[pediu desculpas|abriu o protocolo {PROTO}]], mas [[até agora nada|o problema continua]]. {WORD}.
[[Peço que|Solicito que]] [[{o3} {Y3}|alguém]] me retorne no {PHONE}[[ (recado com {o4} {Y4})|]].

[[Att.|Obrigad{o1}|Aguardo]],
[[{Y1}|{N1}|{Y1:l}]]""")
_t(A, "whatsapp", lambda c: "Grupo Moradores [[Residencial|Condomínio|Edifício]] [[Jardim das Flores|Dom Bosco|Santa Mônica|Ipê Amarelo|Vitória Régia]] 🏢\n" + _log(c, [
    ("{r1}{r2}{N1:l} ap {APTO}", "[[bom dia gente|gente|boa tarde vizinhos]], alguém sabe se {o2} porteir{o2} {Y2} já chegou? tô esperando [[uma entrega da {STORE:l}|um pedido do {DLV}]]"),
    ("{r3}{r4}{Y3:l} {APTO}", "{o2} {Y2:l} [[entra às 14h|tá de folga hj|foi almoçar]]. quem tá na portaria é {o4} {Y4}"),
    ("{N1:l} ap {APTO}", "[[obg|valeu|brigad{o1}]] {Y3:l}!! @{Y4:l} vc [[viu|recebeu]] [[minha caixa|meu pacote]]?"),
    ("{Y4} (portaria)", "[[Bom dia|Boa tarde]], {dom1} {Y1}! [[Recebi sim, tá aqui embaixo.|Ainda não chegou nada.]]"),
    ("{Y3:l} {APTO}", "[[alguém|gente]] tem o contato do eletricista {rm5}{Y5}? [[a luz do corredor|a luz da garagem]] [[tá piscando|apagou de novo]]"),
    ("{r6}{r7}síndic{o6} {Y6:l}", "[[Pessoal|Moradores]], o {Y5} vem {WEEKDAY} às {TIME}. [[Recado com|Falar com]] {o6} {Y6} ou com {o7} zelador{a7} {Y7}."),
]), lower=0.3)
_t(A, "transcricao", _role(["Especialista", "Atendente", "Suporte N2", "Consultoria", "Retenção", "Especialista Sênior", "Loja Online"],
    """Atendimento {PROTO} — {COMPANY} — transcrição
{CLK} {VBOT}: [[Olá|Oi]]! Sou {VBOTN}. Vou te transferir para [[um especialista|nossa equipe]].
{CLK} {r2}{r5}{Y2} (§R): {HELLO}! [[Aqui é {o2} {Y2}|Meu nome é {Y2}]], [[com quem eu falo|pode me dizer seu nome]]?
{CLK} Cliente: {INTJ}, {Y2}. [[Aqui é {o1} {Y1}|É {o1} {N1}]], [[titular da conta|{filho1} d{o3} titular, {o3} {Y3}]].
{CLK} {Y2} (§R): Obrigad{o2}, {Y1}. [[{r4}Vi aqui que {o4} {Y4}, da loja de {CITY}, registrou a troca.|{rm4}O técnico {Y4} esteve aí {WEEKDAY}, certo?]]
{CLK} Cliente: [[Isso|Exato]]. [[E {o4} {Y4} falou que|Só que {ele4} disse que]] [[a peça chegava em {NUM} dias|era defeito de fábrica]].
{CLK} {Y2} (§R): Entendi. [[Vou pedir pr{o5} {Y5}, d{o5} {DEPT}, liberar o reembolso.|Vou escalar pr{o5} supervisor{a5} {Y5}.]]
{CLK} Cliente: [[Combinado|Beleza|Tá bom]], {Y2:l}. [[Obrigad{o1}|Valeu]]!"""))
_t(A, "whatsapp", lambda c: _once(c, "{BIZ}", _biz(c), [
    ("{BIZ}", "[[Olá|Oi|Bom dia|Boa tarde]] {r1}{r3}{r4}{Y1}! [[Sua encomenda chegou|Seu pedido está pronto|O conserto ficou pronto]] 😊"),
    ("{Y1}", "[[Oi|Opa|Oii]]! [[posso buscar hj?|vcs entregam?]] [[quem vai buscar é {meu3} {REL3}, {o3} {Y3}|{meu3} {REL3} {Y3} passa aí]]"),
    ("{BIZ}", "[[Combinado|Perfeito|Fechado]], {Y1:l}! [[Pode vir até as 18h.|Deixo separado no balcão.]] [[Qualquer coisa fala com {o4} {Y4}.|Hoje quem fica no caixa é {o4} {Y4}.]]"),
    ("{Y1}", "[[Obrigad{o1}|Valeu|Brigad{o1}]], {Y4}!{EMOJI}"),
    ("{BIZ}", "[[Imagina|Nós que agradecemos]]! [[Abs|Bjs|Até mais]], {Y4}"),
    ("{Y3}", "[[Oi|Olá]], [[sou|aqui é]] {o3} {Y3}, [[vim buscar|tô na porta]] a encomenda d{o1} {Y1}"),
]), lower=0.3)
_t(A, "email", """[[Bom dia|Boa tarde|Olá|Prezad{o1}]], [[{Sr1}|{sr1}.|{sr1}|{Dom1}]] {J1}[[!|,]]

{r2}{r3}{r5}Conforme [[conversamos|combinado]] [[por telefone|no WhatsApp]], {o2} técnic{o2} {Y2} [[irá|passará]] à sua residência [[na {WEEKDAY}|amanhã]] entre {TIME} e {TIME} para [[a instalação|o reparo]] do {PRODUCT}.
Caso não haja ninguém, [[pode deixar autorizado com|basta avisar]] {o3} porteir{o3} {Y3}[[ ou {seu4} {REL4} {Y4}|]]. [[A {VBOTN}, nossa assistente virtual, envia o lembrete por SMS.|O lembrete chega pelo app {COMPANY}.]]

[[Abs|Abraços|Att.|Obrigad{o5}|Qualquer dúvida, estou à disposição]],
[[{Y5}|{Y5:l}|{N5}]]
[[{DEPT}|Equipe {DEPT}]] — {COMPANY}""")
_t(A, "ticket", """Chamado {PROTO} · {TSTATUS}
{r2}{r4}{r5}{r6}Cliente: {N1} · {PHONE}[[ (recado com {o3} {Y3}, {REL3})| — contato: {Y3} ({REL3})| (falar com {Y3}, {REL3})]]
Nota interna ({Y2:l}): cliente ligou de novo. [[falar c/|ver c/|alinhar c/]] {Y4:l} do [[backoffice|financeiro|{DEPT:l}]] sobre o [[estorno|reembolso|cancelamento]].
Nota interna ({Y4}): [[ok|feito|visto]], [[estorno aprovado|aguardando {BANK}|pendente de nota fiscal]]. {Y1} pediu [[retorno após as 14h|contato só por whatsapp|que não liguem no trabalho]].
Nota interna ({Y5:l}): [[@{Y2:l} vc viu?|cc @{Y2:l} @{Y4:l}]] [[{o1} cliente|{ele1}]] citou {o6} {Y6} da unidade {PLACE}[[, que prometeu desconto|]].
Tags: [[#reincidente|#procon|#vip]]""")
_t(A, "avaliacao", """{BIZ} · {STARS}
[[{N1}|{Y1}|{I1}]] · há [[2 dias|1 semana|3 meses]]
"{r2}{rm3}{r5}[[Fui atendid{o1} pel{o2}|Quem me atendeu foi {o2}]] {Y2}, [[super atencios{o2}|muito educad{o2}|nota 10]]! [[O motoboy {Y3} chegou rapidinho.|A entrega atrasou, mas o motoboy {Y3} avisou.]] [[Só a {VBOTN} do app que não ajuda.|{WORD}.]] [[Parabéns, {Y2}!|Valeu {Y2:l}!|Obrigad{o1}, {Y2}.]]"
[[{N4}|{Y4}]] · há [[1 mês|5 meses]]
"[[Pedi pr{o5} {Y5} trocar o pedido e {ele5} resolveu na hora.|{O5} {Y5} do caixa foi grosseir{o5}.|Demorou, mas {o5} {Y5} compensou.]]"
Resposta do proprietário: "[[Oi|Olá]] {Y4}, [[obrigado|agradecemos]]! [[Vamos avisar {o5} {Y5}.|Já conversamos com a equipe.]]\"""")
_t(A, "portaria", lambda c: "LIVRO DA PORTARIA — [[Edifício|Condomínio|Residencial]] [[Barão de Mauá|Santa Mônica|Dom Bosco|Jardim Europa]] — {DATE}\n{r1}{r2}{r8}{r9}" + _lines(c, [
    "{CLK} — {r§}entregador{a§} {Y§} ({DLV}) deixou pedido para o apto {APTO}; recebido pel{o1} porteir{o1} {Y1}",
    "{CLK} — {rm§}motoboy {Y§} [[da {REST}|do {DLV}]] aguardou {NUM} min e [[entregou|voltou com o pedido]]",
    "{CLK} — {rf§}diarista {Y§} (apto {APTO}) entrou com autorização d{o9} morador{a9} {Y9}",
    "{CLK} — {r§}técnic{o§} {Y§} da {TELCO} [[vistoriou|acessou]] o quadro de [[luz|energia|telefonia]]",
    "{CLK} — síndic{o8} {Y8} [[liberou|autorizou]] a mudança do apto {APTO}[[; caminhão da {BIZ}|]]",
    "{CLK} — {r§}{Dom§} {Y§} (apto {APTO}) [[reclamou do barulho|pediu a chave do salão|esqueceu a chave]]. {RELIG}.",
    "{CLK} — visitante {r§}{Y§}[[, sem documento|, RG {RG}]], para {o9} {Y9} do {APTO}",
    "{CLK} — {r§}corretor{a§} {Y§} [[da {BIZ}|da Imobiliária {Z§}]] mostrou o apto {APTO} a um casal",
    "{CLK} — {r§}auxiliar {Y§} [[trocou as lâmpadas da garagem|lavou a caixa d'água]]; conferido pel{o1} {Y1}",
    "{CLK} — {w§}{Dom§} {Y§} do {APTO} avisou: {WU§}",
], 4, 7) + "\n[[Porteir{o1} de plantão: {Y1}|Passagem de turno: {Y1} → {Y2}|Assinado: {Y1} / síndic{o8} {Y8}]]")
_t(A, "chat_lower", lambda c: c.chat([
    ("{r1}{r2}{r4}{w6}{Y1:l}", "@{Y2:l} vc viu o chamado d{o3} {Y3}? [[de novo|pela 3a vez]] [[a fatura|a cobrança]] veio errada"),
    ("{Y2:l}", "vi sim. [[falei c/|pedi pr{o4}]] {Y4:l} do backoffice, {ele4} [[tá vendo|disse q resolve hj]]"),
    ("{Y1:l}", "[[blz|ok|show]]. {o3} {Y3:l} [[pediu|quer]] retorno até {TIME}. [[e a|a]] {VBOTN:l} mandou a pesquisa errada kkk"),
    ("{r5}{Y5:l}", "[[gente|pessoal]] amanhã [[é aniversário|tem bolo]] d{o6} {Y6}!! [[quem puder chega cedo|vamos contribuir c/ {SMALLMONEY}]] 🎂"),
    ("{Y2:l}", "[[bora|eu vou]]. {WU6} kkk"),
    ("{Y4:l}", "[[resolvido|feito]] o d{o3} {Y3:l}, [[abs|valeu]] {Y1:l}"),
]))
_t(A, "transcricao", """[Áudio de {NUM}s — transcrição automática]
{w3}{r4}{r5}[[oi|ô|alô]] {Y2:l}[[ tudo bem|]] [[então|olha]] {o3} {Y3} [[falou|disse]] que [[a entrega|o técnico da {TELCO}]] [[só vem|vem]] {WEEKDAY} [[né|tá]] e [[ainda falou|disse também]] {WU3} aí eu pedi pr{o4} {Y4} ficar em casa [[pra receber|esperando]] [[mas|só que]] {o4} {Y4} [[trabalha até tarde|tem plantão no {HOSPITAL}]] então se {o3} {Y3} [[ligar|mandar mensagem]] avisa que quem vai receber é {o5} {Y5}[[, {meu5} {REL5}|]] [[tá|beleza]] [[brigad{o1}|valeu|beijo]]""", lower=0.3)

# juridico .................................................................................
_t(J, "depoimento", """TERMO DE DECLARAÇÕES — Inquérito Policial nº {NUM}{NUM}/{YEAR} — {NUM}º DP de {CITY}
Declarante: {P1:c}, {NAT1}, {PROFI1}, RG {RG}.
{r2}{m3}{r4}Às perguntas, respondeu: que conhece {o2} {Y2} há [[cerca de {NUM} anos|muitos anos]], [[do bairro|da igreja|do trabalho]]; que no dia {DATE}, por volta das {TIME}, {o2} {Y2} e {P3}, [[vulgo|conhecido como|de apelido]] "{Q3}", [[discutiam|estavam]] em frente ao {PLACE}; que {o2} {Y2} disse que "{Q3}" lhe devia {MONEY}; que {o4} {Y4}, {REL4} d{o2} {Y2}, presenciou os fatos; que {Q3} [[fugiu|saiu]] [[num {CAR}|a pé]] pela {RUA}; que não conhece {o5} {J5}, [[dono|proprietário]] da {BIZ}. [[Nada mais disse.|Nada mais.]]
[[Escrivão|Escrivã]]: {N6} — Autoridade: {Dr7} {N7}""")
_t(J, "acordo", """TERMO DE ACORDO [[DE VIZINHANÇA|EXTRAJUDICIAL|DE MEDIAÇÃO]] — [[CEJUSC|Núcleo de Mediação]] de {CITY}
Partes: {r1}{P1} e {r2}{P2}. Mediador{a3}: {N3}.
1. {Y1} pagará a {Y2} o valor de {MONEY}, [[em {NUM} parcelas|à vista|até {DATE}]], pelo [[conserto do muro|dano no veículo|aluguel atrasado]].
2. {Y2} [[se compromete a|deverá]] [[retirar a queixa|não estacionar na vaga d{o1} {Y1}|podar a árvore do quintal]].
3. [[Os pagamentos serão feitos por Pix à chave {PIX}.|O depósito será feito no {BANK}.]] [[{O4} {REL4} d{o1} {Y1}, {Y4}, assina como testemunha.|Testemunha: {Y4} ({REL4} d{o2} {Y2}).]]
4. {J1} e {J2} declaram que [[nada mais têm a reclamar|o acordo é justo]].
Assinaturas: ______ ({Y1}) ______ ({Y2}) ______ ({Y3})""")
_t(J, "whatsapp", lambda c: c.chat([
    ("{r1}{Y1}", "[[Bom dia|Boa tarde]], [[dr.|Dr.|dr|doutor]] {m2}{J2}! [[Desculpa incomodar.|Tudo bem?]] [[Saiu alguma coisa|Alguma novidade]] do processo?"),
    ("{Dr2} {N2}", "{rf3}[[Oi|Olá]] {Y1}, tudo bem? Saiu sim: [[audiência em {DATE}|a sentença]]. [[Pedi pra {Y3}, nossa estagiária, te mandar o PDF.|A {Y3} do escritório vai te ligar.]]"),
    ("{Y1}", "[[Obrigad{o1}|Valeu]], doutor! [[E a|A]] {wf4}{Y4}, [[minha vizinha|que viu tudo]], pode ir de testemunha? {WU4}"),
    ("{Dr2} {N2}", "Pode sim. [[Combinado|Fechado]], {Y1:l}! Me manda o CPF da {Y4}."),
    ("{Y3}", "Oi {Y1}, [[segue o PDF|o link é esse]]. Qualquer dúvida [[fala comigo|estou aqui]]. [[Abs|Att]], {Y3}"),
]), lower=0.2)
_t(J, "certidao_oficial", """CERTIDÃO — Mandado nº {NUM}{NUM}{NUM}/{YEAR} — Processo {PROC}
{m1}{rf3}{r4}CERTIFICO eu, Oficial de Justiça, que em {DATE}, às {TIME}, dirigi-me à {STREET}, {CITY}, e lá fui atendido pela {dom3} {Y3}, sogra do executado {P1:c}, a qual informou que ele [[mudou-se há {NUM} meses|está trabalhando em {CITY}|viaja a trabalho]]; que o genro da {dom3} {Y3}, [[conhecido como|vulgo|de apelido]] "{Q1}", [[não aparece desde {MONTH}|vem aos domingos]]. [[Deixei a contrafé com {o4}|Entreguei a contrafé {ao4}]] porteir{o4} {Y4}, que [[se comprometeu a entregá-la|exarou ciente]]. [[Diligenciei também na {BIZ}, sem êxito.|A vizinha {rf5}{Y5} confirmou a informação.]] O referido é verdade e dou fé.
{CITY}, {DATE}. {N6} — Oficial de Justiça""")
_t(J, "triagem_defensoria", """DEFENSORIA PÚBLICA — TRIAGEM — {DATE}
{r2}{r3}{w4}{rm5}{r6}Assistid{o1}: {P1} — CPF {CPF}
Telefones: {PHONE} [[(recado com {o2} {Y2}, {REL2})|(falar com {Y2}, {REL2})|— contato: {Y2} ({REL2})]]; {PHONE} [[(próprio)|(trabalho)|({Y3}, {REL3})]]
Relato: {o1} assistid{o1} [[mora de aluguel com|divide a casa com]] {o2} {Y2} e [[paga|pagava]] {MONEY} ao {Y5}, dono do imóvel. O {Y5} [[quer o imóvel de volta|cortou a água]] e disse que "{WU4}". {O4} {Y4}, vizinh{o4}, [[viu a discussão|pode testemunhar]].
Providência: [[notificar o locador|agendar mediação no CEJUSC]]. Atendid{o6} por: {Y6} (estagiári{o6}) — {Dr7} {J7}""")
_t(J, "transcricao", _role(["TESTEMUNHA", "Testemunha", "DEPOENTE", "Informante"], """[Audiência de instrução — {COURT} — gravação]
JUIZ{A1:u}: {rf2}{rf3}{rm4}{r5}§R, a senhora conhece as partes?
§R ({Y2}): Conheço[[ sim|]], excelência. A {Y3} é minha vizinha há {NUM} anos e o {Y4} eu conheço de vista.
JUIZ{A1:u}: O que a senhora viu no dia {DATE}?
§R ({Y2}): [[Olha|Então]], a {Y3} falou que o {Y4} [[tinha levado|pegou]] o {CAR} dela. Aí {o5} {Y5}, [[filh{o5}|sobrinh{o5}]] dela, chamou a polícia.
ADVOGAD{O6:u} ({N6}): Sem mais perguntas. [[O {Y4} nunca foi visto lá.|Consigno que {o5} {Y5} não foi arrolad{o5}.]]
JUIZ{A1:u}: [[Obrigad{o1}, dona {Y2}.|Dispensada a testemunha.]] [[Próxima testemunha, {rm7}{Y7}.|Encerro a instrução.]]"""))
_t(J, "boletim_ocorrencia", """BOLETIM DE OCORRÊNCIA Nº {NUM}{NUM}{NUM}/{YEAR} — Delegacia da Mulher de {CITY}
Natureza: [[Ameaça|Violência doméstica|Dano|Injúria]]
{f1}{wf2}{m3}{rm4}VÍTIMA: {P1:c}, RG {RG}, tel. {PHONE} [[(recado com a {Y2}, irmã)|(falar com {Y2}, {REL2})]]
AUTOR: {P3:c}, [[vulgo|conhecido como]] "{Q3}"
HISTÓRICO: A vítima relata que o ex-companheiro, "{Q3}", [[foi até a casa da {Y2}|ligou {NUM} vezes]] e disse que [[ia quebrar tudo|não ia pagar a pensão]]; que {Q3} [[estava embriagado|chegou num {CAR}]]; que o {Y4}, vizinho, [[ouviu os gritos|chamou a PM]]; que a {Y2} [[falou|disse]]: "{WU2}". Solicita medidas protetivas (Lei Maria da Penha).
[[Escrivã|Escrivão]]: {N5}""")
_t(J, "email", """De: {N1} <{WMAIL1}>
Para: {MAIL}
Assunto: [[Prazos da semana|Pendências|Audiência {WEEKDAY}]]

[[Pessoal|Time|Oi gente]],
{rm2}{r3}{r4}{r7}[[pedi pro|pedi ao]] {Y2} [[protocolar|revisar]] a contestação do caso {J5} até {DATE}. {O3} {Y3} fica com [[os embargos|a réplica]] d{o6} {Y6} x {COMPANY}.
{O4} {Y4} [[está de férias|está em audiência]] até {WEEKDAY}; [[quem cobre é|falar com]] {o7} {Y7}.
[[Lembrando|Lembrete]]: {o5} cliente {J5} [[vem amanhã às {TIME}|ligou duas vezes]] — [[atender com|recado com]] a secretária, {rf9}{Y9}.

[[Abs|Abraços|Obrigad{o1}]], [[{Y1}|{Y1:l}]]""")

# saude ....................................................................................
_t(S, "passagem_plantao", lambda c: "PASSAGEM DE PLANTÃO — {UNIT} — {DATE} {CLK}\n{rf1}{r2}{r3}{r4}{rm5}" + _lines(c, [
    "Leito {BED} — {r§}{rf1§}{Dom§} {Y§}, {AGE}a. {SYMPT}. [[Acompanhante: {REL1§} ({Y1§}).|A {REL1§}, {Y1§}, ligou às {TIME}.]]",
    "Leito {BED} — {w§}{Dom§} {Y§} comentou: \"{WU§}\". PA {PA}. [[Em uso de {DRUG}.|Aguarda {EXAM}.]]",
    "Leito {BED} — {r§}{Y§} ({AGE}a) — [[dieta zero|jejum]] para {EXAM}. Técnic{o2} {Y2} [[passou a sonda|colheu exames]].",
    "Leito {BED} — {r§}{r1§}{Sr§} {J§} — [[agitad{o§} à noite|dormiu bem]]. [[Família: falar com {Y1§} ({REL1§}).|Visita: {REL1§} {Y1§}, às {TIME}.]]",
    "Leito {BED} — {r§}{Y§}: [[queda às {TIME}|febre de 38,{NUM}]]; comunicado {ao3} {Dr3} {J3}.",
], 3, 6) + "\nEnf. {Y1}: [[passo o plantão|plantão passado]] para {Y4}. Auxiliar {Y5} [[cobre o 2º andar|fica na farmácia]].")
_t(S, "evolucao_enfermagem", """EVOLUÇÃO DE ENFERMAGEM — {DATE} {CLK} — {HOSPITAL}
{r1}{rf2}{wf3}{r4}{r5}Paciente {Y1} [[refere|relata]] [[melhora da dor|{SYMPT} leve]]. Acompanhante: {REL2} ({Y2}), [[orientada|ciente]] sobre [[a dieta|o jejum]]. {O1} {Y1} diz que a {Y2} [[comentou|brincou]]: "{WU3}". A vizinha {Y3} [[trouxe roupas|visitou às {TIME}]].
Técnic{o4} {Y4} [[administrou {DRUG} {DOSE}|realizou curativo]] às {TIME}. [[Enf. {Y5}|Enfermeir{o5} {Y5}]] [[comunicou|avisou]] {Dr6} {J6} sobre [[PA {PA}|a glicemia de {NUM}0]].
Contato da família: {PHONE} [[(recado com a {Y2}, {REL2})|({Y2})]]. [[{COREN}|]]""")
_t(S, "whatsapp", lambda c: _once(c, "{HUNIT}", _hunit(c), [
    ("{HUNIT}", "[[Olá|Oi|Bom dia]] {r1}{r3}{r4}{Y1}! [[Sua consulta com {Dr2} {J2}|Sua consulta de retorno com {Dr2} {J2}]] está confirmada para {DATE} às {TIME}. Confirma?"),
    ("{Y1}", "[[confirmo|sim]]! [[quem vai me levar é|vou com]] {meu3} {REL3}, {o3} {Y3}"),
    ("{HUNIT}", "[[Combinado|Perfeito|Anotado]], {Y1:l}! [[Traga os exames do {LAB}.|Chegue 15 min antes.]] [[Qualquer dúvida, fale com {o4} {Y4} na recepção.|Att, {Y4}]]"),
    ("{Y1}", "[[obrigad{o1}|brigad{o1}|valeu]], {Y4}!{EMOJI}"),
    ("{Y3}", "[[oi|olá]] {Y4}, aqui é {o3} {Y3}, [[{REL3} d{o1} {Y1}|acompanhante]]. [[dá pra trocar pra tarde?|tem estacionamento?]]"),
    ("{HUNIT}", "[[Oi {Y3}, tudo bem?|Olá, {Y3}!]] [[Consigo às 15h.|Tem sim, pela {RUA}.]] [[Abs|Obrigad{o4}]], {Y4}"),
]), lower=0.25)
_t(S, "cadastro_contato", """FICHA DE ADMISSÃO — {HOSPITAL}
{r2}{r3}{r4}{r5}Paciente: {P1}   Nasc.: {DATE}   Convênio: [[{HEALTHCO}|SUS]]
Responsável: {Y2} ({REL2}) — {PHONE}
Contato de emergência: {PHONE} [[(recado com {o3} {Y3}, {REL3})|(falar com {Y3}, {REL3})|— {Y3} ({REL3})]]
Nome social / como prefere ser chamad{o1}: [[{Y1}|{K1}]]
Cuidador{a4}: {Y4}[[ — diarista, segundas e quintas| (vizinh{o4})]]
Observações: [[não falar o diagnóstico sem a presença d{o2} {Y2}|{Y2} autoriza informações por telefone]]. Admitid{o1} por {Y5} (recepção).""")
_t(S, "cuidador", """Diário do cuidador — {Weekday}, {DATE}
{rf1}{rm2}{r3}{wf4}{r5}{Dom1} {Y1} [[dormiu bem|acordou às {TIME}]], tomou {DRUG} [[no café|às 8h]]. [[Reclamou de {SYMPT}.|Sem queixas.]]
O [[genro|filho|sobrinho|neto]] da {dom1} {Y1}, o {Y2}, passou [[de manhã|à tarde]] e [[deixou {SMALLMONEY} para a farmácia|levou ela ao {HUNIT}]].
[[Amanhã é aniversário da|Sábado tem o aniversário da]] {Y4}, [[neta|sobrinha|afilhada]] dela — [[ela pediu bolo|{WU4}]].
{O3} {Y3} (fisioterapeuta) [[veio às {TIME}|remarcou para {WEEKDAY}]]. Assinado: {Y5}[[ (cuidador{a5})|]]""")
_t(S, "chat_lower", lambda c: _log(c, [
    ("{rf1}{r2}{r3}{rf4}{f5}{r6}{r7}enf {Y1:l}", "@{Y2:l} vc viu o leito {BED}? {o3} {Y3:l} [[tá sem acesso|tirou o acesso]] de novo"),
    ("{Y2:l} tec", "vi sim, [[já puncionei|vou lá agora]]. a {REL4} d{ele3}, {Y4:l}, [[tá lá|pediu pra falar c/ o médico]]"),
    ("{Y1:l}", "[[ok|blz]]. [[chama|avisa]] a {dr5} {J5:l}, ela [[tá no {UNIT:l}|saiu p/ almoçar]]"),
    ("{Y6:l} farmácia", "[[gente|pessoal]] o {DRUG} do {BED} [[acabou|chegou]], [[pedir p/|falar c/]] {Y7:l} do [[almox|estoque]]"),
    ("{Y2:l} tec", "[[valeu|obg]] {Y6:l}!! [[abs|bjs]]"),
]))
_t(S, "teleconsulta", _role(["Enf.", "Enfermeira", "Téc. Enf.", "Acolhimento"], """[Teleatendimento — {HEALTHCO} — {DATE}]
{CLK} {VBOT}: [[Olá|Oi]]! Sou {VBOTN}, [[vou te transferir|um momento]].
{CLK} §R {rf2}{r1}{r3}{rf4}{Y2}: [[Olá|Oi]], {Y1}, [[tudo bem|boa tarde]]? [[Aqui é a {Y2}|Meu nome é {Y2}]], da enfermagem.
{CLK} Paciente: Oi, {Y2}. [[É {meu3}|Estou ligando pel{o3}]] {REL3}, {o3} {Y3}: {ele3} tá com {SYMPT} desde {WEEKDAY}.
{CLK} §R {Y2}: Entendi. {O3} {Y3} [[tomou algum remédio|tem febre]]?
{CLK} Paciente: [[Tomou {DRUG}|Não]]. [[A {Y4}, nossa vizinha que é técnica, mediu a pressão: {PA}.|Quem tá cuidando é a diarista, {Y4}.]]
{CLK} §R {Y2}: [[Vou agendar com {Dr5} {J5} hoje às {TIME}.|Oriento procurar a {HUNIT}.]] [[Combinado|Certo]], {Y1:l}?
{CLK} Paciente: [[Combinado|Tá bom]]. [[Obrigad{o1}|Valeu]], {Y2}!"""))
_t(S, "visita_domiciliar", lambda c: "ESF {NATURE} — ACS {r1}{r2}{Y1} — visitas de {DATE}\n" + _lines(c, [
    "{w§}Casa d{o§} {dom§} {Y§}: {o§} {Y§} [[comentou|disse]]: \"{WU§}\". [[Orientad{o§} retorno à UBS.|Agendada consulta.]]",
    "{rm§}{rf1§}Casa do {Y§}: a {REL1§} ({Y1§}) [[cuida dele|informa que ele toma {DRUG}]]. PA {PA}.",
    "{r§}{r1§}{Dom§} {Y§} ({AGE}a): [[vacina atrasada|cartão em dia]]; [[recado com|falar com]] {o1§} {Y1§}, {REL1§}.",
    "{rm§}{rf1§}Seu {Y§} não estava; [[o genro|a nora]] da dona {Y1§} [[recebeu|atendeu]] e disse que ele foi à {HUNIT}.",
    "{rf§}{rm1§}Gestante {Y§} ([[{NUM} semanas|{NUM}ª consulta]]) — {SYMPT}; marido ({Y1§}) [[presente|ausente]].",
], 3, 6) + "\n[[Supervisão: enf. {Y2}|Visto: {Y2} (enfermeir{o2})]]")
_t(S, "recepcao", """RECADOS — Recepção [[Clínica {Z9}|{HUNIT}|Consultório {Dr9} {J9}]] — {DATE}
{r1}{rf3}{r4}{rf5}{r6}{w7}{r8}- {Y1} ligou {CLK}: [[remarcar|cancelar]] consulta com {Dr2} {J2}. [[Falar com a [[filha|esposa|mãe|irmã]] ({Y3}) depois das 17h.|Retornar no {PHONE}.]]
- {Dr2} {J2}: [[pediu pr{o4} {Y4} separar os exames do {LAB}|vai atrasar {NUM} min]].
- {Y5} (diarista d{o6} {dom6} {Y6}) trouxe a [[receita|guia]] [[do {HEALTHCO}|da {PHARMA}]].
- {Y7} [[perguntou se|quer saber se]] [[o exame|o laudo]] saiu — {WU7}.
- Robô do WhatsApp ({VBOTN}): [[{NUM} confirmações|sem novas mensagens]].
Anotado por: [[{Y8}|{Y8:l}]]""")

# financeiro ...............................................................................
_t(F, "whatsapp", lambda c: c.chat([
    ("{COMPANY}", "{r1}{r2}{r3}[[Oi|Olá]] {Y1}, tudo bem? [[Aqui é {o2} {Y2}, da cobrança.|Sou {o2} {Y2}, do financeiro.]] [[O boleto de {MONTH} venceu.|Consta parcela em aberto de {MONEY}.]]"),
    ("{Y1}", "oi {Y2:l}. [[quem paga é|quem cuida disso é]] {meu3} {REL3}, {o3} {Y3}. {Y3} pagará [[dia {NUM}|na sexta]]"),
    ("{COMPANY}", "[[Combinado|Certo]], {Y1:l}! [[Posso mandar o Pix pr{o3} {Y3}?|Mando a 2ª via pr{o3} {Y3}?]]"),
    ("{Y1}", "[[pode|manda]] sim, [[o zap d{o3} {Y3} é|contato:]] {PHONE}"),
    ("{COMPANY}", "[[Enviado!|Feito.]] [[Obrigad{o2}|Abs]], {Y2}. [[Nossa assistente {VBOTN} confirma o pagamento.|]]"),
]), lower=0.25)
_t(F, "notas_cobranca", lambda c: "Histórico de cobrança — contrato {PROTO} — {P1}\n{r2}{r3}{r4}" + _lines(c, [
    "{DATE} {CLK} — ligação: atendeu {r§}{o§} {Y§} ({REL§}); [[disse que|informou que]] {o1} titular [[viajou|está internad{o1}]]",
    "{DATE} {CLK} — [[recado com|deixado recado com]] {r§}{o§} {Y§}, {REL§}, no {PHONE}",
    "{DATE} {CLK} — promessa: {Y1} pagará {MONEY} [[até {DATE}|na {WEEKDAY}]]",
    "{DATE} {CLK} — {r§}{Y§} ({REL§}) [[pediu desconto|quer parcelar em {NUM}x]]; [[falar c/|ver c/]] {Y2:l} da mesa de acordos",
    "{DATE} {CLK} — {w§}{Y§}, {REL§}, disse: \"{WU§}\"",
    "{DATE} {CLK} — SMS enviado ([[robô|{VBOTN}]]); sem retorno",
], 4, 7) + "\nOperador{a3}: {Y3} — supervisão: {Y4}")
_t(F, "email", """Assunto: [[Fechamento|Conciliação]] de {MONTH} — pendências

[[Oi|Olá]] {r1}{Y1}[[, tudo bem?|!]]

{rm2}{r3}{r4}{r5}{r6}{r7}[[Pedi pro|Pedi ao]] {Y2} lançar as notas da {BIZ}; {o3} {Y3} [[ainda não mandou|já mandou]] o extrato do {BANK}.
[[O reembolso d{o4} {Y4}|O adiantamento d{o4} motorista {Y4}]] ({MONEY}) [[está parado|foi aprovado]] — falta o ok d{o5} {Y5:l} [[da controladoria|do RH|do financeiro]].
[[Também|Além disso]]: {o6} {Y6}, [[do caixa|da tesouraria]], [[pediu|sugeriu]] [[conferir|revisar]] o lançamento da {COMPANY2}.

[[Abs|Abraços|Valeu]], [[{Y7}|{Y7:l}]]""")
_t(F, "chat_lower", lambda c: c.chat([
    ("{r1}{r2}{rm3}{r4}{r5}{r6}{w7}{Y1:l}", "[[bom dia|gente]] @{Y2:l} o pix do {Y3:l} caiu? [[ele|o fornecedor]] ligou 2x"),
    ("{Y2:l}", "caiu sim {CLK}. [[falei c/|avisei]] {o4} {Y4:l} do [[backoffice|contas a pagar]]"),
    ("{Y1:l}", "[[show|blz]]. [[e o|o]] reembolso d{o5} {Y5:l}? [[tá c/|aguardando]] {o6} {Y6:l} aprovar"),
    ("{Y6:l}", "[[aprovei agora|aprovo hj]]. [[abs|valeu]] {Y1:l}"),
    ("{Y4:l}", "@{Y1:l} @{Y2:l} [[lembrando|lembrete]]: aniversário d{o7} {Y7} {WEEKDAY} 🎉 [[{WU7}|]]"),
]))
_t(F, "rh", """Ajustes da folha — {Month}/{YEAR} — {COMPANY}
{rm1}{rm2}{r3}{r4}{rf5}{w6}{r7}{r8}- Adiantamento: motorista {Y1} — {MONEY}
- Hora extra: auxiliar {Y2} ({NUM}h) — aprovado pel{o3} {Y3}
- Vale-transporte: {Y4} [[mudou de endereço|saiu do fretado]]
- Diarista {Y5}: [[2 diárias extras|reembolso de {SMALLMONEY}]]
- [[Aniversário|Aniversariante]] do mês: {Y6} ([[dia {NUM}|{DATEC}]]) — [[bolo da {BIZ}|vaquinha com o {Y7}]]
[[Dúvidas com|Falar com]] {o8} {Y8} (DP). [[Abs|Att.]], {Y8}""")
_t(F, "caixinha", lambda c: "Caixinha do condomínio — {Month}/{YEAR}\n{r9}" + _lines(c, [
    "{DATEC} Pix para {rf§}diarista {Y§} — {SMALLMONEY}", "{DATEC} {rm§}jardineiro {Y§} (poda) — {SMALLMONEY}",
    "{DATEC} compra na {STORE} (produtos de limpeza) — {SMALLMONEY}", "{DATEC} {r§}eletricista {Y§} — troca de reator — {SMALLMONEY}",
    "{DATEC} gorjeta {rm§}porteiro {Y§} (Natal) — {SMALLMONEY}", "{DATEC} reembolso à {rf§}dona {Y§} do {APTO} — {SMALLMONEY}",
    "{DATEC} {rm§}encanador {Y§} — {SMALLMONEY}[[ (nota com o síndico)|]]",
], 4, 8) + "\nConferido: síndic{o9} {Y9}. [[Saldo|Em caixa]]: {MONEY}")
_t(F, "imobiliario", """Negociação — imóvel {STREET} — {BIZ}
{rm1}{rf2}{r3}{w4}{rm6}{r7}Corretor {Y1}: proprietária ({dom2} {Y2}) [[aceita|não aceita]] {MONEY}; [[quer|pede]] sinal de {PCT}.
{O3} {Y3}, comprador{a3}, [[vai financiar|financia]] pelo {BANK}; {Y4} ({REL4} d{o3} {Y3}) [[entra|assina]] como [[fiador{a4}|compositor{a4} de renda]].
[[Visita|Vistoria]] {WEEKDAY} às {TIME}: levar a chave com o porteiro {Y6}. [[O genro da {dom2} {Y2} quer estar presente.|A {dom2} {Y2} pediu que {o7} {Y7}, {REL7}, acompanhe.]]
Obs.: {Y1} [[falou com|ligou pra]] {Y3} — [[{WU4}|ok]].""")
_t(F, "transcricao", lambda c: _role(["Gerente", "Atendente", "Consultor{a2}", "Especialista"], """Gravação {PROTO} — {BANK} — central de atendimento
{CLK} {r2}{r3}{r4}§R {Y2}: [[{GREET}|Olá]], {BANK}, [[aqui é {o2} {Y2}|{Y2} falando]]. [[Com quem eu falo?|Pois não?]]
{CLK} Cliente: {INTJ}, {Y2}. Aqui é [[{o1} {Y1}|{o1} {N1}]]. {Meu3} {REL3}, {o3} {Y3}, [[vai fazer o Pix pra mim|tentou pagar o boleto]] e [[bloquearam|não passou]].
{CLK} §R {Y2}: Entendi, {sr1} {J1}. {O3} {Y3} [[é dependente na conta|tem procuração]]?
{CLK} Cliente: [[Não|Tem sim]]. [[Quem resolve isso lá na agência é|O gerente antigo era]] {o4} {Y4}.
{CLK} §R {Y2}: {O4} {Y4} [[mudou de agência|está de férias]]. Vou registrar no protocolo {PROTO}. [[Obrigad{o2}|Tenha um bom dia]], {sr1} {J1}.""")(c).replace("{BANK}", c.rng.choice(_BANKS)))


# ---------------------------------------------------------------------------------------
# spoken registers written down: speech-to-text of calls (speaker labels, timestamps, no
# punctuation, names in lower case), hearings taken down from the recording, voice notes
# transcribed in a chat, ombudsman calls and dictated notes. Full names run on into the
# next words of speech ("é {P1:l} eu queria"), single names follow "senhor", "dona", "seu",
# "doutora" or an article, and the roles that label the speakers ("agente", "TESTEMUNHA",
# "ura"), companies, places and adjectives that are also names ("é mais prudente", "um
# barulho constante") are no names.

_UNIDADES = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze",
             "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"]
_DEZENAS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]


def _words(n: int) -> str:
    """0..99 in words."""
    if n < 20:
        return _UNIDADES[n]
    d, u = divmod(n, 10)
    return _DEZENAS[d] + (f" e {_UNIDADES[u]}" if u else "")


def _spoken_year(y: int) -> str:
    if y >= 2000:
        rest = y - 2000
        return "dois mil" + (f" e {_words(rest)}" if rest else "")
    rest = y - 1900
    return "mil novecentos" + (f" e {_words(rest)}" if rest else "")


def _spoken_date(c: _Ctx) -> str:
    rng = c.rng
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 2023)
    day = "primeiro" if d == 1 and rng.random() < 0.5 else _words(d)
    return rng.choice([f"{day} de {_MONTHS[m - 1]} de {_spoken_year(y)}", f"{day} do {_words(m)} de {_spoken_year(y)}",
                       f"{d:02d}/{m:02d}/{y}", f"{day} do {m} de {y}", f"{d} de {_MONTHS[m - 1]} de {y}"])


def _spoken_digits(c: _Ctx, k: int) -> str:
    digits = [c.rng.randint(0, 9) for _ in range(k)]
    if c.rng.random() < 0.35:
        return "".join(map(str, digits))
    return " ".join(_UNIDADES[d] if d != 6 or c.rng.random() < 0.5 else "meia" for d in digits)


_SLOTS.update({
    "SPDATE": _spoken_date, "SPCPF": lambda c: _spoken_digits(c, 11), "SPNUM": lambda c: _spoken_digits(c, c.rng.randint(4, 8)),
    "SPAGE": lambda c: _words(c.rng.randint(19, 94)) if c.rng.random() < 0.6 else str(c.rng.randint(19, 94)),
    # everyday words that are also given names, used as words in speech (no span)
    "ADJ": _pick(["o barulho é constante", "a dor é constante", "uma goteira constante", "seria mais prudente esperar",
                  "é prudente guardar o comprovante", "meu amado cachorro", "o preço não é justo", "não acho justo",
                  "uma dor severa", "vou ser franco com a senhora", "graças a deus", "a luz caiu de novo",
                  "foi uma vitória", "tem que ter fé", "a conta de luz veio alta", "em paz", "um presente de natal",
                  "é o leão da receita", "uma rosa no portão", "ficou sem graça", "é muito amado no bairro"]),
    # everyday words the tagger looks at in lower case (name-shaped, not corpus words), as words
    "THING": _pick(["a parcela do carnê venceu", "o saldo tá negativo", "fiz exame de sangue", "acabou a fralda",
                    "a vacina atrasou", "a vizinha viu", "esqueci a carteirinha", "ele anda de bengala",
                    "o tanquinho quebrou", "o chuveiro queimou", "tem uma goteira na cozinha", "o muro caiu",
                    "o banheiro alagou", "o aluguel subiu", "meu celular descarregou", "roubaram a mochila",
                    "perdi a carteira", "a van da escola", "a kombi do mercado", "fui de bicicleta",
                    "atravessei de balsa", "a madrinha dele", "o padrinho ajudou", "a faxineira veio",
                    "é virose", "operou a hérnia", "tem asma", "pegou caxumba", "a luva de borracha",
                    "a lavanderia fechou", "a marcenaria do bairro", "o barco atrasou", "a canoa virou"]),
})


def _upper_text(s: str) -> str:
    """Upper-case a label, its gender endings too ("ouvidor{a2}" -> "OUVIDOR{A2}")."""
    s = re.sub(r"\{([ao])(\d+)\}", lambda m: "{" + m.group(1).upper() + m.group(2) + "}", s)
    return re.sub(r"[^{}]+(?=\{|$)", lambda m: m.group(0).upper(), s)


def _asr(c: _Ctx, turns: list[tuple[str, str]], style: int | None = None) -> str:
    """Speech to text: turns of (speaker label, speech); the label style and the clock vary
    by record; 'spk' styles number the speakers in their order and drop the labels."""
    rng = c.rng
    style = rng.randrange(9) if style is None else style
    t = rng.randint(0, 50)
    order: dict[str, int] = {}
    out = []
    for who, msg in turns:
        t += rng.randint(2, 45)
        k = order.setdefault(who, len(order))
        hms, ms = f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}", f"{t // 60:02d}:{t % 60:02d}"
        if style == 0:
            out.append(f"{who}: {msg}")
        elif style == 1:
            out.append(f"[{hms}] {_upper_text(who)}: {msg}")
        elif style == 2:
            out.append(f"[spk_{k} {t + rng.random():6.2f}s] {msg}")
        elif style == 3:
            out.append(f"{ms} {who}: {msg}")
        elif style == 4:
            out.append(f"[{ms}] {_upper_text(who)}: {msg}")
        elif style == 5:
            out.append(f"{t // 60}:{t % 60:02d}\n{who}\n{msg}\n")
        elif style == 6:
            out.append(f"{_upper_text(who)} ({hms}): {msg}")
        elif style == 7:
            out.append(f"Locutor {k + 1} [{ms}]: {msg}")
        else:
            out.append(f"- {who} [{ms}] {msg}")
    return "\n".join(out)


def _voice(c: _Ctx) -> str:
    """The head of a transcribed voice note in a chat."""
    s = c.rng.randint(5, 150)
    return c.rng.choice([f"🎤 áudio {s // 60}:{s % 60:02d} (transcrito) —", f"🎙 transcrição:", "[áudio transcrito]",
                         f"🎤 ({s}s, transcrição automática)", "(mensagem de voz)", f"🎙️ {s // 60:02d}:{s % 60:02d} ·",
                         "áudio:", "[transcrição do áudio]"])


# law firms named after their founders, and certificate authorities in digital signatures (no spans)
_LAWFIRMS = _split("""Mattos Filho; Pinheiro Neto; Machado Meyer; Demarest; Tozzini Freire; Siqueira Castro; Veirano;
Trench Rossi Watanabe; Lefosse; Felsberg; Souto Correa; Cescon Barrieu; Stocche Forbes; Barbosa Müssnich Aragão;
Bichara Advogados; Mattos Engelberg; Ulhôa Canto; Campos Mello; Lobo de Rizzo; Azevedo Sette; Pinhão e Koiffman""")
_CERT_AUTH = _split("""CERTISIGN; SERASA; VALID; SOLUTI; SAFEWEB; SERPRO; AC OAB; BOA VISTA; SYNGULAR; DIGITALSIGN; AC SOLUTI Multipla v5;
AC Certisign RFB G5; AC SERASA RFB v5; AC VALID RFB v5; AC SAFEWEB RFB v5""")
_DOC_TITLES = _split("""Relatório Anual; Relatório Mensal; Relatório de Atendimento; Relatório Final; Informe de Rendimentos;
Contrato Social; Termo de Acordo; Laudo Médico; Comprovante de Residência; Extrato Consolidado; Recibo de Pagamento;
Boletim de Ocorrência; Atestado Médico; Demonstrativo Mensal; Certidão Negativa; Parecer Técnico; Resumo de Alta;
Balancete Mensal; Termo de Quitação; Espelho do Ponto; Holerite; Orçamento Revisado; Laudo Técnico; Plano de Cuidados""")
_SLOTS.update({"DOCT": _pick(_DOC_TITLES), "VOICE": _voice, "LAWFIRM": _pick(_LAWFIRMS), "CERTAUTH": _pick(_CERT_AUTH),
               "CPFD": lambda c: re.sub(r"\D", "", _cpf(c.rng))})

# atendimento ..............................................................................
_t(A, "transcricao_asr", lambda c: "[[Transcrição automática|Ligação transcrita|Speech analytics]] · {TELCO} · {PROTO}\n" + _asr(c, [
    ("ura", "[[sua ligação pode ser gravada|esta chamada é gravada]] [[para sua segurança|para fins de qualidade]] [[aguarde|um momento]]"),
    ("agente", "{r1}{r2}[[{TELCO:l}|{TELCO}]] [[boa tarde|bom dia|boa noite]] [[meu nome é|aqui é|você fala com|quem fala é]] {Y2:l} [[com quem eu falo|em que posso ajudar|com quem tenho o prazer]]"),
    ("cliente", "[[oi|alô|ah oi]] [[boa tarde|bom dia]] [[aqui é|quem fala é|é|eu sou]] {P1:l} [[eu tô ligando porque|é que|então]] [[a internet|o sinal|a fatura]] [[tá caindo toda hora|veio com valor errado|parou desde {WEEKDAY}]][[ e {THING}|]]"),
    ("agente", "[[certo|perfeito|entendi]] {senhor1} {Y1:l} [[pra sua segurança|por gentileza|antes de mais nada]] [[me confirma|confirma pra mim]] [[o cpf do titular|a data de nascimento|o endereço da instalação]]"),
    ("cliente", "[[então|olha|ah]] [[a linha é d{o3}|tá tudo no nome d{o3}|quem é titular é {o3}]] {REL3} {P3:l} [[{ele3} deixou eu resolver|{ele3} tá aqui do lado|eu tenho o cpf {dele3}]] [[é|o cpf é]] {SPCPF}"),
    ("agente", "[[obrigad{o2}|anotado]] {senhor1} {J1:l} [[vou abrir uma visita técnica|vou gerar o desconto proporcional|vou transferir pro financeiro]] [[o técnico|a equipe]][[ da {TELCO:l}|]] [[liga antes|passa {WEEKDAY}]]"),
    ("cliente", "[[tá bom|beleza|ah tá]] [[brigad{o1}|obrigad{o1}|valeu]] {Y2:l}[[ {ADJ}|]]"),
    ("agente", "[[imagina|eu que agradeço|disponha]] {senhor1} {J1:l} [[tenha uma ótima tarde|até logo|boa noite]]"),
]), lower=0.0)
_t(A, "ouvidoria_ligacao", lambda c: "Ouvidoria {COMPANY} — [[gravação|ligação]] {PROTO} — [[degravação|transcrição]]\n" + _asr(c, [
    ("ouvidor{a2}", "{r1}{r2}{r3}[[ouvidoria|ouvidoria da {COMPANY:l}]] [[bom dia|boa tarde]] [[eu sou|meu nome é|quem te atende é]] {o2} {Y2:l} [[em que posso ajudar|pode falar|com quem eu falo]]"),
    ("manifestante", "[[bom dia|oi boa tarde]] [[eu me chamo|meu nome é|quem fala é]] {P1:l} [[e eu|eu]] [[já liguei|reclamei]] [[umas quatro vezes|três vezes]] [[e ninguém resolve|e nada]][[ {THING}|]]"),
    ("ouvidor{a2}", "[[entendo|compreendo]] {senhor1} {Y1:l} [[me conta o que aconteceu|pode relatar]]"),
    ("manifestante", "[[o medidor|o poste|o relógio de luz]] [[tá com problema|queimou]] [[desde {MONTH}|faz duas semanas]] [[e quem tem a chave do portão|e quem recebeu o técnico|e quem tava em casa]] [[é|foi]] {meu3} [[vizinh{o3}|cunhad{o3}|compadre]] {dom3} {N3:l} [[o barulho é constante|{ADJ}]]"),
    ("ouvidor{a2}", "[[certo|anotei]] [[vou registrar|vou abrir]] a manifestação [[e o|o]] prazo de resposta é de dez dias [[o número é|anota o protocolo]] {SPNUM}"),
    ("manifestante", "[[tá|ok]] [[se não for eu|se eu não atender]] [[pode falar com|liga pr{o4}]] {meu4} {REL4} {Y4:l} [[obrigad{o1}|brigad{o1}]] {Y2:l}"),
]), lower=0.0)
_t(A, "audio_whatsapp", lambda c: c.chat([
    ("{r1}{r2}{r3}{N1}", "{VOICE} [[oi|olá|ô]] {Y2:l} [[bom dia|boa tarde]] [[aqui é|é]] {o1} {Y1:l} [[que comprou o|do pedido do]] {PRODUCT:l} [[semana passada|no sábado]] [[então|olha]] [[a entrega|o montador]] [[não veio|chegou e foi embora]] [[e o pedido tá no nome|e a nota tá no nome]] d{o3} {REL3} {P3:l} [[se precisar|caso precise]] [[o cpf é|o documento é]] {SPCPF}"),
    ("{Y2}", "[[Oi|Olá]], {Y1}! [[Vou verificar|Já estou vendo]] aqui com a [[transportadora|{STORE}|Jadlog|Loggi]]. [[Quem pode receber?|Qual o melhor horário?]]"),
    ("{N1}", "{VOICE} [[pode deixar com|quem recebe é]] {o4} [[vizinh{o4}|porteir{o4}]] {dom4} {Y4:l} [[ou liga|ou fala]] [[com {o3}|pr{o3}]] {Y3:l} [[no|o número é]] {PHONE} [[tá|beleza]] [[brigad{o1}|valeu]]"),
    ("{Y2}", "[[Combinado|Anotado]]! [[Agendei para {WEEKDAY}.|O motorista liga antes.]] [[Segue em anexo o {DOCT}.|Mandei o {DOCT} por e-mail.|]] [[Qualquer coisa me chama|Abs]], {Y2}"),
]), lower=0.0)
_t(A, "transcricao_asr", lambda c: "{COMPANY} · [[retenção|cancelamento|vendas]] · [[áudio transcrito|transcrição da chamada]] {DATE}\n" + _asr(c, [
    ("ura", "[[para falar sobre cancelamento digite três|você será atendido por um de nossos especialistas]]"),
    ("atendente", "{r2}{r1}{w3}[[{COMPANY:l}|central {COMPANY:l}]] [[boa noite|bom dia]] {Y2:l} [[falando|aqui]] [[com quem eu falo|como posso te ajudar]]"),
    ("cliente", "[[boa noite|oi]] {Y2:l} [[é|aqui é|eu sou]] {P1:l} [[quero cancelar|preciso cancelar|vou cancelar]] [[o plano|a assinatura|o seguro]] [[porque|que]] [[tá caro demais|não uso mais]][[ e {THING}|]]"),
    ("atendente", "[[poxa|entendo]] {senhor1} {Y1:l} [[antes de cancelar|posso te oferecer]] [[um desconto|metade do valor]] [[por seis meses|até {MONTH}]]"),
    ("cliente", "[[não|olha]] [[quem decide é|tem que ver com]] {o3} {Y3:l} {meu3} {REL3} [[{WU3}|ela que paga]] [[mas acho que não|vou falar com {ele3}]]"),
    ("atendente", "[[tudo bem|sem problema]] [[se {o3} {Y3:l} quiser|caso {ele3} queira]] [[é só ligar|liga no mesmo número]] [[o protocolo é|anota aí]] {SPNUM} [[a {COMPANY:l} agradece|obrigad{o2}]] {senhor1} {J1:l}"),
]), lower=0.0)
_t(A, "nota_ditada", """[[Nota ditada|Registro por voz|Observação ditada]] — atendente {N2} — {DATE} {CLK}
{r1}{r3}{r4}[[cliente|consumidor{a1}]] {P1:l} [[ligou|entrou em contato]] [[informando|dizendo|relatando]] que [[a geladeira|o produto|a máquina]] [[chegou amassado|não liga]] [[vírgula|,]] [[falou com|foi atendid{o1} por]] {o3} {Y3:l} [[na loja do|no]] {PLACE:l} [[ponto|.]] [[nova linha|]]
[[quem vai receber o técnico é|o contato alternativo é]] {o4} {REL4} {P4:l} [[vírgula|,]] [[telefone|número]] {SPNUM} [[ponto final|.]] [[{ADJ}|]] [[retornar|ligar de volta]] [[até {WEEKDAY}|depois das {TIME}]] [[ponto|.]]
[[ditado por|transcrito de]] {Y2:l} [[revisar|conferir]] [[os nomes|a grafia]]""", lower=0.0)
_t(A, "portaria_audio", lambda c: "Grupo [[Portaria|Moradores]] [[Bloco B|Torre 2|Residencial {NATURE}]]\n" + _log(c, [
    ("{r1}{w2}{r3}{r4}{Y1:l} {APTO}", "{VOICE} [[oi|boa noite]] {dom3} {Y3:l} [[é|aqui é]] {o1} {Y1:l} do {APTO} [[chegou uma caixa|vai chegar um pacote]] [[no nome d{o2}|pr{o2}]] {P2:l} [[pode|consegue]] [[segurar|guardar]] aí [[na portaria|com o senhor]] [[{WU2}|brigad{o1}]]"),
    ("{Y3} (portaria)", "[[Pode deixar|Tá guardado]], {Y1:l}. [[Chegou sim|Assinei]] às {TIME}. [[Veio da {STORE}.|Caixa da {BRAND}.|Motoboy do {DLV}.]]"),
    ("{Y4:l} {APTO}", "{VOICE} [[gente|pessoal]] [[alguém viu|quem pegou]] [[o carrinho de compras|a chave do salão]] {o3} {Y3:l} [[disse que|falou que]] [[{o2} {Y2:l}|{o1} {Y1:l}]] [[levou|pegou]] [[ontem|de manhã]][[ {THING}|]]"),
    ("{Y1:l} {APTO}", "{VOICE} [[fui eu não|não peguei não]] [[quem pegou foi|deve ter sido]] {o4} {Y4:l} [[mesmo|kkk]]"),
]), lower=0.0)

# juridico .................................................................................
_t(J, "degravacao", lambda c: "[[DEGRAVAÇÃO|TRANSCRIÇÃO DE AUDIÊNCIA|Termo de degravação]] — {COURT} — Processo {PROC}\n" + _asr(c, [
    ("juiz{a5}", "{r1}{r2}{r3}{r4}[[a testemunha|a senhora|o senhor]] [[diga|fala]] [[o nome completo|seu nome completo]] [[por favor|pra constar]]"),
    ("testemunha", "{P2:l}"),
    ("juiz{a5}", "[[conhece|a senhora conhece]] {o1} reclamante [[trabalhou com {ele1}|trabalhava junto]]"),
    ("testemunha", "[[conheço sim|sim senhor|trabalhei]] [[trabalhei junto com {o1}|eu era colega d{o1}]] {Y1:l} [[lá na|na]] {BIZ:l} [[uns|quase]] [[três|dois|cinco]] anos [[quem mandava|quem fechava o caixa|quem pagava a gente]] [[era|é]] {dom3} {Y3:l} [[e às vezes|e quando ele faltava|e no sábado]] [[o encarregado|o gerente|a supervisora]] {Y4:l}"),
    ("juiz{a5}", "[[e o horário|e a jornada|e o ponto]] [[como era|quem anotava]]"),
    ("testemunha", "[[a gente chegava|entrava]] [[seis|sete]] horas [[e saía|e ia até]] [[nove da noite|depois das dez]] [[quem marcava o ponto|quem anotava]] [[era|era sempre]] {o4} {Y4:l} [[{ADJ}|não tinha folga]]"),
    ("juiz{a5}", "[[consigne-se|consigna]] [[dispensada a testemunha|sem mais perguntas]] [[doutor|doutora]] {J6:l} [[tem perguntas|alguma pergunta]]"),
    ("advogad{o6}", "[[sem perguntas excelência|nada mais]]"),
]), lower=0.0)
_t(J, "audiencia_virtual", lambda c: "[[Reunião|Audiência]] [[Teams|Zoom|Google Meet]] — [[conciliação|mediação]] — {BIZ} — transcrição\n" + _asr(c, [
    ("{N3} (Conciliador{a3})", "{r1}{r3}{r4}[[bom dia a todos|boa tarde pessoal]] [[a sessão está sendo gravada|estamos gravando]] [[eu sou|meu nome é]] {Y3:l} [[vou conduzir|sou conciliador{a3} do cejusc]] [[as partes se apresentam por favor|cada um se apresenta]]"),
    ("{P1} (Convidado)", "[[bom dia|oi bom dia]] [[eu sou|aqui é|meu nome é]] {P1:l} [[sou a parte autora|o requerente|autor{a1} da ação]]"),
    ("{N4} [[(Externo)|({LAWFIRM})|- {LAWFIRM}]]", "[[bom dia excelência|boa tarde]] {P4:l} [[preposto|representante|advogad{o4} do {LAWFIRM:l}]] da [[ré|empresa]] [[a proposta é|temos proposta de]] {SPNUM} [[reais|mil reais]] [[em seis vezes|à vista]]"),
    ("{N3} (Conciliador{a3})", "[[{senhor1} {J1:l}|{o1} {senhor1}]] [[aceita|está de acordo]] [[a proposta|com o valor]]"),
    ("{P1} (Convidado)", "[[aceito|pode ser|sim aceito]] [[mas quero|desde que]] [[a primeira parcela|o pagamento]] [[caia até o dia dez|seja por pix]] [[é mais prudente|{ADJ}]]"),
    ("{N3} (Conciliador{a3})", "[[perfeito|ótimo]] [[homologo o acordo|vou redigir o termo]] [[obrigad{o3}|agradeço]] {senhor1} {J1:l} [[e {o4} {senhor4} {J4:l}|e o preposto]]"),
], style=c.rng.choice([5, 5, 0, 3])), lower=0.0)
_t(J, "audio_whatsapp", lambda c: c.chat([
    ("{r2}{Dr2} {N2}", "[[Olá|Boa tarde]], {Sr1} {J1}! Para [[a inicial|a petição de alimentos|o inventário]] preciso dos nomes completos e das datas de nascimento."),
    ("{r1}{rm3}{r4}{r5}{N1}", "{VOICE} [[oi|bom dia]] [[doutor|dr]] {J2:l} [[então|olha]] [[o nome completo dele|o pai das crianças]] [[é|se chama]] {P3:l} [[e|as crianças são]] {o4} {P4:l} [[que nasceu|nascid{o4}]] {SPDATE} [[e|e também]] {o5} {Y5:l} [[que nasceu|nascid{o5}]] {SPDATE} [[o cpf do pai|o documento dele]] [[é|eu não tenho]] [[{SPCPF}|aqui]]"),
    ("{Dr2} {N2}", "[[Anotado|Perfeito]]. [[Segue em anexo o {DOCT}.|Envio o {DOCT} amanhã.|]] [[E a escola|E a pensão]] [[d{o4} {Y4}|das crianças]]? [[O fórum de {CITY} pede|A {COURT} pede]] a certidão."),
    ("{N1}", "{VOICE} [[{o4} {Y4:l} estuda|estudam]] na {SCHOOL:l} [[e|a]] [[conta|pensão]] [[cai|tá]] no meu nome {P1:l} [[no|conta no]] {BANK:l} [[{ADJ}|]]"),
]), lower=0.0)
_t(J, "termo_ditado", """[[TERMO DE DECLARAÇÃO|OITIVA|DECLARAÇÃO]] — [[transcrição de áudio|reduzido a termo a partir da gravação]] — {CITY}, {DATE}
{r1}{r2}{r3}{w4}[[declarante|depoente]] {P1:l} [[disse que|relata que]] [[mora|reside]] [[há {NUM} anos|desde {YEAR}]] [[na|em]] {BAIRRO:l} [[e que|que]] [[o vizinho|a vizinha|o dono do imóvel]] {dom2} {N2:l} [[derrubou o muro|fez a obra]] [[sem avisar|sem licença]] [[e que {THING}|]] [[que|e que]] {o3} {REL3} {Y3:l} [[viu tudo|presenciou]] [[que|e que]] {o4} {Y4:l} [[da casa da frente|vizinh{o4} de fundo]] [[também viu|pode confirmar]] [[que o barulho era constante|e disse {WU4}]] [[que não sabe ler|que não sabe assinar]] [[e a rogo assina|assinando a rogo]] {P3:l} [[rg|identidade]] {SPNUM}
[[escrevente|conferido por]]: {N5}""", lower=0.0)
_t(J, "transcricao_asr", lambda c: "[[Ligação|Chamada]] {PROTO} — [[escritório|assessoria]] {BIZ} — [[cobrança extrajudicial|notificação]] — transcrição\n" + _asr(c, [
    ("operador{a2}", "{r1}{r2}{r3}[[bom dia|boa tarde]] [[eu falo|falo]] com {o1} {senhor1} {P1:l}"),
    ("cliente", "[[não|ele não tá|ela saiu]] [[quem fala é|aqui é|é]] {o3} {REL3} {dele1} {Y3:l} [[pode falar|quer deixar recado]]"),
    ("operador{a2}", "[[meu nome é|aqui é]] {Y2:l} [[do escritório|da assessoria]] [[que representa a|em nome da]] {COMPANY:l} [[é sobre|referente a]] [[um contrato|uma pendência]] [[d{o1} {Y1:l}|em aberto]]"),
    ("cliente", "[[olha|então]] [[{o1} {Y1:l}|{ele1}]] [[trabalha até tarde|só chega à noite]] [[mas|e]] [[eu acho justo|é prudente]] [[a senhora|o senhor]] [[ligar depois|mandar por escrito]]"),
    ("operador{a2}", "[[combinado|tudo bem]] {dom3} {Y3:l} [[deixo o protocolo|anota o número]] {SPNUM} [[obrigad{o2}|tenha um bom dia]]"),
]), lower=0.0)

# saude ....................................................................................
_t(S, "teleconsulta_asr", lambda c: "[[Teleconsulta|Consulta]] — {HUNIT} — [[transcrição automática|ata gerada por IA]] — {DATE}\n" + _asr(c, [
    ("médic{o2}", "{r1}{r2}{r3}{r4}{r5}[[bom dia|boa tarde|oi]] [[eu sou|aqui é|quem vai te atender é]] [[doutor{a2}|{o2} doutor{a2}]] {Y2:l} [[a gente vai começar|vamos começar]] [[me diz|me fala]] [[seu nome completo|o nome da paciente]] [[e a data de nascimento|e o nome da mãe]]"),
    ("paciente", "{P1:l} [[nasci|nascid{o1} em]] {SPDATE} [[a minha mãe|minha mãe é|o nome da mãe é]] {f3}{P3:l}"),
    ("médic{o2}", "[[e o que trouxe|o que está acontecendo|qual a queixa]] [[hoje|{senhor1} {Y1:l}]]"),
    ("paciente", "[[é|então]] [[{SYMPT:l}|dor nas costas|tontura]] [[desde {WEEKDAY}|faz uns dias]] [[e o remédio|o remédio]] que [[o doutor|a doutora]] {J4:l} [[passou|receitou]] [[no posto|na upa]] [[não tá fazendo efeito|deu enjoo]] [[a dor é constante|{ADJ}|{THING}]]"),
    ("acompanhante", "[[oi|licença]] [[doutor{a2}|doutor{a2} {Y2:l}]] [[sou|aqui é]] {Y5:l} [[{REL5}|neta|sobrinha]] {dele1} [[ele tá tomando|ela toma]] {DRUG:l} [[de manhã|duas vezes]]"),
    ("médic{o2}", "[[certo|entendi]] [[vou pedir|vou solicitar]] {EXAM:l} [[e retorno com|e volta com]] [[doutor|doutora]] {J4:l} [[em trinta dias|depois do exame]]"),
]), lower=0.0)
_t(S, "central_marcacao", lambda c: "Central de [[marcação|agendamento]] — {HUNIT} — [[ligação|gravação]] {PROTO}\n" + _asr(c, [
    ("atendente", "{r1}{r2}{r3}{w4}[[central de marcação|agendamento de consultas e exames]] [[{Y2:l} bom dia|bom dia {Y2:l} falando|boa tarde aqui é {o2} {Y2:l}]]"),
    ("paciente", "[[bom dia|oi]] [[eu queria|preciso]] [[remarcar|marcar]] [[a consulta|o exame]] d{o3} {meu3} {REL3} [[é|o nome é]] {P3:l} [[o cartão do sus é|o cpf é]] {SPCPF}"),
    ("atendente", "[[tá com|é com]] [[doutor|doutora]] {J5:l} [[né|certo]] [[tem vaga|só tenho]] [[dia {DATEC}|{WEEKDAY} de manhã]] [[quem vai acompanhar|quem traz]] {o3} {senhor3} {Y3:l}"),
    ("paciente", "[[sou eu mesm{o1}|quem leva sou eu]] {P1:l} [[ou|se não der]] {o4} {Y4:l} [[que mora com {ele3}|a cuidadora]] [[{WU4}|é mais prudente anotar os dois]]"),
    ("atendente", "[[anotado|pronto]] [[confirmado|agendado]] [[traz|trazer]] [[os exames|a carteirinha]] [[obrigad{o2}|tenha um bom dia]]"),
]) + "\n\n" + c.table(c.rng.choice(["\t", ";", "|"]), ["Horário", "Nome", c.rng.choice(["Vacina", "Exame", "Procedimento", "Especialidade"]),
    c.rng.choice(["Lote", "Sala", "Convênio", "Profissional", "Retorno"])], ["{TIME}", "[[{P#}|{P#:u}]]", "[[{EXAM}|{SPEC}|{DRUG}]]",
    "[[{NUM}|{HEALTHCO}|SUS|{Dr2} {J2}]]"], c.rng.randint(2, 4)), lower=0.0)
_t(S, "ouvidoria_ligacao", lambda c: "[[Disque Saúde|Ouvidoria SUS|Ouvidoria {HEALTHCO}]] — manifestação {PROTO} — transcrição\n" + _asr(c, [
    ("atendente", "{r1}{r2}{r3}{r4}[[ouvidoria|ouvidoria da saúde]] [[bom dia|boa tarde]] [[meu nome é|aqui é]] {Y2:l} [[com quem eu falo|em que posso ajudar]]"),
    ("manifestante", "[[bom dia|boa tarde]] [[aqui é|é|eu sou]] {P1:l} [[eu quero fazer|queria registrar]] [[uma reclamação|uma denúncia]] [[da upa|do posto|do pronto-socorro|da ubs]][[ do {BAIRRO:l}|]]"),
    ("atendente", "[[pode relatar|pode falar]] {senhor1} {Y1:l}"),
    ("manifestante", "{meu3} {REL3} {P3:l} [[ficou|esperou]] [[seis|oito|dez]] horas [[com dor|passando mal]] e [[a médica de plantão doutora|o médico de plantão doutor]] {J4:l} [[nem examinou|mandou pra casa]] [[falou que era|disse que era]] [[virose|ansiedade|normal]]"),
    ("atendente", "[[que situação|sinto muito]] [[vou registrar|registrado]] [[pra contato|um telefone pra retorno]]"),
    ("manifestante", "{SPNUM} [[pode falar comigo ou com {o5}|ou liga pr{o5}]] {REL5} {Y5:l}"),
]), lower=0.0)
_t(S, "audio_whatsapp", lambda c: "{HUNIT} · WhatsApp · recepção\n" + c.chat([
    ("{r1}{r3}{w4}{r6}{Y1}", "{VOICE} [[bom dia|oi boa tarde]] [[aqui é|é]] {o1} {Y1:l} [[{o1} {REL1}|{filho1}]] d{o3} {dom3} {Y3:l} [[a gente precisa|eu queria]] [[remarcar|trocar]] [[a fisioterapia|o retorno|a vacina]] [[del{a3}|]] [[porque|que]] [[{ele3} tá com {SYMPT:l}|a perua da prefeitura não veio|{THING}]]"),
    ("Recepção", "[[Bom dia|Oi]], {Y1}! [[Aqui é da {HUNIT}.|Recepção {LAB}.|]] Qual o nome completo d{o3} paciente?"),
    ("{Y1}", "{VOICE} [[é|o nome é]] {P3:l} [[o cpf del{a3}|o cartão]] [[é|tá]] {SPCPF} [[e o endereço mudou|e agora {ele3} tá]] [[na casa d{o6} {REL6} {Y6:l}|com {meu6} {REL6} {Y6:l}]] [[na|perto da]] {RUA:l}"),
    ("Recepção", "[[Anotado|Feito]]! [[Segue o {DOCT} em anexo.|O {DOCT} fica pronto {WEEKDAY}.|]] [[Remarcado para {WEEKDAY} às {TIME}|Passei para {DATEC}]]. [[A|Quem faz a visita é a]] {Y4}[[, nossa técnica,|]] [[confirma por aqui|liga antes]]."),
    ("{Y1}", "{VOICE} [[ah|ai]] [[a {Y4:l}|a técnica {Y4:l}]] [[é um amor|{WU4}]] [[brigad{o1}|obrigad{o1}]]"),
]), lower=0.0)
_t(S, "nota_ditada", """[[EVOLUÇÃO|Evolução médica|Anotação]] — [[ditado por voz|reconhecimento de voz]] — {DATE} {CLK}
{r1}{r2}{r3}{r4}[[paciente|pcte]] {P1:l} [[{SPAGE} anos|idade {SPAGE}]] [[vírgula|,]] [[acompanhad{o1} d{o2}|traz]] {REL2} {Y2:l} [[vírgula|,]] [[refere|relata]] {SYMPT:l} [[há três dias|desde {WEEKDAY}]] [[ponto|.]] [[em uso de|usa]] {DRUG:l} [[prescrito pel{o3} doutor{a3}|receitado pel{o3} dr{a3}]] {J3:l} [[na upa|no posto]] [[ponto|.]] [[nova linha|parágrafo]]
[[conduta|plano]] [[solicito|peço]] {EXAM:l} [[vírgula|,]] [[discutido com|visto com]] [[a residente|o residente|a enfermeira]] {Y4:l} [[ponto final|.]] [[a dor é constante|dor severa]] [[ponto|.]] [[assinado|ditado por]] [[doutor{a5}|dr{a5}]] {N5:l}""", lower=0.0)

# financeiro ...............................................................................
_t(F, "transcricao_asr", lambda c: "[[Central de cartões|Atendimento {BANK}|Bloqueio de cartão]] — [[chamada|gravação]] {PROTO} — [[transcrição|STT]]\n" + _asr(c, [
    ("agente", "{r1}{r2}{r3}[[{BANK:l}|banco {BANK:l}|central de cartões|{BANK}]] [[boa noite|bom dia]] {Y2:l} [[falando|aqui]] [[com quem eu falo|como posso ajudar]]"),
    ("cliente", "[[boa noite|oi]] [[é|aqui é|sou]] {P1:l} [[roubaram|perdi|levaram]] [[minha bolsa|minha carteira|meu celular]] [[com os cartões|com tudo dentro]] [[quero bloquear|preciso bloquear tudo]][[ {THING}|]]"),
    ("agente", "[[calma|tudo bem]] {senhor1} {Y1:l} [[vou bloquear agora|já estou bloqueando]] [[me confirma|confirma]] [[a data de nascimento|o cpf]]"),
    ("cliente", "{SPDATE} [[e|ah e]] [[tem o adicional|tem o cartão adicional]] [[d{o3}|do meu|da minha]] {REL3} {Y3:l} [[bloqueia também|pode bloquear]] [[a compra de ontem|o pix de {SMALLMONEY}]] [[não fui eu|eu não reconheço]]"),
    ("agente", "[[bloqueado|feito]] [[o cartão final {NUM}|os dois cartões]] [[d{o3} {Y3:l}|do adicional]] [[também|]] [[vou abrir a contestação|a contestação sai em dez dias]] [[{ADJ}|]] [[obrigad{o2}|boa noite]] {senhor1} {J1:l}"),
]), lower=0.0)
_t(F, "transcricao_asr", lambda c: "[[Venda de consignado|Correspondente bancário|Portabilidade]] — [[gravação|ligação]] {PROTO} — {COMPANY}\n" + _asr(c, [
    ("operador{a2}", "{r1}{r2}{r4}[[essa ligação está sendo gravada|ligação gravada]] [[para sua segurança|]] [[eu sou|aqui é|meu nome é]] {Y2:l} da [[{COMPANY:l}|{COMPANY}]] [[falo com|eu falo com]] {o1} {senhor1} {P1:l}"),
    ("cliente", "[[sim|sou eu|é {ele1} mesm{o1}]]"),
    ("operador{a2}", "{senhor1} {Y1:l} [[o benefício|a margem]] [[do inss|consignável]] [[permite|dá]] [[um empréstimo de|um valor de]] {SPNUM}[[ reais|]] [[em oitenta e quatro parcelas|com parcela de {SMALLMONEY}]] [[o dinheiro cai|cai]] [[na conta|no]] {BANK:l}"),
    ("cliente", "[[eu não sei ler direito|eu não enxergo bem]] [[quem vai assinar|quem assina por mim]] [[é|vai ser]] {o4} {REL4} {P4:l} [[{ele4} tá aqui|que mora comigo]]"),
    ("operador{a2}", "[[certo|perfeito]] [[então|]] [[a rogo assina|assina a rogo]] {P4:l} [[rg|documento]] {SPNUM} [[presente|na presença da testemunha]] [[obrigad{o2}|a {COMPANY:l} agradece]] {senhor1} {J1:l}"),
]), lower=0.0)
_t(F, "audio_whatsapp", lambda c: "{BIZ} ⇄ [[Contabilidade|Escritório contábil]] {Z9} — WhatsApp\n" + c.chat([
    ("{r1}{r2}{Y1}", "{VOICE} [[bom dia {Y2:l}|{Y2:l} bom dia|oi {Y2:l} tudo bem|{Y2:l}]] [[é|aqui é]] {o1} {Y1:l} da {BIZ:l} [[outra coisa|olha]] [[a folha desse mês|o pagamento desse mês|o adiantamento]] [[entra|vai ter|é pra]] {r3}{r4}{P3:l} {P4:l} [[e|e também]] {o5} {P5:l} [[que começou|que entrou]] [[segunda|essa semana]][[ e {THING}|]]"),
    ("{Y2}", "[[Bom dia|Oi]], {Y1}! [[Anotei|Recebi]]. [[Me manda o CPF d{o5} {Y5}|Preciso da CTPS d{o5} {Y5}]]?"),
    ("{Y1}", "{VOICE} [[o cpf d{o5} {Y5:l} é|o documento é]] {SPCPF} [[e|a]] [[chave pix|conta]] [[d{o3} {Y3:l}|dele]] [[é o celular|é o cpf]] [[{ADJ}|]]"),
    ("{Y2}", "[[Segue em anexo o {DOCT}.|O {DOCT} vai por e-mail.|]] [[Cadastrado|Feito]] no [[Folha Fácil|Domínio Web|eSocial]]! {O3} {Y3} e {o5} {Y5} [[entram|recebem]] no dia 5 pelo {BANK}. [[Chave Pix d{o3} {Y3}|Pix d{o3} {Y3}]]: {PIX}. [[Abs|Att]], {Y2}"),
]), lower=0.0)
_t(F, "ouvidoria_ligacao", lambda c: "Ouvidoria {BANK} — [[golpe|contestação]] Pix — [[ligação|chamada]] {PROTO} — transcrição\n" + _asr(c, [
    ("ouvidoria", "{r1}{r2}{r3}[[ouvidoria|ouvidoria {BANK:l}]] [[bom dia|boa tarde]] {Y2:l} [[falando|aqui]]"),
    ("cliente", "[[bom dia|oi]] [[meu nome é|aqui é|é]] {P1:l} [[eu caí|caí]] [[num golpe|num golpe do pix|num golpe do falso parente]] [[e a agência|e o gerente]] [[não resolve|mandou ligar aqui]]"),
    ("ouvidoria", "[[entendo|certo]] {senhor1} {Y1:l} [[a senhora|o senhor]] [[sabe|tem]] [[o nome de quem recebeu|os dados do recebedor]]"),
    ("cliente", "[[no comprovante|no whatsapp]] [[a pessoa que recebeu|o recebedor|a conta]] [[chama|se chama|tá no nome de]] {P3:l} [[mas|e]] [[quem falou comigo|quem mandou mensagem]] [[dizia ser|se passou por]] {meu4} {REL4} {Y4:l}"),
    ("ouvidoria", "[[vou acionar|aciono]] o mecanismo especial de devolução [[e registro|registro]] [[a manifestação|o caso]] [[o prazo é|a resposta sai em]] [[sete dias|dez dias úteis]] [[obrigad{o2}|a ouvidoria agradece]] {senhor1} {J1:l}"),
]), lower=0.0)
_t(F, "transcricao_asr", lambda c: "[[Cobrança|Recuperação de crédito]] {COMPANY} — [[discagem automática|ligação ativa]] — {DATE} {CLK} — transcrição\n" + _asr(c, [
    ("ura", "[[por favor aguarde|não desligue]] [[você será atendido|um atendente vai falar com você]]"),
    ("operador{a2}", "{r1}{r2}{w3}[[alô|bom dia]] [[eu gostaria de falar com|falo com]] {o1} {senhor1} {P1:l}"),
    ("atendeu", "[[quem fala|quem é]] [[é|aqui é]] {o3} {Y3:l} [[{REL3} {dele1}|{REL3}]] [[{ele1} não tá|{ele1} viajou]] [[{WU3}|pode deixar recado]]"),
    ("operador{a2}", "[[{dom3}|tudo bem]] {Y3:l} [[meu nome é|aqui é]] {Y2:l} [[da|do setor de cobrança da]] {COMPANY:l} [[é|o assunto é]] [[uma parcela em aberto|o acordo]] [[d{o1} {Y1:l}|em nome d{o1} {Y1:l}]] [[não é justo deixar vencer|seria prudente regularizar]] [[até {WEEKDAY}|essa semana]]"),
    ("atendeu", "[[tá|ok]] [[eu aviso|vou avisar]] [[{o1} {Y1:l}|{ele1}]] [[{THING}|]] [[qual seu nome mesmo|quem ligou]]"),
    ("operador{a2}", "{Y2:l}[[ da {COMPANY:l}|]] [[o protocolo é|anota]] {SPNUM} [[obrigad{o2}|bom dia]] {dom3} {Y3:l}"),
]), lower=0.0)

_t(F, "carta_ditada", """[[Minuta ditada|Carta ditada|Ditado]] — {COMPANY} — [[cobrança|renegociação]] — [[revisar antes de enviar|conferir nomes]]
{r1}{r2}[[Ilm{o1}. {Sr1}|Ilustríssim{o1} {Senhor1}|A{o1} {Sr1}]] {P1}
[[Prezad{o1} {senhor1} vírgula|Prezad{o1} {Senhor1},|Prezados,]]
[[informamos a V.Sa. que|comunicamos a V. Sa. que|levamos ao conhecimento de V.Sa. que]] [[o contrato|a parcela]] {PROTO} [[encontra-se em atraso|permanece em aberto]] [[desde {DATE}|há {NUM} dias]] [[vírgula|,]] [[razão pela qual|pelo que]] [[solicitamos que V.Sa.|pedimos a V. Sa. que]] [[compareça|entre em contato]] [[à agência|com {o2} {JOB}]] {N2} [[ponto|.]] [[Caso V.Sa. já tenha pago|Se o pagamento já foi feito por V.Sa.]] [[desconsidere|favor desconsiderar]] [[ponto|.]]
[[Atenciosamente|Cordialmente]], {N2} — [[{DEPT}|Setor de {DEPT}]] — [[{PHONE}|{MAIL}]]""", lower=0.0)
_t(J, "oficio_ditado", """[[OFÍCIO|Ofício]] nº {NUM}/{YEAR} — [[ditado em audiência|minuta por voz]] — {COURT}
{r1}{r2}{r3}[[A Sua Excelência|Exm{o1}. {Sr1}.|Excelentíssim{o1} {Senhor1}]] [[Doutor{a1}|Dr{a1}.]] {P1}
[[Senhor{a1} Juiz{a1}|Excelentíssim{o1} Senhor{a1}]] [[vírgula|,]] [[encaminho a V.Exa.|remeto a V. Exa.|submeto à apreciação de V.Exa.]] [[o termo de depoimento|a degravação]] d{o2} [[testemunha|declarante]] {P2} [[vírgula|,]] [[colhido|tomado]] em {DATE} [[ponto|.]] [[Informo a V.Sa. que|Comunico a V. Exa. que]] {o3} [[perito|oficial de justiça]] {N3} [[não localizou|intimou]] {o2} {senhor2} {J2} [[no endereço|na {STREET}]] [[ponto final|.]]
[[Respeitosamente|Atenciosamente]], {N4} — [[Escrivão|Diretor de Secretaria|Chefe de Cartório]]
[[Documento assinado digitalmente|Assinatura digital ICP-Brasil|Assinado eletronicamente]]: CN={P4:a}:{CPFD}, OU=AR {CERTAUTH:u}, OU=[[RFB e-CPF A3|RFB e-CPF A1|Videoconferencia]], O=ICP-Brasil, C=BR""", lower=0.0)

# ---------------------------------------------------------------------------------------
# generation


def _lower_chance(tpl: _Template) -> float:
    """Chats write names in lower case more often than their templates alone say."""
    if tpl.lower:
        return min(0.9, tpl.lower * 1.6)
    return 0.25 if tpl.register in ("whatsapp", "chat_app", "post", "avaliacao") else 0.0


def _render_record(tpl: _Template, rng: random.Random, fake) -> _Ctx:
    c = _Ctx(rng, fake, tpl.domain)
    c.lower_names = rng.random() < _lower_chance(tpl)
    body = tpl.body(c) if callable(tpl.body) else tpl.body
    c.render(body)
    return c


def _generate(n: int, seed: int) -> tuple[list[dict], list[str], list[list[dict]]]:
    from faker import Faker

    fake = Faker("pt_BR")
    order_rng = random.Random(f"afinar-person-tagger:{seed}")
    order: list[int] = []
    while len(order) < n:
        block = list(range(len(_TEMPLATES)))
        order_rng.shuffle(block)
        order.extend(block)
    records, tids, metas = [], [], []
    for i in range(n):
        tpl = _TEMPLATES[order[i]]
        rng = random.Random(f"{seed}:{i}:{tpl.tid}")
        fake.seed_instance(rng.getrandbits(32))
        c = _render_record(tpl, rng, fake)
        text = c.text()
        # a short record gets a second document of its domain after it, as in a batch export
        tries = 0
        while len(text) < 280 and tries < 3:
            extra = _TEMPLATES[rng.choice(_BY_DOMAIN[tpl.domain])]
            c.emit(rng.choice(["\n\n", "\n\n---\n\n", "\n\n* * *\n\n", "\n\n"]))
            c.people.clear()
            c.sticky.clear()
            c.company = None
            c.lower_names = rng.random() < _lower_chance(extra)
            body = extra.body(c) if callable(extra.body) else extra.body
            c.render(body)
            text = c.text()
            tries += 1
        records.append({"domain": tpl.domain, "register": tpl.register, "text": text, "spans": c.spans})
        tids.append(tpl.tid)
        metas.append(c.meta)
    return records, tids, metas


def generate_training_records(n: int = 6000, seed: int = 0) -> list[dict]:
    """Deterministic (same n and seed -> identical output). Each record:
    {"domain": "atendimento"|"juridico"|"saude"|"financeiro", "register": str,
     "text": str, "spans": [{"start": int, "end": int, "label": "PERSON"}]}
    spans sorted, non-overlapping, text[start:end] is the name as inserted."""
    return _generate(n, seed)[0]


_BY_DOMAIN = {d: [i for i, t in enumerate(_TEMPLATES) if t.domain == d] for d in DOMAINS}
