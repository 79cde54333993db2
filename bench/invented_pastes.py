"""The pasted-text cleaner on invented pastes of the forms issue 12 names, with known truth.

    python bench/invented_pastes.py [--pages 300] [--seed 1] [--lang en|de|fr|es|it|pt|nl] [--show]

Each page is put together at random from parts a browser paste of a news article has:
navigation labels ("Top Picks", "Follow Along"), sometimes a masthead's date of the day
and a kicker, the headline (long, of two words, of sentences with full stops), sometimes
a standfirst, a byline in one of several forms (with or without "By", a name beside its
outlet or its role, a name over a role line), the date in one of the forms pages print
("Apr 18, 2024 · 6 min read", "Mon 4 Mar 2024 17.45 GMT", "11/05/23 9:15 AM ET"), three
to six paragraphs with chrome between them ("Advertisement", "Related: ...", a "Related"
label with the other story's headline under it, share buttons, a picture's caption with
its credit), and a footer (comments, a login prompt, a cookie notice); sometimes a consent
notice above it all that never says "cookie". Printed: how many pages had their
title, authors, day or body wrong; with ``--show``, each wrong page. The real pages of
``bench/extraction.py`` and ``bench/paste_meta.py`` are what the targets are measured on;
these pages find the forms that fail, one at a time, with nothing else in the way.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sitegen.clean import clean_text


@dataclass(frozen=True)
class Parts:
    """What one language's pages are made of."""

    nav: list[str]
    masthead: str  # the day's date a masthead prints: never the article's
    kickers: list[str]
    headlines: list[str]
    standfirsts: list[str]
    bylines: list[tuple[str, list[str]]]  # (as printed, the authors)
    dates: list[tuple[str, str]]  # (as printed, the day)
    paragraphs: list[str]
    between: list[list[str]]  # widgets a page prints between paragraphs, a line each
    consent: list[str]  # a consent notice above the page that never says "cookie"
    footer: list[str]


ENGLISH = Parts(
    nav=["Menu", "Home", "News", "World", "Sport", "Opinion", "Top Picks", "Follow Along",
         "Subscribe", "Sign in", "Search", "Newsletters"],
    masthead="November 20, 2019",
    kickers=["WORLD", "Opinion"],
    headlines=[
        "Harbour board approves the new ferry timetable",
        "Ferry Times",
        "The Ferry Stopped. Then the Island Built Its Own.",
        "Why the island's ferry timetable is changing",
        "New ferry timetable: what residents need to know",
        "Island residents win earlier ferry crossings",
    ],
    standfirsts=[
        "The decision ends a year of complaints from residents about missed connections",
        "Residents say the change is overdue; the operator says it will cost more",
    ],
    bylines=[
        ("By Ana Lopes", ["Ana Lopes"]),
        ("By Ana Lopes and Tomasz Wrona", ["Ana Lopes", "Tomasz Wrona"]),
        ("Priya Raman · Harbourline News", ["Priya Raman"]),
        ("Tomasz Wrona, Education Reporter", ["Tomasz Wrona"]),
        ("Kofi Mensah\nSenior Correspondent", ["Kofi Mensah"]),
        ("Words by Marta Quillon", ["Marta Quillon"]),
        ("By ANA LOPES", ["Ana Lopes"]),  # written as a name
        ("Ana Lopes | Island Herald", ["Ana Lopes"]),
    ],
    dates=[
        ("Apr 18, 2024 · 6 min read", "2024-04-18"),
        ("Mon 4 Mar 2024 17.45 GMT", "2024-03-04"),
        ("11/05/23 9:15 AM ET", "2023-11-05"),
        ("Published 12 March 2024, 14:05 WAT", "2024-03-12"),
        ("March 3, 2024", "2024-03-03"),
        ("Updated 5 June 2023", "2023-06-05"),
        ("3 May 2021 at 10:02 am", "2021-05-03"),
    ],
    paragraphs=[
        "The harbour board approved the new ferry timetable on Monday after a year of "
        "complaints from island residents about missed connections.",
        "Under the plan, the first crossing will leave at six in the morning, an hour earlier "
        "than now, and the last will return after ten at night.",
        "Residents said the change would let them reach the mainland in time for work, though "
        "some worried about the cost of the extra crossings.",
        "The operator, which runs three boats on the route, said it would hire four more crew "
        "members before the summer season.",
        "“We have waited a long time for this,” said Mairi Nicolson, who runs a guest house "
        "near the pier. “It will change how we live here.”",
        "The council will review the timetable in a year, and has promised to publish the "
        "number of passengers on each crossing every month.",
    ],
    between=[
        ["Advertisement"], ["Related: Ferry fares to rise in June"], ["Share this article"],
        ["READ MORE"], ["Sign up to our newsletter"],
        ["Related", "Lifeboat crew honoured for winter rescue"],
        ["Read more", "Island school to stay open after parents' campaign"],
        ["Share", "Facebook", "Email"],
        ["The ferry Isle of Rona at the pier on Monday. Photo: Jo Lee/Island Herald"],
    ],
    consent=[
        "We and our 180 partners store and access information on your device to measure "
        "audiences and to show you personalised content and adverts.",
        "Accept all", "Manage choices",
    ],
    footer=["Comments", "Join our commenting forum", "Log in to comment",
            "We use cookies to improve your experience. By continuing to use the site you "
            "agree.", "© 2024 Island Herald", "Privacy Policy"],
)

GERMAN = Parts(
    nav=["Menü", "Startseite", "Politik", "Wirtschaft", "Sport", "Meinung", "Anmelden",
         "Suche", "Newsletter", "Abo"],
    masthead="20. November 2019",
    kickers=["INSELVERKEHR", "Meinung"],
    headlines=[
        "Hafenrat beschließt neuen Fahrplan für die Fähre",
        "Fährzeiten",
        "Die Fähre blieb aus. Dann baute die Insel ihre eigene.",
        "Warum sich der Fahrplan der Inselfähre ändert",
        "Neuer Fahrplan: Was Bewohner jetzt wissen müssen",
    ],
    standfirsts=[
        "Die Entscheidung beendet ein Jahr voller Beschwerden über verpasste Anschlüsse",
        "Die Bewohner nennen die Änderung überfällig, der Betreiber warnt vor höheren Kosten",
    ],
    bylines=[
        ("Von Jonas Weber", ["Jonas Weber"]),
        ("Von Jonas Weber und Lena Brandt", ["Jonas Weber", "Lena Brandt"]),
        ("Lena Brandt · Inselbote", ["Lena Brandt"]),
        ("Jonas Weber, Korrespondent", ["Jonas Weber"]),
        ("Autor: Lena Brandt", ["Lena Brandt"]),
    ],
    dates=[
        ("18.04.2024, 06:45 Uhr", "2024-04-18"),
        ("Veröffentlicht am 4. März 2024", "2024-03-04"),
        ("Mo., 4. März 2024 um 17:45 Uhr", "2024-03-04"),
        ("Aktualisiert: 5. Juni 2023", "2023-06-05"),
        ("3. Mai 2021", "2021-05-03"),
    ],
    paragraphs=[
        "Der Hafenrat hat am Montag den neuen Fahrplan der Fähre beschlossen, nachdem sich "
        "Inselbewohner ein Jahr lang über verpasste Anschlüsse beschwert hatten.",
        "Nach dem Plan legt die erste Fähre um sechs Uhr morgens ab, eine Stunde früher als "
        "bisher, und die letzte kehrt erst nach zehn Uhr abends zurück.",
        "Die Bewohner sagten, so könnten sie rechtzeitig zur Arbeit auf dem Festland sein, "
        "manche sorgten sich aber um die Kosten der zusätzlichen Fahrten.",
        "Der Betreiber, der drei Schiffe auf der Strecke einsetzt, will vor dem Sommer vier "
        "weitere Besatzungsmitglieder einstellen.",
        "„Wir haben lange darauf gewartet“, sagte Marie Nickel, die eine Pension am Hafen "
        "führt. „Das verändert, wie wir hier leben.“",
        "Der Gemeinderat will den Fahrplan in einem Jahr prüfen und jeden Monat die Zahl der "
        "Fahrgäste auf jeder Überfahrt veröffentlichen.",
    ],
    between=[
        ["Anzeige"], ["Mehr zum Thema", "Seenotretter für Einsatz im Winter geehrt"],
        ["Lesen Sie auch", "Inselschule bleibt nach Elternprotest offen"],
        ["Teilen", "Facebook", "E-Mail"], ["Werbung"],
        ["Die Fähre am Montag im Hafen. Foto: Jo Lee/Inselbote"],
    ],
    consent=[
        "Wir und unsere 180 Partner speichern und verarbeiten Informationen auf Ihrem Gerät, "
        "um Reichweiten zu messen und Ihnen personalisierte Inhalte zu zeigen.",
        "Alle akzeptieren", "Einstellungen",
    ],
    footer=["Kommentare", "Jetzt kommentieren", "© 2024 Inselbote", "Impressum",
            "Datenschutz"],
)

FRENCH = Parts(
    nav=["Menu", "Accueil", "Politique", "Économie", "Sport", "Opinions", "Se connecter",
         "Rechercher", "S’abonner"],
    masthead="20 novembre 2019",
    kickers=["TRANSPORTS", "Opinion"],
    headlines=[
        "Le conseil du port adopte les nouveaux horaires du ferry",
        "Horaires",
        "Le ferry s’est arrêté. Alors l’île a construit le sien.",
        "Pourquoi les horaires du ferry de l’île changent",
    ],
    standfirsts=[
        "La décision met fin à une année de plaintes des habitants sur les correspondances manquées",
    ],
    bylines=[
        ("Par Claire Martin", ["Claire Martin"]),
        ("Par Claire Martin et Hugo Bernard", ["Claire Martin", "Hugo Bernard"]),
        ("Hugo Bernard, correspondant", ["Hugo Bernard"]),
    ],
    dates=[
        ("Publié le 18 avril 2024 à 06h45", "2024-04-18"),
        ("lundi 4 mars 2024", "2024-03-04"),
        ("Mis à jour le 5 juin 2023", "2023-06-05"),
        ("3 mai 2021", "2021-05-03"),
    ],
    paragraphs=[
        "Le conseil du port a adopté lundi les nouveaux horaires du ferry, après une année de "
        "plaintes des habitants de l’île sur les correspondances manquées.",
        "Selon le projet, la première traversée partira à six heures du matin, une heure plus "
        "tôt qu’aujourd’hui, et la dernière reviendra après vingt-deux heures.",
        "Les habitants disent qu’ils pourront ainsi arriver à l’heure au travail sur le "
        "continent, même si certains s’inquiètent du coût des traversées supplémentaires.",
        "L’exploitant, qui fait naviguer trois bateaux sur la ligne, embauchera quatre marins "
        "de plus avant la saison d’été.",
        "La commune fera le bilan des horaires dans un an et publiera chaque mois le nombre de "
        "passagers de chaque traversée.",
    ],
    between=[
        ["Publicité"], ["Lire aussi", "Les sauveteurs en mer honorés pour un sauvetage"],
        ["Partager", "Facebook", "E-mail"],
        ["Le ferry au port lundi. Photo : Jo Lee"],
    ],
    consent=[
        "Nos 180 partenaires et nous stockons et lisons des informations sur votre appareil "
        "pour mesurer l’audience et vous proposer des contenus personnalisés.",
        "Tout accepter", "Paramétrer",
    ],
    footer=["Commentaires", "Réagir", "© 2024 Le Courrier de l’île", "Mentions légales"],
)

SPANISH = Parts(
    nav=["Menú", "Portada", "Política", "Economía", "Deportes", "Opinión", "Iniciar sesión",
         "Buscar", "Suscríbete"],
    masthead="20 de noviembre de 2019",
    kickers=["TRANSPORTE", "Opinión"],
    headlines=[
        "El consejo del puerto aprueba los nuevos horarios del ferri",
        "Horarios",
        "Por qué cambian los horarios del ferri de la isla",
    ],
    standfirsts=[
        "La decisión pone fin a un año de quejas de los vecinos por las conexiones perdidas",
    ],
    bylines=[
        ("Por Lucía Romero", ["Lucía Romero"]),
        ("Lucía Romero y Pablo Gil", ["Lucía Romero", "Pablo Gil"]),
        ("Pablo Gil · El Faro", ["Pablo Gil"]),
    ],
    dates=[
        ("18 de abril de 2024, 06:45", "2024-04-18"),
        ("Actualizado el 5 de junio de 2023", "2023-06-05"),
        ("3 de mayo de 2021", "2021-05-03"),
    ],
    paragraphs=[
        "El consejo del puerto aprobó el lunes los nuevos horarios del ferri, tras un año de "
        "quejas de los vecinos de la isla por las conexiones perdidas.",
        "Según el plan, la primera travesía saldrá a las seis de la mañana, una hora antes que "
        "ahora, y la última volverá después de las diez de la noche.",
        "Los vecinos dijeron que así podrán llegar a tiempo al trabajo en la península, aunque "
        "a algunos les preocupa el coste de las travesías adicionales.",
        "La naviera, que opera tres barcos en la ruta, contratará a cuatro tripulantes más "
        "antes de la temporada de verano.",
        "El ayuntamiento revisará los horarios dentro de un año y publicará cada mes el número "
        "de pasajeros de cada travesía.",
    ],
    between=[
        ["Publicidad"], ["Lee también", "Homenaje a los socorristas por un rescate invernal"],
        ["Compartir", "Facebook", "Correo"],
        ["El ferri en el puerto el lunes. Foto: Jo Lee"],
    ],
    consent=[
        "Nosotros y nuestros 180 socios almacenamos y accedemos a información de su "
        "dispositivo para medir audiencias y mostrarle contenidos personalizados.",
        "Aceptar todo", "Configurar",
    ],
    footer=["Comentarios", "Comenta", "© 2024 El Faro", "Aviso legal"],
)

ITALIAN = Parts(
    nav=["Menu", "Home", "Politica", "Economia", "Sport", "Opinioni", "Accedi", "Cerca",
         "Abbonati"],
    masthead="20 novembre 2019",
    kickers=["TRASPORTI", "Opinioni"],
    headlines=[
        "Il consiglio del porto approva i nuovi orari del traghetto",
        "Orari",
        "Il traghetto si è fermato. Allora l’isola ne ha costruito uno.",
        "Perché cambiano gli orari del traghetto dell’isola",
    ],
    standfirsts=[
        "La decisione mette fine a un anno di proteste degli abitanti per le coincidenze perse",
    ],
    bylines=[
        ("di Giulia Bianchi", ["Giulia Bianchi"]),
        ("Giulia Bianchi e Marco Rossi", ["Giulia Bianchi", "Marco Rossi"]),
        ("Marco Rossi, corrispondente", ["Marco Rossi"]),
    ],
    dates=[
        ("2 febbraio 2024 (modificato il 3 febbraio 2024 | 09:40)", "2024-02-02"),
        ("Pubblicato il 18 aprile 2024 alle 06:45", "2024-04-18"),
        ("Aggiornato il 5 giugno 2023", "2023-06-05"),
    ],
    paragraphs=[
        "Il consiglio del porto ha approvato lunedì i nuovi orari del traghetto, dopo un anno "
        "di proteste degli abitanti dell’isola per le coincidenze perse.",
        "Secondo il piano, la prima corsa partirà alle sei del mattino, un’ora prima di adesso, "
        "e l’ultima tornerà dopo le dieci di sera.",
        "Gli abitanti hanno detto che così potranno arrivare in tempo al lavoro sulla "
        "terraferma, anche se alcuni temono il costo delle corse in più.",
        "La compagnia, che impiega tre navi sulla linea, assumerà altri quattro marinai prima "
        "della stagione estiva.",
        "Il comune rivedrà gli orari tra un anno e pubblicherà ogni mese il numero dei "
        "passeggeri di ogni corsa.",
    ],
    between=[
        ["Pubblicità"], ["Leggi anche", "Premiati i soccorritori per un salvataggio invernale"],
        ["Condividi", "Facebook", "E-mail"],
        ["Il traghetto nel porto lunedì. Foto: Jo Lee"],
    ],
    consent=[
        "Noi e i nostri 180 partner archiviamo e accediamo a informazioni sul tuo dispositivo "
        "per misurare il pubblico e mostrarti contenuti personalizzati.",
        "Accetta tutto", "Personalizza",
    ],
    footer=["Commenti", "Commenta", "© 2024 Il Corriere dell’Isola", "Note legali"],
)

PORTUGUESE = Parts(
    nav=["Menu", "Início", "Política", "Economia", "Esporte", "Opinião", "Entrar", "Buscar",
         "Assine"],
    masthead="20 de novembro de 2019",
    kickers=["TRANSPORTE", "Opinião"],
    headlines=[
        "Conselho do porto aprova novos horários da balsa",
        "Horários",
        "A balsa parou. Então a ilha construiu a sua.",
        "Por que os horários da balsa da ilha vão mudar",
    ],
    standfirsts=[
        "A decisão encerra um ano de queixas dos moradores sobre conexões perdidas",
    ],
    bylines=[
        ("Por Ana Souza", ["Ana Souza"]),
        ("Ana Souza e Pedro Lima", ["Ana Souza", "Pedro Lima"]),
        ("Pedro Lima, correspondente", ["Pedro Lima"]),
    ],
    dates=[
        ("18/04/2024 06h45", "2024-04-18"),
        ("Atualizado em 5 de junho de 2023", "2023-06-05"),
        ("3 de maio de 2021", "2021-05-03"),
    ],
    paragraphs=[
        "O conselho do porto aprovou na segunda-feira os novos horários da balsa, depois de um "
        "ano de queixas dos moradores da ilha sobre conexões perdidas.",
        "Pelo plano, a primeira travessia sairá às seis da manhã, uma hora mais cedo do que "
        "hoje, e a última voltará depois das dez da noite.",
        "Os moradores disseram que assim poderão chegar a tempo ao trabalho no continente, "
        "embora alguns se preocupem com o custo das travessias extras.",
        "A empresa, que opera três barcos na linha, vai contratar mais quatro tripulantes antes "
        "da temporada de verão.",
        "A prefeitura vai rever os horários daqui a um ano e publicará todo mês o número de "
        "passageiros de cada travessia.",
    ],
    between=[
        ["Publicidade"], ["Leia também", "Socorristas homenageados por resgate no inverno"],
        ["Compartilhe", "Facebook", "E-mail"],
        ["A balsa no porto na segunda-feira. Foto: Jo Lee"],
    ],
    consent=[
        "Nós e nossos 180 parceiros armazenamos e acessamos informações do seu dispositivo "
        "para medir a audiência e mostrar conteúdos personalizados.",
        "Aceitar tudo", "Configurar",
    ],
    footer=["Comentários", "Comente", "© 2024 Jornal da Ilha", "Termos de uso"],
)

DUTCH = Parts(
    nav=["Menu", "Home", "Politiek", "Economie", "Sport", "Opinie", "Inloggen", "Zoeken",
         "Abonneren"],
    masthead="20 november 2019",
    kickers=["VERKEER", "Opinie"],
    headlines=[
        "Havenraad keurt nieuwe dienstregeling van de veerboot goed",
        "Vaartijden",
        "De veerboot stopte. Toen bouwde het eiland er zelf een.",
        "Waarom de dienstregeling van de veerboot verandert",
    ],
    standfirsts=[
        "Het besluit maakt een einde aan een jaar van klachten over gemiste aansluitingen",
    ],
    bylines=[
        ("Door Sanne Jansen", ["Sanne Jansen"]),
        ("Sanne Jansen en Pieter Bakker", ["Sanne Jansen", "Pieter Bakker"]),
        ("Pieter Bakker, correspondent", ["Pieter Bakker"]),
    ],
    dates=[
        ("18 april 2024, 06:45", "2024-04-18"),
        ("Bijgewerkt op 5 juni 2023", "2023-06-05"),
        ("3 mei 2021", "2021-05-03"),
    ],
    paragraphs=[
        "De havenraad heeft maandag de nieuwe dienstregeling van de veerboot goedgekeurd, na "
        "een jaar van klachten van eilandbewoners over gemiste aansluitingen.",
        "Volgens het plan vertrekt de eerste boot om zes uur 's ochtends, een uur eerder dan "
        "nu, en keert de laatste na tien uur 's avonds terug.",
        "Bewoners zeiden dat ze zo op tijd op hun werk op het vasteland kunnen komen, al maken "
        "sommigen zich zorgen over de kosten van de extra overtochten.",
        "De rederij, die drie schepen op de lijn inzet, neemt voor de zomer vier extra "
        "bemanningsleden aan.",
        "De gemeente bekijkt de dienstregeling over een jaar opnieuw en publiceert elke maand "
        "het aantal passagiers per overtocht.",
    ],
    between=[
        ["Advertentie"], ["Lees ook", "Reddingsbemanning geëerd voor winterse redding"],
        ["Delen", "Facebook", "E-mail"],
        ["De veerboot in de haven op maandag. Foto: Jo Lee"],
    ],
    consent=[
        "Wij en onze 180 partners slaan informatie op uw apparaat op en lezen die uit om het "
        "bereik te meten en u gepersonaliseerde inhoud te tonen.",
        "Alles accepteren", "Instellingen",
    ],
    footer=["Reacties", "Reageer", "© 2024 Eilandbode", "Privacy"],
)

LANGUAGES = {"en": ENGLISH, "de": GERMAN, "fr": FRENCH, "es": SPANISH, "it": ITALIAN,
             "pt": PORTUGUESE, "nl": DUTCH}


@dataclass
class Page:
    text: str
    title: str
    authors: list[str]
    day: str
    body: list[str]


def invent(rng: random.Random, parts: Parts = ENGLISH) -> Page:
    """One pasted page, and what a reader should take from it."""
    title, (byline, authors), (date, day) = (rng.choice(parts.headlines),
                                             rng.choice(parts.bylines),
                                             rng.choice(parts.dates))  # fmt: skip
    lines = list(parts.consent) if rng.random() < 0.2 else []
    lines += rng.sample(parts.nav, rng.randint(1, 5))
    lines += [parts.masthead] if rng.random() < 0.3 else []
    lines += [rng.choice(parts.kickers)] if rng.random() < 0.5 else []
    lines += [title] + ([rng.choice(parts.standfirsts)] if rng.random() < 0.5 else [])
    lines += [byline, date] if rng.random() < 0.7 else [date, byline]
    body = parts.paragraphs[: rng.randint(3, len(parts.paragraphs))]
    shown, widget = list(body), [False] * len(body)
    for _ in range(rng.randint(0, 2)):
        at = rng.randint(1, len(shown) - 1)
        while widget[at - 1] and widget[at]:
            at += 1  # never inside another widget: after it
        chosen = rng.choice(parts.between)
        shown[at:at], widget[at:at] = chosen, [True] * len(chosen)
    lines += shown + rng.sample(parts.footer, rng.randint(1, min(4, len(parts.footer))))
    return Page("\n".join(lines) + "\n", title, authors, day, body)


def wrong(page: Page) -> dict[str, str]:
    """The fields the cleaner got wrong on ``page``, each with what it gave."""
    got = clean_text(page.text)
    day = str(got.date.value)[:10] if got.date is not None and got.date.value else None
    found = {"title": (got.title, page.title), "authors": (got.authors, page.authors),
             "day": (day, page.day), "body": (got.body, page.body)}  # fmt: skip
    return {field: repr(value) for field, (value, truth) in found.items() if value != truth}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lang", choices=sorted(LANGUAGES), default="en")
    ap.add_argument("--show", action="store_true", help="print each page got wrong")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    counts = {"title": 0, "authors": 0, "day": 0, "body": 0}
    for _ in range(args.pages):
        page = invent(rng, LANGUAGES[args.lang])
        errors = wrong(page)
        for field in errors:
            counts[field] += 1
        if errors and args.show:
            print("; ".join(f"{k}: {v[:100]}" for k, v in errors.items()))
            print("    " + page.text.replace("\n", " | ")[:300])
    print(f"{args.pages} invented pastes ({args.lang}, seed {args.seed}), wrong: "
          + ", ".join(f"{field} {n}" for field, n in counts.items()))  # fmt: skip


if __name__ == "__main__":
    main()
