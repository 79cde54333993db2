"""The headline grid in six more languages: each byline form against each date form, in
five headline-group layouts, with a body, menu, kicker, standfirst and share buttons in
the page's language.

    python bench/language_grid.py [--show] [--lang de]

Where ``bench/headline_grid.py`` varies English bylines and dates, this asks whether what
works there works in German, French, Spanish, Italian, Portuguese and Dutch: bylines with
and without the language's "by", names joined by its "and", a name over its role line;
dates as that language's sites print them (numeric, spelled months, labels, an update
after the published date). Printed: headline groups with title, authors, day or body
wrong, by language; with ``--show``, each of them.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from headline_grid import wrong


@dataclass(frozen=True)
class Language:
    menu: tuple[str, ...]
    kicker: str
    headline: str
    short: str  # a two-word headline
    standfirst: str
    share: tuple[str, ...]
    caption: str  # a picture's caption with its credit, under the headline
    inside: tuple[str, ...]  # chrome between the first two paragraphs: an advert, a teaser
    bylines: tuple[tuple[str, list[str]], ...]
    dates: tuple[tuple[str, str], ...]
    body: tuple[str, ...]


LANGUAGES = {
    "de": Language(
        menu=("Startseite", "Politik", "Wirtschaft"),
        kicker="Verkehr",
        headline="Neue Fährverbindung: Insel bekommt frühere Abfahrten",
        short="Frühe Fähren",
        standfirst="Der Hafenausschuss hat nach einem Jahr voller Beschwerden den neuen "
        "Fahrplan beschlossen. Die Betreiber warnen vor höheren Kosten.",
        share=("Teilen", "Artikel anhören"),
        caption='Die Fähre im Hafen von Lindau. Foto: Jan Keller/dpa',
        inside=('Anzeige', 'Lesen Sie auch', 'Fährpreise steigen im Juni'),
        bylines=(
            ("Von Katrin Oberholzer", ["Katrin Oberholzer"]),
            ("Katrin Oberholzer und Jonas Weber", ["Katrin Oberholzer", "Jonas Weber"]),
            ("Katrin Oberholzer\nKorrespondentin in Wien", ["Katrin Oberholzer"]),
            ("Ein Artikel von Katrin Oberholzer", ["Katrin Oberholzer"]),
        ),
        dates=(
            ("04.03.2024, 17:45 Uhr", "2024-03-04"),
            ("4. März 2024, 17:45 Uhr", "2024-03-04"),
            ("Veröffentlicht am 4. März 2024", "2024-03-04"),
            ("Mo., 04.03.2024 | 17:45", "2024-03-04"),
            ("04.03.2024 - Aktualisiert 05.03.2024, 09:10", "2024-03-04"),
        ),
        body=(
            "Der Hafenausschuss hat am Montag den neuen Fahrplan für die Fähre zur Insel "
            "genehmigt, nachdem sich Bewohner ein Jahr lang über verpasste Anschlüsse "
            "beschwert hatten.",
            "Künftig legt die erste Fähre um sechs Uhr morgens ab, eine Stunde früher als "
            "bisher, und die letzte kehrt nach zehn Uhr abends zurück.",
            "Viele Bewohner sagten, sie könnten so rechtzeitig zur Arbeit auf dem Festland "
            "kommen, doch einige sorgen sich um die Kosten der zusätzlichen Fahrten.",
        ),
    ),
    "fr": Language(
        menu=("Accueil", "International", "Société"),
        kicker="Transports",
        headline="Les habitants de l’île obtiennent des traversées plus matinales",
        short="Traversées matinales",
        standfirst="Après un an de plaintes, le conseil portuaire a adopté mardi le nouvel "
        "horaire du ferry.",
        share=("Partager", "Lecture 3 min."),
        caption='Le ferry dans le port de Quiberon. Photo : Loïc Venance/AFP',
        inside=('Publicité', 'Lire aussi', 'Les tarifs du ferry augmenteront en juin'),
        bylines=(
            ("Par Camille Durand", ["Camille Durand"]),
            ("Camille Durand et Hugo Martin", ["Camille Durand", "Hugo Martin"]),
            ("Par Camille Durand (Lyon, envoyée spéciale)", ["Camille Durand"]),
            ("Camille Durand\nCorrespondante à Lyon", ["Camille Durand"]),
        ),
        dates=(
            ("Publié le 12 mars 2024 à 14h05", "2024-03-12"),
            ("12 mars 2024 à 14h05", "2024-03-12"),
            ("Publié le 12/03/2024 à 14:05, mis à jour le 13/03/2024 à 09:10", "2024-03-12"),
            ("mardi 12 mars 2024", "2024-03-12"),
            ("Le 12 mars 2024 à 14h05", "2024-03-12"),
        ),
        body=(
            "Le conseil portuaire a approuvé mardi le nouvel horaire du ferry, après un an "
            "de plaintes des habitants de l’île au sujet des correspondances manquées.",
            "Désormais, le premier bateau partira à six heures du matin, une heure plus tôt "
            "qu’aujourd’hui, et le dernier reviendra après vingt-deux heures.",
            "Les habitants estiment que ce changement leur permettra d’arriver à l’heure au "
            "travail, même si certains s’inquiètent du coût des traversées.",
        ),
    ),
    "es": Language(
        menu=("Portada", "Nacional", "Deportes"),
        kicker="Transporte",
        headline="El ferry de la isla adelanta su primera salida",
        short="Ferry madrugador",
        standfirst="Los vecinos celebran el cambio; la naviera advierte de que costará más",
        share=("Compartir en Facebook", "Compartir en Twitter"),
        caption='El ferry en el puerto de Palma. Foto: Jaime Reina/EFE',
        inside=('Publicidad', 'Te puede interesar', 'Las tarifas del ferry subirán en junio'),
        bylines=(
            ("Por María José Ferrer", ["María José Ferrer"]),
            ("María José Ferrer y Luis García", ["María José Ferrer", "Luis García"]),
            ("María José Ferrer\nCorresponsal en Palma", ["María José Ferrer"]),
            ("Escrito por María José Ferrer", ["María José Ferrer"]),
        ),
        dates=(
            ("2 feb 2024 - 09:40 CET", "2024-02-02"),
            ("02/02/2024 09:40 h", "2024-02-02"),
            ("Publicado el 2 de febrero de 2024", "2024-02-02"),
            ("viernes, 2 de febrero de 2024, 09:40", "2024-02-02"),
            ("Actualizado 03/02/2024 10:00 (publicado 02/02/2024 09:40)", "2024-02-02"),
        ),
        body=(
            "La autoridad portuaria aprobó el lunes el nuevo horario del ferry tras un año "
            "de quejas de los vecinos de la isla por las conexiones perdidas.",
            "A partir de ahora, el primer barco saldrá a las seis de la mañana, una hora "
            "antes que ahora, y el último regresará después de las diez de la noche.",
            "Los vecinos dicen que el cambio les permitirá llegar a tiempo al trabajo, "
            "aunque a algunos les preocupa el coste de las travesías adicionales.",
        ),
    ),
    "it": Language(
        menu=("Cronaca", "Politica", "Economia"),
        kicker="Trasporti",
        headline="Il traghetto per l'isola anticipa la prima corsa",
        short="Traghetto mattiniero",
        standfirst="Dopo un anno di proteste, l'autorità portuale approva il nuovo orario: si "
        "parte alle sei",
        share=("Condividi", "Ascolta l'articolo"),
        caption='Il traghetto nel porto di Milazzo. Foto: Ansa',
        inside=('Pubblicità', 'Leggi anche', 'Aumentano le tariffe del traghetto a giugno'),
        bylines=(
            ("di Giulia Bernardi", ["Giulia Bernardi"]),
            ("Giulia Bernardi e Marco Rossi", ["Giulia Bernardi", "Marco Rossi"]),
            ("Giulia Bernardi\nCorrispondente da Palermo", ["Giulia Bernardi"]),
            ("Scritto da Giulia Bernardi", ["Giulia Bernardi"]),
        ),
        dates=(
            ("2 febbraio 2024 (modificato il 3 febbraio 2024 | 09:40)", "2024-02-02"),
            ("02/02/2024 09:40", "2024-02-02"),
            ("Pubblicato il 2 febbraio 2024", "2024-02-02"),
            ("venerdì 2 febbraio 2024", "2024-02-02"),
            ("2 Febbraio 2024 - 09:40", "2024-02-02"),
        ),
        body=(
            "L'autorità portuale ha approvato lunedì il nuovo orario del traghetto, dopo un "
            "anno di lamentele degli abitanti dell'isola per le coincidenze perse.",
            "D'ora in poi la prima corsa partirà alle sei del mattino, un'ora prima di "
            "adesso, e l'ultima rientrerà dopo le dieci di sera.",
            "Gli abitanti dicono che il cambiamento permetterà loro di arrivare in tempo al "
            "lavoro, anche se alcuni temono i costi delle corse in più.",
        ),
    ),
    "pt": Language(
        menu=("Últimas", "Política", "Esportes"),
        kicker="Cidades",
        headline="Balsa da ilha antecipa primeira travessia",
        short="Balsa madrugadora",
        standfirst="Após um ano de reclamações, autoridade portuária aprova novo horário",
        share=("Compartilhar", "Ouvir matéria"),
        caption='A balsa no porto de Santos. Foto: Pedro Lima/Folhapress',
        inside=('Publicidade', 'Leia também', 'Tarifa da balsa sobe em junho'),
        bylines=(
            ("Por Ana Beatriz Souza", ["Ana Beatriz Souza"]),
            ("Ana Beatriz Souza e Pedro Lima", ["Ana Beatriz Souza", "Pedro Lima"]),
            ("Ana Beatriz Souza\nRepórter de Cidades", ["Ana Beatriz Souza"]),
            ("Escrito por Ana Beatriz Souza", ["Ana Beatriz Souza"]),
        ),
        dates=(
            ("12/03/2024 - 14h05", "2024-03-12"),
            ("Publicado em 12/03/2024 - 14h05 Atualizado há 2 horas", "2024-03-12"),
            ("12 de março de 2024, 14:05", "2024-03-12"),
            ("terça-feira, 12 de março de 2024", "2024-03-12"),
            ("12/03/2024 14h05 - Atualizado em 13/03/2024 09h10", "2024-03-12"),
        ),
        body=(
            "A autoridade portuária aprovou na segunda-feira o novo horário da balsa, "
            "depois de um ano de reclamações dos moradores da ilha sobre conexões perdidas.",
            "A partir de agora, a primeira travessia sairá às seis da manhã, uma hora mais "
            "cedo que hoje, e a última voltará depois das dez da noite.",
            "Os moradores dizem que a mudança vai permitir chegar a tempo ao trabalho, "
            "embora alguns se preocupem com o custo das travessias extras.",
        ),
    ),
    "nl": Language(
        menu=("Nieuws", "Binnenland", "Sport"),
        kicker="Verkeer",
        headline="Veerdienst naar het eiland vertrekt voortaan een uur eerder",
        short="Vroege veerboot",
        standfirst="Na een jaar klachten keurt het havenbestuur de nieuwe dienstregeling goed",
        share=("Deel dit artikel", "Lees voor"),
        caption='De veerboot in de haven van Harlingen. Foto: ANP',
        inside=('Advertentie', 'Lees ook', 'Tarieven veerboot stijgen in juni'),
        bylines=(
            ("Door Pieter de Vries", ["Pieter de Vries"]),
            ("Pieter de Vries en Anouk Jansen", ["Pieter de Vries", "Anouk Jansen"]),
            ("Pieter de Vries\nVerslaggever Binnenland", ["Pieter de Vries"]),
            ("Geschreven door Pieter de Vries", ["Pieter de Vries"]),
        ),
        dates=(
            ("4 maart 2024, 17:45", "2024-03-04"),
            ("04-03-24, 17:45", "2024-03-04"),
            ("Gepubliceerd op 4 maart 2024", "2024-03-04"),
            ("ma 4 mrt 2024 om 17:45", "2024-03-04"),
            ("4 maart 2024 17:45 Bijgewerkt: 5 maart 2024 09:10", "2024-03-04"),
        ),
        body=(
            "Het havenbestuur heeft maandag de nieuwe dienstregeling van de veerboot "
            "goedgekeurd, na een jaar van klachten van eilandbewoners over gemiste "
            "aansluitingen.",
            "Voortaan vertrekt de eerste boot om zes uur 's ochtends, een uur eerder dan nu, "
            "en de laatste keert na tien uur 's avonds terug.",
            "Bewoners zeggen dat ze zo op tijd op hun werk op het vasteland kunnen komen, al "
            "maken sommigen zich zorgen over de kosten.",
        ),
    ),
}

LAYOUTS = [  # each line a field of Language, or {by} / {date}; its headline's field
    (("menu", "headline", "standfirst", "{by}", "{date}", "share"), "headline"),
    (("menu", "kicker", "headline", "{date}", "{by}"), "headline"),
    (("menu", "short", "{by}", "{date}"), "short"),
    (("menu", "headline", "{by} · {date}"), "headline"),
    (("menu", "headline", "{by}", "share", "{date}"), "headline"),
    (("menu", "{date}", "headline", "standfirst", "{by}"), "headline"),
    (("menu", "headline", "caption", "{by}", "{date}"), "headline"),
    (("menu", "kicker", "short", "standfirst", "{by} · {date}", "share"), "short"),
]
INSIDE = {1, 4, 6}  # layouts whose body the ``inside`` chrome interrupts


def head(lang: Language, layout: tuple[str, ...], byline: str, date: str) -> str:
    """The lines above the body for one layout, byline and date."""
    out: list[str] = []
    for part in layout:
        if "{" in part:
            out.append(part.format(by=byline, date=date))
            continue
        value = getattr(lang, part)
        out.extend(value if isinstance(value, tuple) else [value])
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("--show", action="store_true", help="print each group got wrong")
    ap.add_argument("--lang", choices=sorted(LANGUAGES), help="one language only")
    args = ap.parse_args()
    total = total_bad = 0
    for code, lang in LANGUAGES.items():
        if args.lang and code != args.lang:
            continue
        bad = tried = 0
        for n, (layout, headline) in enumerate(LAYOUTS):
            body = list(lang.body)
            if n in INSIDE:
                body[1:1] = lang.inside
            for byline, authors in lang.bylines:
                if "·" in layout[-1] and "\n" in byline:
                    continue  # a name over its role line prints no date beside it
                for date, day in lang.dates:
                    text = head(lang, layout, byline, date) + "\n".join(body) + "\n"
                    errors = wrong(text, getattr(lang, headline), authors, day,
                                   list(lang.body))  # fmt: skip
                    tried += 1
                    bad += bool(errors)
                    if errors and args.show:
                        print(f"{code} L{n}: {'; '.join(errors)}\n    {text[:160]!r}")
        print(f"{code}: {tried} headline groups, wrong: {bad}")
        total, total_bad = total + tried, total_bad + bad
    print(f"all: {total} headline groups, wrong: {total_bad}")


if __name__ == "__main__":
    main()
