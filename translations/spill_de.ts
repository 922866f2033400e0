<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Beats</name>
    <message>
        <source>Intended dish</source>
        <translation>Das geplante Gericht</translation>
    </message>
    <message>
        <source>What were you making, and how was it meant to turn out?</source>
        <translation>Was wolltest du kochen, und wie sollte es werden?</translation>
    </message>
    <message>
        <source>Paint the picture you had in your head: the recipe, the occasion, and the look and taste you were after.</source>
        <translation>Male das Bild, das du im Kopf hattest: das Rezept, der Anlass, wie es aussehen und schmecken sollte.</translation>
    </message>
    <message>
        <source>It was my sister&apos;s birthday, and I wanted a cheese soufflé that rose a proud five centimetres above the ramekin: golden on top, trembling inside, the kind you rush to the table before it sighs.</source>
        <translation>Meine Schwester hatte Geburtstag, und ich wollte ein Käsesoufflé, das stolze fünf Zentimeter über die Form wächst: oben golden, innen zitternd, eines, mit dem man zum Tisch eilt, bevor es seufzt.</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>When did it go sideways, and what did it look like?</source>
        <translation>Wann ist es gekippt, und wie sah das aus?</translation>
    </message>
    <message>
        <source>Name the moment it turned. Readers trust you more when you show the burnt edge than when you only mention it.</source>
        <translation>Benenne den Moment, in dem es kippte. Leser vertrauen dir mehr, wenn du den verbrannten Rand zeigst, statt ihn nur zu erwähnen.</translation>
    </message>
    <message>
        <source>Twenty minutes in I opened the oven, just to check. A gust of cool air rolled in and the soufflé folded in on itself like a bouncy castle at closing time.</source>
        <translation>Nach zwanzig Minuten öffnete ich den Ofen, nur kurz zum Nachsehen. Ein Schwall kühler Luft strömte hinein, und das Soufflé fiel in sich zusammen wie eine Hüpfburg bei Feierabend.</translation>
    </message>
    <message>
        <source>Salvage</source>
        <translation>Die Rettung</translation>
    </message>
    <message>
        <source>What did you do about it? Rescued, reinvented, or binned?</source>
        <translation>Was hast du daraus gemacht? Gerettet, neu erfunden oder weggeworfen?</translation>
    </message>
    <message>
        <source>Tell readers what happened next: a rescue, a clever reinvention, or an honest trip to the bin.</source>
        <translation>Erzähl, wie es weiterging: eine Rettung, eine clevere Neuerfindung oder ein ehrlicher Gang zum Mülleimer.</translation>
    </message>
    <message>
        <source>I spooned the cheesy puddle onto toast, scattered chives over it and called it soufflé rarebit. My sister asked for seconds, so I am counting it as half a win.</source>
        <translation>Ich löffelte die Käsepfütze auf Toast, streute Schnittlauch darüber und nannte es Soufflé-Rarebit. Meine Schwester wollte Nachschlag, also zähle ich das als halben Sieg.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Die Lehre</translation>
    </message>
    <message>
        <source>What will you do differently next time?</source>
        <translation>Was machst du beim nächsten Mal anders?</translation>
    </message>
    <message>
        <source>Turn the fail into one tip a reader can use tonight. Be specific: a temperature, a time, a tool.</source>
        <translation>Mach aus der Panne einen Tipp, den Leser heute Abend nutzen können. Sei genau: eine Temperatur, eine Zeit, ein Werkzeug.</translation>
    </message>
    <message>
        <source>Keep the oven door shut for the first 25 minutes. If you must look, switch on the oven light: a soufflé needs steady heat until its walls have set.</source>
        <translation>Lass die Ofentür in den ersten 25 Minuten zu. Wenn du nachsehen musst, mach das Ofenlicht an: Ein Soufflé braucht gleichmäßige Hitze, bis seine Wände fest sind.</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Die Frage an deine Leser</translation>
    </message>
    <message>
        <source>What do you ask your readers?</source>
        <translation>Was fragst du deine Leser?</translation>
    </message>
    <message>
        <source>End with a question readers can answer in the comments, so your fail starts a conversation.</source>
        <translation>Schließe mit einer Frage, die Leser in den Kommentaren beantworten können, damit aus deiner Panne ein Gespräch wird.</translation>
    </message>
    <message>
        <source>Which dish humbled you last? Tell me about your most dramatic collapse in the comments, and bonus points for photos.</source>
        <translation>Welches Gericht hat dich zuletzt Demut gelehrt? Erzähl mir in den Kommentaren von deinem dramatischsten Einsturz, mit Fotos gibt es Bonuspunkte.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;spill --help&apos; for more information.</source>
        <translation>Mehr dazu mit &apos;spill --help&apos;.</translation>
    </message>
    <message>
        <source>the window cannot be opened from here</source>
        <translation>das Fenster kann von hier aus nicht geöffnet werden</translation>
    </message>
    <message>
        <source>not yet available in this version of Spill</source>
        <translation>in dieser Version von Spill noch nicht verfügbar</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>Option &apos;%1&apos; braucht einen Wert</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; does not apply to &apos;%2&apos;</source>
        <translation>Option &apos;%1&apos; gilt nicht für &apos;%2&apos;</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a command before it</source>
        <translation>vor Option &apos;%1&apos; muss ein Befehl stehen</translation>
    </message>
    <message>
        <source>option &apos;--library&apos; needs a folder</source>
        <translation>Option &apos;--library&apos; braucht einen Ordner</translation>
    </message>
    <message>
        <source>option &apos;--limit&apos; needs a whole number above zero, not &apos;%1&apos;</source>
        <translation>Option &apos;--limit&apos; braucht eine ganze Zahl größer als null, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos; (choose from %2)</source>
        <translation>unbekanntes Exportformat &apos;%1&apos; (zur Wahl: %2)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for &apos;%2&apos;</source>
        <translation>unbekannte Option &apos;%1&apos; für &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no argument &apos;%2&apos;</source>
        <translation>&apos;%1&apos; nimmt kein Argument &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;import&apos; needs at least one story file (FILE.json)</source>
        <translation>&apos;import&apos; braucht mindestens eine Geschichtendatei (DATEI.json)</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs words to look for</source>
        <translation>&apos;search&apos; braucht Suchwörter</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --format (%1)</source>
        <translation>&apos;export&apos; braucht --format (%1)</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --out DIR, the folder to write into</source>
        <translation>&apos;export&apos; braucht --out ORDNER, den Zielordner</translation>
    </message>
    <message>
        <source>&apos;export&apos; takes either --all or story slugs, not both</source>
        <translation>&apos;export&apos; nimmt entweder --all oder Slugs, nicht beides</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --all or the slugs of the stories to export</source>
        <translation>&apos;export&apos; braucht --all oder die Slugs der Geschichten</translation>
    </message>
    <message>
        <source>&apos;--theme&apos; applies to the html formats, not &apos;%1&apos;</source>
        <translation>&apos;--theme&apos; gilt für die HTML-Formate, nicht für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage: spill [--library DIR] [COMMAND]

Spill turns a kitchen mishap into an honest, well-told post.
With no command, Spill opens its window.

Commands:
  import FILE.json...        add stories from spill-story/1 JSON files
  list [--json]              list the stories in the library
  search QUERY [--json] [--limit N]
                             find stories by title, dish, beats and tags
  export --format FORMAT --out DIR [--theme NAME] (--all | SLUG...)
                             write stories as markdown, hugo, jekyll, html,
                             html-single or json
  check                      check the library&apos;s integrity

Options:
  --library DIR              use the library in DIR instead of the default
  -h, --help                 show this help
  -v, --version              show Spill&apos;s version
</source>
        <translation>Aufruf: spill [--library ORDNER] [BEFEHL]

Spill macht aus einer Küchenpanne einen ehrlichen, gut erzählten Beitrag.
Ohne Befehl öffnet Spill sein Fenster.

Befehle:
  import DATEI.json...       Geschichten aus spill-story/1-JSON-Dateien hinzufügen
  list [--json]              die Geschichten der Bibliothek auflisten
  search SUCHE [--json] [--limit N]
                             Geschichten nach Titel, Gericht, Schritten und Schlagwörtern finden
  export --format FORMAT --out ORDNER [--theme NAME] (--all | SLUG...)
                             Geschichten als markdown, hugo, jekyll, html,
                             html-single oder json schreiben
  check                      die Bibliothek auf Schäden prüfen

Optionen:
  --library ORDNER           die Bibliothek in ORDNER statt der Standardbibliothek
  -h, --help                 diese Hilfe zeigen
  -v, --version              die Version von Spill zeigen
</translation>
    </message>
</context>
<context>
    <name>Spill::MainWindow</name>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <source>Current place</source>
        <translation>Aktueller Bereich</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Coming soon: the guided editor that walks you through the five beats of a mishap story, from the dish you meant to make to the question for your readers.</source>
        <translation>Demnächst: der geführte Editor, der dich durch die fünf Schritte einer Pannengeschichte begleitet, vom geplanten Gericht bis zur Frage an deine Leser.</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Coming soon: every past fail at a glance, to find a story, spot patterns and plan the redemption post.</source>
        <translation>Demnächst: alle früheren Pannen auf einen Blick, um Geschichten zu finden, Muster zu erkennen und den Wiedergutmachungs-Beitrag zu planen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Coming soon: your story as Markdown for Hugo or Jekyll, or as HTML for any blog.</source>
        <translation>Demnächst: deine Geschichte als Markdown für Hugo oder Jekyll oder als HTML für jedes Blog.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Spill</source>
        <translation>&amp;Über Spill</translation>
    </message>
    <message>
        <source>About Spill</source>
        <translation>Über Spill</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spill %1&lt;/h3&gt;&lt;p&gt;Turn a kitchen mishap into an honest, well-told post.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spill %1&lt;/h3&gt;&lt;p&gt;Mach aus einer Küchenpanne einen ehrlichen, gut erzählten Beitrag.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Spill::Sidebar</name>
    <message>
        <source>Places</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <source>Burnt</source>
        <translation>Verbrannt</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Eingefallen</translation>
    </message>
    <message>
        <source>Split or curdled</source>
        <translation>Geronnen oder getrennt</translation>
    </message>
    <message>
        <source>Under- or overcooked</source>
        <translation>Roh oder verkocht</translation>
    </message>
    <message>
        <source>Forgotten ingredient</source>
        <translation>Zutat vergessen</translation>
    </message>
    <message>
        <source>Wrong substitution</source>
        <translation>Falscher Ersatz</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Abmessen</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Küchengerät</translation>
    </message>
    <message>
        <source>Spill or drop</source>
        <translation>Verschüttet oder fallen gelassen</translation>
    </message>
    <message>
        <source>Seasoning</source>
        <translation>Würzen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Rescued</source>
        <translation>Gerettet</translation>
    </message>
    <message>
        <source>Partly rescued</source>
        <translation>Teilweise gerettet</translation>
    </message>
    <message>
        <source>Binned</source>
        <translation>Weggeworfen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Dream</source>
        <translation>Traum</translation>
    </message>
    <message>
        <source>Reality</source>
        <translation>Wirklichkeit</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
</TS>
