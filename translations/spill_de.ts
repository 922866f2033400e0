<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddTagCommand</name>
    <message>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
</context>
<context>
    <name>BeatHeading</name>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>What I was making</source>
        <translation>Was ich kochen wollte</translation>
    </message>
    <message>
        <source>The dream</source>
        <translation>Der Traum</translation>
    </message>
    <message>
        <source>Where it went sideways</source>
        <translation>Wo es schiefging</translation>
    </message>
    <message>
        <source>The moment it turned</source>
        <translation>Der Moment, in dem es kippte</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>The rescue</source>
        <translation>Die Rettung</translation>
    </message>
    <message>
        <source>What I did about it</source>
        <translation>Was ich dagegen tat</translation>
    </message>
    <message>
        <source>Damage control</source>
        <translation>Schadensbegrenzung</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Was ich gelernt habe</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>Beim nächsten Mal</translation>
    </message>
    <message>
        <source>The takeaway</source>
        <translation>Die Erkenntnis</translation>
    </message>
    <message>
        <source>Over to you</source>
        <translation>Jetzt seid ihr dran</translation>
    </message>
    <message>
        <source>Your turn</source>
        <translation>Und ihr?</translation>
    </message>
    <message>
        <source>Have you been there?</source>
        <translation>Kennt ihr das?</translation>
    </message>
</context>
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
    <name>CheckCommand</name>
    <message>
        <source>media: %1</source>
        <translation>Medien: %1</translation>
    </message>
    <message>
        <source>media: missing %1 (&quot;%2&quot; in the story &quot;%3&quot;); expected in %4</source>
        <translation>Medien: %1 fehlt („%2“ in der Geschichte „%3“); erwartet in %4</translation>
    </message>
    <message>
        <source>a file without a hash</source>
        <translation>eine Datei ohne Hash</translation>
    </message>
    <message>
        <source>media: leftover temporary file %1 from an interrupted import (not deleted; remove it when no Spill is running)</source>
        <translation>Medien: übrig gebliebene temporäre Datei %1 aus einem unterbrochenen Import (nicht gelöscht; entferne sie, wenn kein Spill läuft)</translation>
    </message>
    <message>
        <source>library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <source>the library file %1 is damaged (see the report above); restore a copy from %2</source>
        <translation>die Bibliotheksdatei %1 ist beschädigt (siehe Bericht oben); stelle eine Kopie aus %2 wieder her</translation>
    </message>
    <message>
        <source>the stories&apos; media could not be checked</source>
        <translation>die Medien der Geschichten konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>media: %1 is not used by any story or revision (an interrupted import may have left it; not deleted)</source>
        <translation>Medien: %1 wird von keiner Geschichte und keiner Version verwendet (womöglich von einem unterbrochenen Import übrig geblieben; nicht gelöscht)</translation>
    </message>
    <message numerus="yes">
        <source>media: %n files referenced, all present</source>
        <translation>
            <numerusform>Medien: %n Datei verwendet, vorhanden</numerusform>
            <numerusform>Medien: %n Dateien verwendet, alle vorhanden</numerusform>
        </translation>
    </message>
    <message>
        <source>the library file %1 is damaged (see the report above), and there is no backup of it in %2</source>
        <translation>die Bibliotheksdatei %1 ist beschädigt (siehe Bericht oben), und in %2 gibt es keine Sicherung davon</translation>
    </message>
    <message numerus="yes">
        <source>%n media files used by stories are missing from the library</source>
        <translation>
            <numerusform>%n von Geschichten verwendete Mediendatei fehlt in der Bibliothek</numerusform>
            <numerusform>%n von Geschichten verwendete Mediendateien fehlen in der Bibliothek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipRemux</name>
    <message>
        <source>Cannot remux the clip %1: %2</source>
        <translation>Der Clip %1 kann nicht neu verpackt werden: %2</translation>
    </message>
    <message>
        <source>it is not an MP4, MOV or WebM video (%1)</source>
        <translation>die Datei ist kein MP4-, MOV- oder WebM-Video (%1)</translation>
    </message>
    <message>
        <source>Spill cannot write .%1 clips</source>
        <translation>Spill kann keine .%1-Clips schreiben</translation>
    </message>
    <message>
        <source>it holds no audio or video</source>
        <translation>er enthält weder Ton noch Bild</translation>
    </message>
    <message>
        <source>it cannot be read to the end (%1)</source>
        <translation>er lässt sich nicht bis zum Ende lesen (%1)</translation>
    </message>
    <message>
        <source>its streams cannot be read (%1)</source>
        <translation>seine Spuren lassen sich nicht lesen (%1)</translation>
    </message>
</context>
<context>
    <name>ClipRemuxModule</name>
    <message>
        <source>the clip remux module could not be loaded: %1</source>
        <translation>das Modul zum Neuverpacken von Clips konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Cannot remux the clip %1: %2</source>
        <translation>Der Clip %1 kann nicht neu verpackt werden: %2</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <source>Readers need the dish you dreamed of to feel what was at stake.</source>
        <translation>Leser müssen das Gericht deiner Träume kennen, um zu spüren, was auf dem Spiel stand.</translation>
    </message>
    <message>
        <source>This is the moment readers recognise from their own kitchens.</source>
        <translation>Das ist der Moment, den Leser aus ihrer eigenen Küche kennen.</translation>
    </message>
    <message>
        <source>What you did next is the useful, often funny part readers remember.</source>
        <translation>Was du danach gemacht hast, ist der nützliche, oft lustige Teil, an den sich Leser erinnern.</translation>
    </message>
    <message>
        <source>The lesson turns your fail into a tip readers can trust.</source>
        <translation>Die Lehre macht aus deiner Panne einen Tipp, dem Leser vertrauen können.</translation>
    </message>
    <message>
        <source>Ending with a question invites readers to share their own fails.</source>
        <translation>Eine Frage am Ende lädt Leser ein, ihre eigenen Pannen zu teilen.</translation>
    </message>
    <message>
        <source>Give your story a title</source>
        <translation>Gib deiner Geschichte einen Titel</translation>
    </message>
    <message>
        <source>The title is the first thing readers see, in feeds and in search results.</source>
        <translation>Den Titel sehen Leser zuerst, in Feeds und in Suchergebnissen.</translation>
    </message>
    <message numerus="yes">
        <source>The title is short: %n characters</source>
        <translation>
            <numerusform>Der Titel ist kurz: %n Zeichen</numerusform>
            <numerusform>Der Titel ist kurz: %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>A title of 20 to 70 characters gives readers enough to get curious.</source>
        <translation>Ein Titel mit 20 bis 70 Zeichen verrät Lesern genug, um sie neugierig zu machen.</translation>
    </message>
    <message numerus="yes">
        <source>The title is long: %n characters</source>
        <translation>
            <numerusform>Der Titel ist lang: %n Zeichen</numerusform>
            <numerusform>Der Titel ist lang: %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Feeds and search results cut titles after about 70 characters, so readers may miss the end.</source>
        <translation>Feeds und Suchergebnisse kürzen Titel nach etwa 70 Zeichen, sodass Leser das Ende womöglich nicht sehen.</translation>
    </message>
    <message>
        <source>The title length is just right</source>
        <translation>Der Titel hat genau die richtige Länge</translation>
    </message>
    <message>
        <source>Titles of 20 to 70 characters show in full wherever readers find them.</source>
        <translation>Titel mit 20 bis 70 Zeichen erscheinen vollständig, wo auch immer Leser sie finden.</translation>
    </message>
    <message>
        <source>Write “%1”</source>
        <translation>Schreib „%1“</translation>
    </message>
    <message>
        <source>All five beats are written</source>
        <translation>Alle fünf Abschnitte sind geschrieben</translation>
    </message>
    <message>
        <source>A whole arc, from plan to lesson, is what makes a fail worth reading.</source>
        <translation>Erst der ganze Bogen, vom Plan bis zur Lehre, macht eine Panne lesenswert.</translation>
    </message>
    <message>
        <source>Your fail is on camera</source>
        <translation>Deine Panne ist im Bild</translation>
    </message>
    <message>
        <source>A photo of what went wrong earns more trust than any description.</source>
        <translation>Ein Foto von dem, was schiefging, schafft mehr Vertrauen als jede Beschreibung.</translation>
    </message>
    <message>
        <source>Show what went wrong</source>
        <translation>Zeig, was schiefging</translation>
    </message>
    <message>
        <source>A photo or clip of the mishap lets readers see it, trust you, and laugh along.</source>
        <translation>Mit einem Foto oder Clip der Panne sehen Leser selbst, was passiert ist, vertrauen dir und lachen mit.</translation>
    </message>
    <message>
        <source>Describe clip %1</source>
        <translation>Beschreib Clip %1</translation>
    </message>
    <message>
        <source>Describe photo %1</source>
        <translation>Beschreib Foto %1</translation>
    </message>
    <message>
        <source>Readers using a screen reader hear this description; if it only decorates, mark it decorative instead.</source>
        <translation>Leser mit Screenreader hören diese Beschreibung; wenn das Bild nur schmückt, markiere es stattdessen als dekorativ.</translation>
    </message>
    <message>
        <source>Say what clip %1 shows</source>
        <translation>Sag, was Clip %1 zeigt</translation>
    </message>
    <message>
        <source>Say what photo %1 shows</source>
        <translation>Sag, was Foto %1 zeigt</translation>
    </message>
    <message>
        <source>A screen reader reads “%1” aloud, which tells a listener nothing about your dish.</source>
        <translation>Ein Screenreader liest „%1“ vor, und das verrät Zuhörern nichts über dein Gericht.</translation>
    </message>
    <message>
        <source>Every photo and clip is described</source>
        <translation>Jedes Foto und jeder Clip ist beschrieben</translation>
    </message>
    <message>
        <source>Readers who use a screen reader get the whole story too.</source>
        <translation>Auch Leser mit Screenreader bekommen die ganze Geschichte.</translation>
    </message>
    <message>
        <source>The lesson gives readers a tip</source>
        <translation>Die Lehre gibt Lesern einen Tipp</translation>
    </message>
    <message>
        <source>Something to try tonight is what brings readers back.</source>
        <translation>Etwas, das sie heute Abend ausprobieren können, bringt Leser zurück.</translation>
    </message>
    <message>
        <source>Turn the lesson into a tip</source>
        <translation>Mach aus der Lehre einen Tipp</translation>
    </message>
    <message>
        <source>Readers remember a fail that hands them something to do: a temperature, a time, a “next time, …”.</source>
        <translation>Leser merken sich eine Panne, die ihnen etwas an die Hand gibt: eine Temperatur, eine Zeit, ein „nächstes Mal …“.</translation>
    </message>
    <message>
        <source>Your call to action asks a question</source>
        <translation>Dein Schluss stellt eine Frage</translation>
    </message>
    <message>
        <source>A question gives readers an easy way into the comments.</source>
        <translation>Eine Frage macht Lesern den Weg in die Kommentare leicht.</translation>
    </message>
    <message>
        <source>End with a question</source>
        <translation>Schließ mit einer Frage</translation>
    </message>
    <message>
        <source>Readers answer questions: ask one and they will share their own fails.</source>
        <translation>Leser beantworten gern Fragen: Stell eine, und sie erzählen von ihren eigenen Pannen.</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowing how long a story takes helps readers settle in and read to the end.</source>
        <translation>Wer weiß, wie lange eine Geschichte dauert, kann es sich gemütlich machen und liest eher bis zum Ende.</translation>
    </message>
    <message>
        <source>The lesson names what caused it</source>
        <translation>Die Lehre nennt, was es verursacht hat</translation>
    </message>
    <message>
        <source>Readers see how the change led to the fail, and what to do instead.</source>
        <translation>Leser sehen, wie die Änderung zum Fehlschlag führte und was sie stattdessen tun können.</translation>
    </message>
    <message>
        <source>Link the lesson to what caused it</source>
        <translation>Verbinde die Lehre mit der Ursache</translation>
    </message>
    <message>
        <source>You marked “%1” as what caused the fail: say in the lesson what to do about it.</source>
        <translation>Du hast „%1“ als Ursache des Fehlschlags markiert: Sag in der Lehre, was man dagegen tun kann.</translation>
    </message>
    <message>
        <source>Its file says it was changed after it was taken.</source>
        <translation>Laut seiner Datei wurde es nach der Aufnahme verändert.</translation>
    </message>
    <message>
        <source>Its file says %1 changed it after it was taken.</source>
        <translation>Laut seiner Datei hat %1 es nach der Aufnahme verändert.</translation>
    </message>
    <message>
        <source>Say why photo %1 is not marked edited</source>
        <translation>Sag, warum Foto %1 nicht als bearbeitet markiert ist</translation>
    </message>
    <message>
        <source>Readers trust a post that says what was changed; if the file is wrong, say why.</source>
        <translation>Leser vertrauen einem Beitrag, der sagt, was verändert wurde; wenn die Datei irrt, sag warum.</translation>
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
        <source>there is no library at %1</source>
        <translation>unter %1 gibt es keine Bibliothek</translation>
    </message>
    <message>
        <source>another Spill has the library %1 open; close it and try again. Nothing was changed.</source>
        <translation>ein anderes Spill hat die Bibliothek %1 geöffnet; schließe es und versuche es noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the library %1 was saved by a newer version of Spill; update Spill to change it. Nothing was changed.</source>
        <translation>die Bibliothek %1 wurde von einer neueren Spill-Version gespeichert; aktualisiere Spill, um sie zu ändern. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the library folder %1 cannot be written. Nothing was changed.</source>
        <translation>in den Bibliotheksordner %1 kann nicht geschrieben werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>there is no story &quot;%1&quot; in the library %2 (see &apos;spill list&apos;)</source>
        <translation>in der Bibliothek %2 gibt es keine Geschichte „%1“ (siehe &apos;spill list&apos;)</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (choose from draft, publish)</source>
        <translation>unbekannter Status &apos;%1&apos; (zur Wahl: draft, publish)</translation>
    </message>
    <message>
        <source>&apos;publish&apos; needs --site URL, the WordPress site&apos;s address</source>
        <translation>&apos;publish&apos; braucht --site URL, die Adresse der WordPress-Website</translation>
    </message>
    <message>
        <source>&apos;--site&apos; needs an http or https address, not &apos;%1&apos;</source>
        <translation>&apos;--site&apos; braucht eine http- oder https-Adresse, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;publish&apos; needs --user NAME, the WordPress user</source>
        <translation>&apos;publish&apos; braucht --user NAME, den WordPress-Benutzer</translation>
    </message>
    <message>
        <source>&apos;publish&apos; takes either --all or story slugs, not both</source>
        <translation>&apos;publish&apos; nimmt entweder --all oder Slugs, nicht beides</translation>
    </message>
    <message>
        <source>&apos;publish&apos; needs --all or the slugs of the stories to publish</source>
        <translation>&apos;publish&apos; braucht --all oder die Slugs der zu veröffentlichenden Geschichten</translation>
    </message>
    <message>
        <source>&apos;--share-kit&apos; applies to the markdown and html formats, not &apos;json&apos;</source>
        <translation>&apos;--share-kit&apos; gilt für die Markdown- und HTML-Formate, nicht für &apos;json&apos;</translation>
    </message>
    <message>
        <source>add stories from spill-story/1 JSON files</source>
        <translation>Geschichten aus spill-story/1-JSON-Dateien hinzufügen</translation>
    </message>
    <message>
        <source>list the stories in the library</source>
        <translation>die Geschichten der Bibliothek auflisten</translation>
    </message>
    <message>
        <source>one JSON array, every field</source>
        <translation>ein JSON-Array mit allen Feldern</translation>
    </message>
    <message>
        <source>find stories by title, dish, beats and tags</source>
        <translation>Geschichten nach Titel, Gericht, Abschnitten und Schlagwörtern finden</translation>
    </message>
    <message>
        <source>one JSON array of the hits</source>
        <translation>ein JSON-Array der Treffer</translation>
    </message>
    <message>
        <source>at most N hits (20)</source>
        <translation>höchstens N Treffer (20)</translation>
    </message>
    <message>
        <source>write stories as posts or spill-story/1 files</source>
        <translation>Geschichten als Beiträge oder spill-story/1-Dateien schreiben</translation>
    </message>
    <message>
        <source>markdown, hugo, jekyll, html, html-single or json</source>
        <translation>markdown, hugo, jekyll, html, html-single oder json</translation>
    </message>
    <message>
        <source>the folder to write into</source>
        <translation>der Ordner, in den geschrieben wird</translation>
    </message>
    <message>
        <source>the html formats&apos; theme</source>
        <translation>das Design der HTML-Formate</translation>
    </message>
    <message>
        <source>the blog takes comments, so posts invite them</source>
        <translation>der Blog hat Kommentare, die Beiträge laden dazu ein</translation>
    </message>
    <message>
        <source>pin and square images, alt text and a social caption in _share-kit/SLUG/</source>
        <translation>Pin- und Quadratbilder, Alternativtext und eine Social-Media-Beschriftung in _share-kit/SLUG/</translation>
    </message>
    <message>
        <source>every story, or name them</source>
        <translation>alle Geschichten, oder nenne sie</translation>
    </message>
    <message>
        <source>publish stories to a WordPress site; the application password is read from SPILL_WP_APP_PASSWORD or the keyring</source>
        <translation>Geschichten auf einer WordPress-Website veröffentlichen; das Anwendungspasswort kommt aus SPILL_WP_APP_PASSWORD oder dem Schlüsselbund</translation>
    </message>
    <message>
        <source>the site&apos;s address</source>
        <translation>die Adresse der Website</translation>
    </message>
    <message>
        <source>the WordPress user</source>
        <translation>der WordPress-Benutzer</translation>
    </message>
    <message>
        <source>draft (the default) or publish</source>
        <translation>draft (Standard) oder publish</translation>
    </message>
    <message>
        <source>open the posts to comments</source>
        <translation>die Beiträge für Kommentare öffnen</translation>
    </message>
    <message>
        <source>check the library&apos;s integrity</source>
        <translation>die Bibliothek auf Schäden prüfen</translation>
    </message>
    <message>
        <source>use the library in DIR instead of the default</source>
        <translation>die Bibliothek in DIR statt der Standardbibliothek verwenden</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe zeigen</translation>
    </message>
    <message>
        <source>show Spill&apos;s version</source>
        <translation>die Version von Spill zeigen</translation>
    </message>
    <message>
        <source>Spill turns a kitchen mishap into an honest, well-told post.</source>
        <translation>Spill macht aus einer Küchenpanne einen ehrlichen, gut erzählten Beitrag.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>See &apos;man spill&apos; for every command&apos;s options.</source>
        <translation>Alle Optionen jedes Befehls stehen in &apos;man spill&apos;.</translation>
    </message>
    <message>
        <source>with no command: open the window on a new story</source>
        <translation>ohne Befehl: das Fenster mit einer neuen Geschichte öffnen</translation>
    </message>
    <message>
        <source>Usage: spill [--library DIR] [--new-story] [COMMAND | FILE.json...]</source>
        <translation>Aufruf: spill [--library DIR] [--new-story] [BEFEHL | DATEI.json...]</translation>
    </message>
    <message>
        <source>With no command, Spill opens its window; story files named instead (FILE.json) are offered for import there.</source>
        <translation>Ohne Befehl öffnet Spill sein Fenster; stattdessen genannte Geschichtsdateien (DATEI.json) werden dort zum Import angeboten.</translation>
    </message>
</context>
<context>
    <name>ContainerProbe</name>
    <message>
        <source>it is not an MP4, MOV or WebM video (%1)</source>
        <translation>die Datei ist kein MP4-, MOV- oder WebM-Video (%1)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
</context>
<context>
    <name>DuplicateStoryCommand</name>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Story &quot;%1&quot;: another story in this export already uses the slug &quot;%2&quot;</source>
        <translation>Geschichte „%1“: Eine andere Geschichte in diesem Export verwendet schon den Slug „%2“</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: a Jekyll post needs a date (the field created)</source>
        <translation>Geschichte „%1“: Ein Jekyll-Beitrag braucht ein Datum (das Feld created)</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: the media file %2 is missing</source>
        <translation>Geschichte „%1“: Die Mediendatei %2 fehlt</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: %2</source>
        <translation>Geschichte „%1“: %2</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: the slug &quot;%2&quot; is not a safe file name (lowercase letters, digits and hyphens)</source>
        <translation>Geschichte „%1“: Der Slug „%2“ ist kein sicherer Dateiname (Kleinbuchstaben, Ziffern und Bindestriche)</translation>
    </message>
    <message>
        <source>Nothing written about this yet.</source>
        <translation>Hierzu ist noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Tell me in the comments.</source>
        <translation>Erzähl es mir in den Kommentaren.</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>Gericht</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>The recipe I followed</source>
        <translation>Das Rezept, nach dem ich gekocht habe</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>The theme name &quot;%1&quot; is not valid</source>
        <translation>Der Theme-Name „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no theme called &quot;%1&quot; in %2</source>
        <translation>In %2 gibt es kein Theme namens „%1“</translation>
    </message>
    <message>
        <source>Cannot read the photo %1: %2</source>
        <translation>Das Foto %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot encode the photo %1: %2</source>
        <translation>Das Foto %1 kann nicht kodiert werden: %2</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: the clip %2: %3</source>
        <translation>Geschichte „%1“: der Clip %2: %3</translation>
    </message>
    <message>
        <source>Clip too large to embed.</source>
        <translation>Clip zu groß zum Einbetten.</translation>
    </message>
    <message>
        <source>Caused it</source>
        <translation>Hat es verursacht</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>The recipe said</source>
        <translation>Laut Rezept</translation>
    </message>
    <message>
        <source>I did</source>
        <translation>Ich habe</translation>
    </message>
    <message>
        <source>The fail</source>
        <translation>Der Fehlschlag</translation>
    </message>
    <message>
        <source>What I changed</source>
        <translation>Was ich geändert habe</translation>
    </message>
    <message>
        <source>The fixed recipe</source>
        <translation>Das korrigierte Rezept</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Zutaten</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zubereitung</translation>
    </message>
    <message>
        <source>The recipe as it should be cooked, corrected after the fail told in “%1”.</source>
        <translation>Das Rezept, wie es gekocht werden sollte, korrigiert nach dem Missgeschick aus „%1“.</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: the share kit&apos;s %2 could not be encoded as JPEG</source>
        <translation>Geschichte „%1“: %2 des Social-Media-Sets konnte nicht als JPEG gespeichert werden</translation>
    </message>
    <message>
        <source>edited: %1</source>
        <translation>bearbeitet: %1</translation>
    </message>
    <message>
        <source>edited with %1</source>
        <translation>bearbeitet mit %1</translation>
    </message>
    <message>
        <source>edited after it was taken</source>
        <translation>nach der Aufnahme bearbeitet</translation>
    </message>
    <message>
        <source>A clip</source>
        <translation>Ein Clip</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>Ein Foto</translation>
    </message>
    <message>
        <source>How it unfolded</source>
        <translation>Wie es geschah</translation>
    </message>
    <message>
        <source>No capture time:</source>
        <translation>Keine Aufnahmezeit:</translation>
    </message>
    <message>
        <source>Redeemed:</source>
        <translation>Wiedergutgemacht:</translation>
    </message>
    <message>
        <source>I tried again</source>
        <translation>Ich habe es noch einmal versucht</translation>
    </message>
    <message>
        <source>Where this began:</source>
        <translation>Wo es begann:</translation>
    </message>
    <message>
        <source>an earlier fail</source>
        <translation>ein früheres Missgeschick</translation>
    </message>
</context>
<context>
    <name>ExportChanges</name>
    <message>
        <source>the photo %1 is renamed %2</source>
        <translation>das Foto %1 wird in %2 umbenannt</translation>
    </message>
    <message>
        <source>the photo %1 is scaled down from %2 to %3</source>
        <translation>das Foto %1 wird von %2 auf %3 verkleinert</translation>
    </message>
    <message>
        <source>the photo %1 loses its metadata (EXIF, GPS location, camera)</source>
        <translation>das Foto %1 verliert seine Metadaten (EXIF, GPS-Standort, Kamera)</translation>
    </message>
    <message>
        <source>the clip %1 is larger than %2 MB and is not embedded: its poster frame stands in, with a note</source>
        <translation>der Clip %1 ist größer als %2 MB und wird nicht eingebettet: an seiner Stelle steht sein Titelbild, mit einem Hinweis</translation>
    </message>
    <message>
        <source>the clip %1 is renamed %2</source>
        <translation>der Clip %1 wird in %2 umbenannt</translation>
    </message>
    <message>
        <source>the clip %1 loses its metadata (location, dates, device, chapters)</source>
        <translation>der Clip %1 verliert seine Metadaten (Aufnahmeort, Datumsangaben, Gerät, Kapitel)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>change: story &quot;%1&quot;: %2</source>
        <translation>Änderung: Geschichte „%1“: %2</translation>
    </message>
</context>
<context>
    <name>ExportSink</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Refusing to write %1: the path is not a plain name inside the output folder</source>
        <translation>%1 wird nicht geschrieben: Der Pfad ist kein einfacher Name im Zielordner</translation>
    </message>
    <message>
        <source>Refusing to write %1: it leads outside the output folder</source>
        <translation>%1 wird nicht geschrieben: Der Pfad führt aus dem Zielordner hinaus</translation>
    </message>
    <message>
        <source>Refusing to write %1: something other than a file is in the way</source>
        <translation>%1 wird nicht geschrieben: Dort liegt bereits etwas anderes als eine Datei</translation>
    </message>
    <message>
        <source>Refusing to overwrite %1: Spill did not write that file</source>
        <translation>%1 wird nicht überschrieben: Diese Datei stammt nicht von Spill</translation>
    </message>
    <message>
        <source>rename failed</source>
        <translation>Umbenennen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot flush the files in %1 to disk</source>
        <translation>Die Dateien in %1 können nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot record %1 in %2: %3</source>
        <translation>%1 kann nicht in %2 vermerkt werden: %3</translation>
    </message>
    <message>
        <source>Refusing to export: %1 is a symbolic link, not Spill&apos;s list of the files it wrote there</source>
        <translation>Export verweigert: %1 ist eine symbolische Verknüpfung und nicht Spills Liste der Dateien, die es dort geschrieben hat</translation>
    </message>
    <message>
        <source>Refusing to export: %1 is a folder, not Spill&apos;s list of the files it wrote there</source>
        <translation>Export verweigert: %1 ist ein Ordner und nicht Spills Liste der Dateien, die es dort geschrieben hat</translation>
    </message>
    <message>
        <source>Refusing to export: %1 is a named pipe, not Spill&apos;s list of the files it wrote there</source>
        <translation>Export verweigert: %1 ist eine benannte Pipe und nicht Spills Liste der Dateien, die es dort geschrieben hat</translation>
    </message>
    <message>
        <source>Refusing to export: %1 is a device or a socket, not Spill&apos;s list of the files it wrote there</source>
        <translation>Export verweigert: %1 ist ein Gerät oder ein Socket und nicht Spills Liste der Dateien, die es dort geschrieben hat</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1: cannot be stored: %2</source>
        <translation>%1: kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1: is not a file</source>
        <translation>%1: ist keine Datei</translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1: die Datei existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: media file &quot;%2&quot; does not exist (looked for %3)</source>
        <translation>%1: die Mediendatei „%2“ existiert nicht (gesucht unter %3)</translation>
    </message>
    <message>
        <source>%1: media file &quot;%2&quot; was refused: %3</source>
        <translation>%1: die Mediendatei „%2“ wurde abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1. Nothing was imported; see &apos;spill check&apos;.</source>
        <translation>%1. Es wurde nichts importiert; siehe &apos;spill check&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files not imported; nothing was taken from them</source>
        <translation>
            <numerusform>%1 von %n Datei nicht importiert; aus ihr wurde nichts übernommen</numerusform>
            <numerusform>%1 von %n Dateien nicht importiert; aus ihnen wurde nichts übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the story &quot;%2&quot; that redeemed it is not in this library; imported without that link</source>
        <translation>%1: Die Geschichte „%2“, die es wiedergutgemacht hat, ist nicht in dieser Bibliothek; ohne diese Verknüpfung importiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; as &quot;%2&quot;</source>
        <translation>„%1“ als „%2“</translation>
    </message>
    <message>
        <source>%1: tags kept in the library&apos;s spelling: %2</source>
        <translation>%1: Schlagwörter in der Schreibweise der Bibliothek übernommen: %2</translation>
    </message>
</context>
<context>
    <name>JsonExportCommand</name>
    <message>
        <source>%1: the media file &quot;%2&quot; (%3) is missing from the library; run &apos;spill check&apos;</source>
        <translation>%1: die Mediendatei „%2“ (%3) fehlt in der Bibliothek; führe &apos;spill check&apos; aus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>the system keyring did not answer</source>
        <translation>der Schlüsselbund des Systems hat nicht geantwortet</translation>
    </message>
    <message>
        <source>there is no system keyring (%1)</source>
        <translation>es gibt keinen Schlüsselbund des Systems (%1)</translation>
    </message>
    <message>
        <source>the system keyring refused access (%1)</source>
        <translation>der Schlüsselbund des Systems hat den Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>the system keyring failed (%1)</source>
        <translation>der Schlüsselbund des Systems ist fehlgeschlagen (%1)</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <translation>ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>has a damaged header</source>
        <translation>hat einen beschädigten Dateikopf</translation>
    </message>
    <message>
        <source>is truncated or damaged</source>
        <translation>ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>The library %1 is open read-only.</source>
        <translation>Die Bibliothek %1 ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Another Spill has the library %1 open. It is shown read-only here; close the other Spill to edit.</source>
        <translation>Ein anderes Spill hat die Bibliothek %1 geöffnet. Hier wird sie schreibgeschützt angezeigt; schließe das andere Spill, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>The library %1 was saved by a newer version of Spill. It is shown read-only and will not be changed; update Spill to edit it.</source>
        <translation>Die Bibliothek %1 wurde von einer neueren Spill-Version gespeichert. Sie wird schreibgeschützt angezeigt und nicht verändert; aktualisiere Spill, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>The library folder %1 cannot be written. It is shown read-only.</source>
        <translation>In den Bibliotheksordner %1 kann nicht geschrieben werden. Die Bibliothek wird schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <source>Cannot create the library folder %1</source>
        <translation>Der Bibliotheksordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>There is no library at %1</source>
        <translation>Unter %1 gibt es keine Bibliothek</translation>
    </message>
    <message>
        <source>The library file %1 %2. It was left untouched.</source>
        <translation>Die Bibliotheksdatei %1 %2. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The library %1 is being created by another Spill</source>
        <translation>Die Bibliothek %1 wird gerade von einem anderen Spill angelegt</translation>
    </message>
    <message>
        <source>The library %1 is empty and cannot be created here</source>
        <translation>Die Bibliothek %1 ist leer und kann hier nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot open the library file %1: %2</source>
        <translation>Die Bibliotheksdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The library file %1 is damaged or not a Spill library: %2</source>
        <translation>Die Bibliotheksdatei %1 ist beschädigt oder keine Spill-Bibliothek: %2</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a Spill library. It was left untouched.</source>
        <translation>Die Datei %1 ist eine SQLite-Datenbank, aber keine Spill-Bibliothek. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The library %1 needs an upgrade, which cannot be done while it is read-only</source>
        <translation>Die Bibliothek %1 muss aktualisiert werden, was nicht geht, solange sie schreibgeschützt ist</translation>
    </message>
    <message>
        <source>Cannot upgrade the library %1: %2</source>
        <translation>Die Bibliothek %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The daily backup of %1 failed: %2</source>
        <translation>Die tägliche Sicherung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the library is open read-only</source>
        <translation>die Bibliothek ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>integrity_check failed: %1</source>
        <translation>integrity_check fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>foreign_key_check failed: %1</source>
        <translation>foreign_key_check fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>there is no story with id %1</source>
        <translation>es gibt keine Geschichte mit der ID %1</translation>
    </message>
    <message>
        <source>cannot save a revision of story %1</source>
        <translation>eine Version von Geschichte %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot list the revisions of story %1</source>
        <translation>die Versionen von Geschichte %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot read revision %1</source>
        <translation>Version %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no such revision</source>
        <translation>diese Version gibt es nicht</translation>
    </message>
    <message>
        <source>the snapshot is damaged</source>
        <translation>die gespeicherte Version ist beschädigt</translation>
    </message>
    <message>
        <source>cannot restore revision %1</source>
        <translation>Version %1 kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>cannot search for &quot;%1&quot;</source>
        <translation>die Suche nach „%1“ ist nicht möglich</translation>
    </message>
    <message>
        <source>cannot count fails by kind</source>
        <translation>Pannen können nicht nach Art gezählt werden</translation>
    </message>
    <message>
        <source>cannot count fails by month</source>
        <translation>Pannen können nicht nach Monat gezählt werden</translation>
    </message>
    <message>
        <source>cannot count outcomes</source>
        <translation>Ausgänge können nicht gezählt werden</translation>
    </message>
    <message>
        <source>cannot look for a story on this day</source>
        <translation>die Suche nach einer Geschichte von diesem Tag ist nicht möglich</translation>
    </message>
    <message>
        <source>cannot create a story</source>
        <translation>eine Geschichte kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the story &quot;%1&quot;</source>
        <translation>die Geschichte „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot read story %1</source>
        <translation>Geschichte %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no such story</source>
        <translation>diese Geschichte gibt es nicht</translation>
    </message>
    <message>
        <source>cannot read story &quot;%1&quot;</source>
        <translation>Geschichte „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot save story %1 &quot;%2&quot;</source>
        <translation>Geschichte %1 „%2“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot list tags</source>
        <translation>Schlagwörter können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot list stories</source>
        <translation>Geschichten können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot count stories</source>
        <translation>Geschichten können nicht gezählt werden</translation>
    </message>
    <message>
        <source>cannot move story %1 to the trash</source>
        <translation>Geschichte %1 kann nicht in den Papierkorb verschoben werden</translation>
    </message>
    <message>
        <source>cannot restore story %1 from the trash</source>
        <translation>Geschichte %1 kann nicht aus dem Papierkorb wiederhergestellt werden</translation>
    </message>
    <message>
        <source>cannot empty the trash</source>
        <translation>der Papierkorb kann nicht geleert werden</translation>
    </message>
    <message>
        <source>cannot add the tag &quot;%1&quot;</source>
        <translation>das Schlagwort „%1“ kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>not a valid tag</source>
        <translation>kein gültiges Schlagwort</translation>
    </message>
    <message>
        <source>The library file %1 is empty (0 bytes). It was left untouched; restore a copy from %2, or remove it to start a new library here.</source>
        <translation>Die Bibliotheksdatei %1 ist leer (0 Byte). Sie wurde nicht verändert; stelle eine Kopie aus %2 wieder her oder entferne sie, um hier eine neue Bibliothek anzulegen.</translation>
    </message>
    <message>
        <source>The library %1 is in a read-only folder and has changes SQLite can only read where it may write (%2-wal). Open it once where the folder can be written. Nothing was changed.</source>
        <translation>Die Bibliothek %1 liegt in einem schreibgeschützten Ordner und enthält Änderungen, die SQLite nur lesen kann, wo es schreiben darf (%2-wal). Öffne sie einmal an einem Ort, an dem in den Ordner geschrieben werden kann. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The library %1 is in a read-only folder and cannot be read: %2. Nothing was changed.</source>
        <translation>Die Bibliothek %1 liegt in einem schreibgeschützten Ordner und kann nicht gelesen werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the library file is damaged</source>
        <translation>die Bibliotheksdatei ist beschädigt</translation>
    </message>
    <message>
        <source> (and %1 more findings)</source>
        <translation> (und %1 weitere Befunde)</translation>
    </message>
    <message>
        <source>cannot read which media files are used</source>
        <translation>es kann nicht gelesen werden, welche Mediendateien verwendet werden</translation>
    </message>
    <message>
        <source>The disk holding the library file %1 is full (%2): SQLite needs room beside it even to read it. Free some space and try again. Nothing was changed.</source>
        <translation>Der Datenträger mit der Bibliotheksdatei %1 ist voll (%2): SQLite braucht daneben Platz, selbst um sie zu lesen. Schaffe etwas Platz und versuche es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Cannot create the library file %1: %2</source>
        <translation>Die Bibliotheksdatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot remove the tag &quot;%1&quot;</source>
        <translation>das Schlagwort „%1“ kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot read where story %1 was published</source>
        <translation>es kann nicht gelesen werden, wo Geschichte %1 veröffentlicht wurde</translation>
    </message>
    <message>
        <source>cannot read the files uploaded to %1</source>
        <translation>die nach %1 hochgeladenen Dateien können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot record where story %1 was published</source>
        <translation>es kann nicht festgehalten werden, wo Geschichte %1 veröffentlicht wurde</translation>
    </message>
    <message>
        <source>no site or post</source>
        <translation>keine Website oder kein Beitrag</translation>
    </message>
    <message>
        <source>cannot record the files uploaded to %1</source>
        <translation>es kann nicht festgehalten werden, welche Dateien zu %1 hochgeladen wurden</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>keine Website</translation>
    </message>
    <message>
        <source>cannot count redemptions</source>
        <translation>die Wiedergutmachungen können nicht gezählt werden</translation>
    </message>
    <message>
        <source>The library %1 cannot be created: the disk holding it is full (%2). Free some space, or choose another folder.</source>
        <translation>Die Bibliothek %1 kann nicht angelegt werden: Der Datenträger, auf dem sie liegt, ist voll (%2). Schaffe Platz oder wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The library file %1 is empty (0 bytes), and there is no backup of it in %2. It was left untouched; remove it to start a new library here.</source>
        <translation>Die Bibliotheksdatei %1 ist leer (0 Byte), und in %2 gibt es keine Sicherung davon. Sie wurde nicht verändert; entferne sie, um hier eine neue Bibliothek anzulegen.</translation>
    </message>
</context>
<context>
    <name>LibraryOpener</name>
    <message>
        <source>Spill cannot open this library</source>
        <translation>Spill kann diese Bibliothek nicht öffnen</translation>
    </message>
    <message>
        <source>Choose Another Folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Choose a Folder for the Library</source>
        <translation>Ordner für die Bibliothek wählen</translation>
    </message>
    <message>
        <source>%1

Nothing in that folder was changed. Choose another folder for the library (an empty one starts a new library), or quit and free some space or fix the folder&apos;s permissions first.</source>
        <translation>%1

In diesem Ordner wurde nichts verändert. Wähle einen anderen Ordner für die Bibliothek (in einem leeren beginnt eine neue Bibliothek), oder beende Spill und schaffe zuerst Platz oder korrigiere die Rechte des Ordners.</translation>
    </message>
</context>
<context>
    <name>MediaImporter</name>
    <message>
        <source>%1: the import was cancelled</source>
        <translation>%1: der Import wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <source>the JPEG data is truncated or damaged</source>
        <translation>die JPEG-Daten sind abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>%1: its duration is unknown, so it cannot be checked against the limit of %2 minutes</source>
        <translation>%1: die Länge ist unbekannt, daher kann sie nicht mit der Grenze von %2 Minuten verglichen werden</translation>
    </message>
    <message>
        <source>%1: it lasts %2 s; Spill takes clips of up to %3 minutes</source>
        <translation>%1: der Clip dauert %2 s; Spill nimmt Clips bis %3 Minuten</translation>
    </message>
    <message>
        <source>%1 is not a media hash</source>
        <translation>%1 ist kein Medien-Hash</translation>
    </message>
    <message>
        <source>%1 cannot be deleted (%2)</source>
        <translation>%1 kann nicht gelöscht werden (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Spill takes JPEG, PNG and WebP photos and MP4, WebM and MOV videos only</source>
        <translation>Spill nimmt nur JPEG-, PNG- und WebP-Fotos sowie MP4-, WebM- und MOV-Videos</translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation>die Datei existiert nicht mehr</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>das ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is %1 MB; Spill takes files of up to %2 MB</source>
        <translation>die Datei ist %1 MB groß; Spill nimmt Dateien bis %2 MB</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>its content is not a JPEG, PNG or WebP image</source>
        <translation>der Inhalt ist kein JPEG-, PNG- oder WebP-Bild</translation>
    </message>
    <message>
        <source>its content is not an MP4, WebM or MOV video</source>
        <translation>der Inhalt ist kein MP4-, WebM- oder MOV-Video</translation>
    </message>
    <message>
        <source>the library&apos;s media folder %1 cannot be created</source>
        <translation>der Medienordner der Bibliothek %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the library&apos;s media folder %1 is not writable (%2)</source>
        <translation>in den Medienordner der Bibliothek %1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>der Import wurde abgebrochen</translation>
    </message>
    <message>
        <source>reading failed (%1)</source>
        <translation>das Lesen ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>it cannot be stored as %1 (%2)</source>
        <translation>die Datei kann nicht als %1 gespeichert werden (%2)</translation>
    </message>
    <message>
        <source>copying into %1 failed (%2)</source>
        <translation>das Kopieren nach %1 ist fehlgeschlagen (%2)</translation>
    </message>
</context>
<context>
    <name>PhotoDecode</name>
    <message>
        <source>it is not a readable %1 image (%2)</source>
        <translation>die Datei ist kein lesbares %1-Bild (%2)</translation>
    </message>
    <message>
        <source>its header gives no valid size</source>
        <translation>der Dateikopf enthält keine gültige Größe</translation>
    </message>
    <message>
        <source>its header claims %1 x %2 pixels, more than the %3 megapixels Spill accepts</source>
        <translation>laut Dateikopf hat das Bild %1 x %2 Pixel, mehr als die %3 Megapixel, die Spill annimmt</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>die Datei kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>it cannot be decoded (%1)</source>
        <translation>die Datei kann nicht dekodiert werden (%1)</translation>
    </message>
</context>
<context>
    <name>PhotoMetadataModule</name>
    <message>
        <source>the photo metadata module could not be loaded: %1</source>
        <translation>das Modul für Fotometadaten konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>the keyring has none for %1 on this site</source>
        <translation>der Schlüsselbund hat keines für %1 auf dieser Website</translation>
    </message>
    <message>
        <source>no application password for %1 (%2): set SPILL_WP_APP_PASSWORD to one made in WordPress under Users &gt; Profile &gt; Application Passwords, or keep it in the keyring from Spill&apos;s Preferences</source>
        <translation>kein Anwendungspasswort für %1 (%2): setze SPILL_WP_APP_PASSWORD auf eines, das in WordPress unter Benutzer &gt; Profil &gt; Anwendungspasswörter angelegt wurde, oder bewahre es über die Einstellungen von Spill im Schlüsselbund auf</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>Story &quot;%1&quot;: the clip %2 has no poster frame (%3)</source>
        <translation>Geschichte „%1“: Der Clip %2 hat kein Titelbild (%3)</translation>
    </message>
    <message>
        <source>The format %1 has no preview</source>
        <translation>Das Format %1 hat keine Vorschau</translation>
    </message>
    <message>
        <source>Story %1 could not be loaded: %2</source>
        <translation>Geschichte %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The format %1 cannot be exported</source>
        <translation>Das Format %1 kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>there is no theme called &quot;%1&quot;; the themes are: %2 (your own go in %3)</source>
        <translation>es gibt kein Theme namens „%1“; vorhanden sind: %2 (eigene gehören nach %3)</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>no story matches &quot;%1&quot;</source>
        <translation>keine Geschichte passt zu „%1“</translation>
    </message>
</context>
<context>
    <name>SiteCheck</name>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Mit %1 als %2 verbunden.</translation>
    </message>
</context>
<context>
    <name>SitePassword</name>
    <message>
        <source>The system keyring has no application password for %1.</source>
        <translation>Der Schlüsselbund des Systems hat kein Anwendungspasswort für %1.</translation>
    </message>
    <message>
        <source>Spill keeps application passwords in the system keyring, but %1. It asks each time and keeps the password only while it publishes.</source>
        <translation>Spill bewahrt Anwendungspasswörter im Schlüsselbund des Systems auf, aber %1. Es fragt jedes Mal und behält das Passwort nur, solange es veröffentlicht.</translation>
    </message>
    <message>
        <source>Application Password</source>
        <translation>Anwendungspasswort</translation>
    </message>
    <message>
        <source>%1

Application password for %2 (WordPress: Users &gt; Profile &gt; Application Passwords):</source>
        <translation>%1

Anwendungspasswort für %2 (WordPress: Benutzer &gt; Profil &gt; Anwendungspasswörter):</translation>
    </message>
    <message>
        <source>The application password for %1 is kept in the system keyring.</source>
        <translation>Das Anwendungspasswort für %1 ist im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>The application password for %1 could not be kept: %2. Spill will ask for it when it publishes.</source>
        <translation>Das Anwendungspasswort für %1 konnte nicht aufbewahrt werden: %2. Spill fragt beim Veröffentlichen danach.</translation>
    </message>
</context>
<context>
    <name>SitePublish</name>
    <message>
        <source>&quot;%1&quot; is not the address of a website (http or https)</source>
        <translation>„%1“ ist keine Website-Adresse (http oder https)</translation>
    </message>
    <message>
        <source>Story %1 could not be read: %2</source>
        <translation>Geschichte %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot; is post %2 on %3, but the library could not keep that: %4</source>
        <translation>Geschichte „%1“ ist Beitrag %2 auf %3, aber die Bibliothek konnte das nicht festhalten: %4</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot; was published, but its status could not be saved: %2</source>
        <translation>Geschichte „%1“ wurde veröffentlicht, aber ihr Status konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: its photos and clips are on %2, but the library could not keep that, so publishing will look for them there again: %3</source>
        <translation>Geschichte „%1“: Ihre Fotos und Clips sind auf %2, aber die Bibliothek konnte das nicht festhalten; beim Veröffentlichen werden sie dort erneut gesucht: %3</translation>
    </message>
</context>
<context>
    <name>Spill::BarChart</name>
    <message>
        <source>Nothing to count yet</source>
        <translation>Noch nichts zu zählen</translation>
    </message>
    <message>
        <source>Selected: %1. </source>
        <translation>Ausgewählt: %1. </translation>
    </message>
</context>
<context>
    <name>Spill::BeatSection</name>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Abschnitt %1 von %2 · %3</translation>
    </message>
    <message>
        <source>Show an example</source>
        <translation>Beispiel zeigen</translation>
    </message>
    <message>
        <source>Example for “%1”</source>
        <translation>Beispiel für „%1“</translation>
    </message>
    <message>
        <source>Photos and clips for “%1”</source>
        <translation>Fotos und Clips für „%1“</translation>
    </message>
    <message>
        <source>Write your answer here…</source>
        <translation>Schreib hier deine Antwort…</translation>
    </message>
    <message>
        <source>Hide the example</source>
        <translation>Beispiel ausblenden</translation>
    </message>
    <message>
        <source>Hide the example for “%1”</source>
        <translation>Beispiel für „%1“ ausblenden</translation>
    </message>
    <message>
        <source>Show an example for “%1”</source>
        <translation>Beispiel für „%1“ zeigen</translation>
    </message>
</context>
<context>
    <name>Spill::BeatStepList</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>The five beats of the story; Enter jumps to one</source>
        <translation>Die fünf Abschnitte der Geschichte; mit Enter springst du zum gewählten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Started · %n words</source>
        <translation>
            <numerusform>Begonnen · %n Wort</numerusform>
            <numerusform>Begonnen · %n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n words</source>
        <translation>
            <numerusform>Fertig · %n Wort</numerusform>
            <numerusform>Fertig · %n Wörter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::ChangesEdit</name>
    <message>
        <source>What I changed from the recipe</source>
        <translation>Was ich am Rezept geändert habe</translation>
    </message>
    <message numerus="yes">
        <source>What I changed from the recipe (%n)</source>
        <translation>
            <numerusform>Was ich am Rezept geändert habe (%n)</numerusform>
            <numerusform>Was ich am Rezept geändert habe (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ingredients swapped, times cut, temperatures guessed: readers trust a fail that shows what was done differently.</source>
        <translation>Zutaten getauscht, Zeiten gekürzt, Temperaturen geschätzt: Leser vertrauen einem Fehlschlag, der zeigt, was anders gemacht wurde.</translation>
    </message>
    <message>
        <source>One row per change. Tick the one you think caused the fail.</source>
        <translation>Eine Zeile pro Änderung. Hake die an, die deiner Meinung nach den Fehlschlag verursacht hat.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>The recipe said</source>
        <translation>Laut Rezept</translation>
    </message>
    <message>
        <source>I did</source>
        <translation>Ich habe</translation>
    </message>
    <message>
        <source>Caused the fail</source>
        <translation>Hat den Fehlschlag verursacht</translation>
    </message>
    <message>
        <source>Add Change</source>
        <translation>Änderung hinzufügen</translation>
    </message>
    <message>
        <source>Remove Change</source>
        <translation>Änderung entfernen</translation>
    </message>
    <message>
        <source>Columns of what I changed</source>
        <translation>Spalten der Änderungen</translation>
    </message>
    <message>
        <source>Rows of what I changed</source>
        <translation>Zeilen der Änderungen</translation>
    </message>
    <message>
        <source>Select all changes</source>
        <translation>Alle Änderungen auswählen</translation>
    </message>
</context>
<context>
    <name>Spill::ChipGroup</name>
    <message>
        <source>Failure kinds</source>
        <translation>Arten von Pannen</translation>
    </message>
    <message>
        <source>Failure kind; Space toggles it</source>
        <translation>Art der Panne; mit der Leertaste an- und abwählen</translation>
    </message>
</context>
<context>
    <name>Spill::CoachPanel</name>
    <message>
        <source>Story coach</source>
        <translation>Geschichten-Coach</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Looking good</source>
        <translation>Sieht gut aus</translation>
    </message>
    <message>
        <source>Nothing to fix. This story is ready for readers.</source>
        <translation>Nichts zu verbessern. Diese Geschichte ist bereit für deine Leser.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation>
            <numerusform>%n Punkt zum Anschauen.</numerusform>
            <numerusform>%n Punkte zum Anschauen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Spill::EditMenu</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>Spill::EvidenceTimelineView</name>
    <message>
        <source>How it unfolded</source>
        <translation>Wie es geschah</translation>
    </message>
    <message>
        <source>Your photos and clips in the order they were taken, by the times their files give; the post shows the same list</source>
        <translation>Deine Fotos und Clips in der Reihenfolge ihrer Aufnahme, nach den Zeiten in ihren Dateien; der Beitrag zeigt dieselbe Liste</translation>
    </message>
    <message>
        <source>clip %1</source>
        <translation>Clip %1</translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no capture time</source>
        <translation>keine Aufnahmezeit</translation>
    </message>
</context>
<context>
    <name>Spill::ExportChangesView</name>
    <message>
        <source>Changes on the way out</source>
        <translation>Was sich beim Export ändert</translation>
    </message>
    <message>
        <source>Changes on the &amp;way out</source>
        <translation>Was sich beim Expo&amp;rt ändert</translation>
    </message>
</context>
<context>
    <name>Spill::ExportPlace</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Hugo</source>
        <translation>Hugo</translation>
    </message>
    <message>
        <source>Jekyll</source>
        <translation>Jekyll</translation>
    </message>
    <message>
        <source>HTML folder</source>
        <translation>HTML-Ordner</translation>
    </message>
    <message>
        <source>Single HTML file</source>
        <translation>Einzelne HTML-Datei</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Stories to export</source>
        <translation>Zu exportierende Geschichten</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Check every story</source>
        <translation>Jede Geschichte auswählen</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Uncheck every story</source>
        <translation>Die Auswahl aller Geschichten aufheben</translation>
    </message>
    <message>
        <source>Checked stories</source>
        <translation>Ausgewählte Geschichten</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>Ge&amp;schichten</translation>
    </message>
    <message>
        <source>One story checked</source>
        <translation>Eine Geschichte ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n stories checked</source>
        <translation>
            <numerusform>%n Geschichte ausgewählt</numerusform>
            <numerusform>%n Geschichten ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an output folder first</source>
        <translation>Wähle zuerst einen Zielordner</translation>
    </message>
    <message>
        <source>Check the stories to export first</source>
        <translation>Wähle zuerst die Geschichten aus, die du exportieren willst</translation>
    </message>
    <message>
        <source>No stories yet: write one first</source>
        <translation>Noch keine Geschichten: Schreib zuerst eine</translation>
    </message>
    <message>
        <source>Pick a story to see its preview</source>
        <translation>Wähle eine Geschichte, um ihre Vorschau zu sehen</translation>
    </message>
    <message>
        <source>Spill stories (JSON)</source>
        <translation>Spill-Geschichten (JSON)</translation>
    </message>
    <message>
        <source>Could not list the stories: %1</source>
        <translation>Die Geschichten konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The story open in Write could not be saved, so nothing was exported: see the message in Write.</source>
        <translation>Die in „Schreiben“ geöffnete Geschichte konnte nicht gespeichert werden, daher wurde nichts exportiert: siehe die Meldung in „Schreiben“.</translation>
    </message>
    <message>
        <source>Saving the story open in Write…</source>
        <translation>Die in „Schreiben“ geöffnete Geschichte wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>Spill::ExportPreviewPane</name>
    <message>
        <source>Post source</source>
        <translation>Quelltext des Beitrags</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Status der Vorschau</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <source>&amp;Copy HTML</source>
        <translation>HTML ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copy HTML</source>
        <translation>HTML kopieren</translation>
    </message>
    <message>
        <source>Copies the post&apos;s article, images included, as HTML (Ctrl+Shift+C). Paste it into WordPress or any web editor; the blog&apos;s own theme styles it.</source>
        <translation>Kopiert den Artikel des Beitrags samt Bildern als HTML (Ctrl+Shift+C). Füge ihn in WordPress oder einen anderen Web-Editor ein; das Theme deines Blogs gestaltet ihn.</translation>
    </message>
    <message>
        <source>Copy Mar&amp;kdown</source>
        <translation>&amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Markdown kopieren</translation>
    </message>
    <message>
        <source>Copies the post as Markdown with its front matter (Ctrl+Shift+M)</source>
        <translation>Kopiert den Beitrag als Markdown mit Front Matter (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>So&amp;urce: %1</source>
        <translation>&amp;Quelltext: %1</translation>
    </message>
    <message>
        <source>Copied the HTML of &quot;%1&quot;</source>
        <translation>HTML von „%1“ kopiert</translation>
    </message>
    <message>
        <source>Copied the Markdown of &quot;%1&quot;</source>
        <translation>Markdown von „%1“ kopiert</translation>
    </message>
    <message>
        <source>What the preview shows</source>
        <translation>Was die Vorschau zeigt</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Opens the rendered page in your web browser</source>
        <translation>Öffnet die gezeigte Seite in deinem Webbrowser</translation>
    </message>
    <message>
        <source>The preview could not be written to %1: %2</source>
        <translation>Die Vorschau konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The single HTML file as the export writes it, in the theme &quot;%1&quot;.</source>
        <translation>Die einzelne HTML-Datei, wie der Export sie schreibt, im Theme „%1“.</translation>
    </message>
    <message>
        <source>The post in the theme &quot;%1&quot;, as the export writes it; here its photos are inside the page, in the export they are files beside it.</source>
        <translation>Der Beitrag im Theme „%1“, wie der Export ihn schreibt; hier stecken die Fotos in der Seite, im Export liegen sie als Dateien daneben.</translation>
    </message>
    <message>
        <source>The story as the theme &quot;%1&quot; shows it. The interchange file itself has no look; its text is on the right.</source>
        <translation>Die Geschichte, wie das Theme „%1“ sie zeigt. Die Austauschdatei selbst hat kein Aussehen; ihr Text steht rechts.</translation>
    </message>
    <message>
        <source>This Markdown as the theme &quot;%1&quot; shows it. On your blog, the blog&apos;s own theme gives it its look.</source>
        <translation>Dieses Markdown, wie das Theme „%1“ es zeigt. In deinem Blog gibt ihm das Theme des Blogs sein Aussehen.</translation>
    </message>
    <message>
        <source>Opened &quot;%1&quot; in your web browser</source>
        <translation>„%1“ im Webbrowser geöffnet</translation>
    </message>
    <message>
        <source>No web browser could open %1</source>
        <translation>Kein Webbrowser konnte %1 öffnen</translation>
    </message>
    <message>
        <source>Open &amp;in browser</source>
        <translation>&amp;Im Browser öffnen</translation>
    </message>
    <message>
        <source>Ren&amp;dered</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Cop&amp;y for WordPress</source>
        <translation>Fü&amp;r WordPress kopieren</translation>
    </message>
    <message>
        <source>Copy for WordPress</source>
        <translation>Für WordPress kopieren</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot; for WordPress: paste it into the block editor&apos;s code view</source>
        <translation>„%1“ für WordPress kopiert: füge es in die Code-Ansicht des Block-Editors ein</translation>
    </message>
    <message>
        <source>Copies the post as WordPress blocks, to paste into the block editor&apos;s code view (Ctrl+Shift+W). With a WordPress site set in Preferences, its photos and clips are uploaded there first; without, they are left out.</source>
        <translation>Kopiert den Beitrag als WordPress-Blöcke zum Einfügen in die Code-Ansicht des Block-Editors (Strg+Umschalt+W). Ist in den Einstellungen eine WordPress-Website eingerichtet, werden seine Fotos und Clips zuerst dorthin hochgeladen; sonst fehlen sie.</translation>
    </message>
    <message numerus="yes">
        <source>Copied &quot;%1&quot; for WordPress without its %n photos and clips: add your WordPress site in Preferences and they are uploaded first</source>
        <translation>
            <numerusform>„%1“ für WordPress kopiert, ohne %n Foto oder Clip: Richte deine WordPress-Website in den Einstellungen ein, dann wird es zuerst hochgeladen</numerusform>
            <numerusform>„%1“ für WordPress kopiert, ohne seine %n Fotos und Clips: Richte deine WordPress-Website in den Einstellungen ein, dann werden sie zuerst hochgeladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::ExportRunPanel</name>
    <message>
        <source>Export the checked stories</source>
        <translation>Ausgewählte Geschichten exportieren</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>%v of %m stories</source>
        <translation>%v von %m Geschichten</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Stop after the story being written; what is written stays</source>
        <translation>Hält nach der Geschichte an, die gerade geschrieben wird; was schon geschrieben ist, bleibt</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Zusammenfassung des Exports</translation>
    </message>
    <message>
        <source>O&amp;pen folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the output folder</source>
        <translation>Zielordner öffnen</translation>
    </message>
    <message>
        <source>Export errors and notes</source>
        <translation>Fehler und Hinweise zum Export</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Ein Export läuft gerade</translation>
    </message>
    <message>
        <source>Write the checked stories to the folder (Ctrl+E)</source>
        <translation>Schreibt die ausgewählten Geschichten in den Ordner (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cancelled after exporting one story to %1</source>
        <translation>Abgebrochen, nachdem eine Geschichte nach %1 exportiert wurde</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after exporting %n stories to %1</source>
        <translation>
            <numerusform>Abgebrochen, nachdem %n Geschichte nach %1 exportiert wurde</numerusform>
            <numerusform>Abgebrochen, nachdem %n Geschichten nach %1 exportiert wurden</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported one story to %1</source>
        <translation>Eine Geschichte nach %1 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stories to %1</source>
        <translation>
            <numerusform>%n Geschichte nach %1 exportiert</numerusform>
            <numerusform>%n Geschichten nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>· one problem, listed below</source>
        <translation>· ein Problem, unten aufgeführt</translation>
    </message>
    <message numerus="yes">
        <source>· %n problems, listed below</source>
        <translation>
            <numerusform>· %n Problem, unten aufgeführt</numerusform>
            <numerusform>· %n Probleme, unten aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Publish to &amp;WordPress…</source>
        <translation>Auf WordPress veröffentli&amp;chen…</translation>
    </message>
    <message>
        <source>Post the checked stories to a WordPress site, photos and clips included (Ctrl+Shift+P)</source>
        <translation>Die angehakten Geschichten samt Fotos und Clips auf einer WordPress-Website veröffentlichen (Strg+Umschalt+P)</translation>
    </message>
</context>
<context>
    <name>Spill::ExportShareKitView</name>
    <message>
        <source>Social caption</source>
        <translation>Text für soziale Netzwerke</translation>
    </message>
    <message>
        <source>Copy Caption</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Copy the social caption</source>
        <translation>Den Text für soziale Netzwerke kopieren</translation>
    </message>
    <message>
        <source>Copied the caption</source>
        <translation>Text kopiert</translation>
    </message>
    <message>
        <source>No pictures: the story has no dream or reality photo.</source>
        <translation>Keine Bilder: Die Geschichte hat weder ein geplantes noch ein tatsächliches Foto.</translation>
    </message>
    <message>
        <source>Share kit, written beside the post</source>
        <translation>Social-Media-Set, neben den Beitrag geschrieben</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <source>Copy Alt Text</source>
        <translation>Alternativtext kopieren</translation>
    </message>
    <message>
        <source>Copy the pictures&apos; alt text</source>
        <translation>Den Alternativtext der Bilder kopieren</translation>
    </message>
    <message>
        <source>Copied the alt text</source>
        <translation>Alternativtext kopiert</translation>
    </message>
</context>
<context>
    <name>Spill::ExportStoryModel</name>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>%1
Last changed %2</source>
        <translation>%1
Zuletzt geändert am %2</translation>
    </message>
    <message>
        <source>%1
%2 · last changed %3</source>
        <translation>%1
%2 · zuletzt geändert am %3</translation>
    </message>
</context>
<context>
    <name>Spill::ExportTargetBar</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Markdown, Hugo and Jekyll write Markdown files with front matter; the HTML formats write finished pages drawn with a theme; JSON keeps the stories whole, media included, for another library</source>
        <translation>Markdown, Hugo und Jekyll schreiben Markdown-Dateien mit Front Matter; die HTML-Formate schreiben fertige, mit einem Theme gestaltete Seiten; JSON bewahrt die Geschichten vollständig samt Medien für eine andere Bibliothek</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>Where the exported files go</source>
        <translation>Wohin die exportierten Dateien kommen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Zielordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>&amp;Zielordner:</translation>
    </message>
    <message>
        <source>How the HTML pages look</source>
        <translation>Wie die HTML-Seiten aussehen</translation>
    </message>
    <message>
        <source>Markdown formats are styled by the blog&apos;s own theme; the preview uses this one</source>
        <translation>Markdown-Formate gestaltet das Theme deines Blogs; die Vorschau verwendet dieses hier</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Blog has co&amp;mments</source>
        <translation>B&amp;log hat Kommentare</translation>
    </message>
    <message>
        <source>Ends each post by inviting readers to answer in the comments. Leave it off for a blog or page without comments.</source>
        <translation>Beendet jeden Beitrag mit der Einladung, in den Kommentaren zu antworten. Für einen Blog oder eine Seite ohne Kommentare ausgeschaltet lassen.</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Forma&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Th&amp;ema:</translation>
    </message>
    <message>
        <source>Share kit</source>
        <translation>Social-Media-Set</translation>
    </message>
    <message>
        <source>Also makes a share kit beside each post: a tall pin and a square of each of the dream and the reality with the title, their alt text, and a caption for social posts.</source>
        <translation>Legt neben jedem Beitrag auch ein Social-Media-Set an: ein hohes Pin-Bild und je ein Quadrat vom geplanten und vom tatsächlichen Ergebnis mit dem Titel, ihre Alternativtexte und einen Text für soziale Netzwerke.</translation>
    </message>
</context>
<context>
    <name>Spill::ExportTargetsPage</name>
    <message>
        <source>(no folder)</source>
        <translation>(kein Ordner)</translation>
    </message>
    <message>
        <source>Forget Last Targ&amp;et</source>
        <translation>&amp;Letztes Ziel vergessen</translation>
    </message>
    <message>
        <source>Export opens on Markdown, the default theme and no folder</source>
        <translation>Export öffnet dann mit Markdown, dem Standard-Theme und ohne Ordner</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Ver&amp;gessen</translation>
    </message>
    <message>
        <source>Re&amp;membered for each format and folder:</source>
        <translation>Ge&amp;merkt für jedes Format und jeden Ordner:</translation>
    </message>
    <message>
        <source>Export opens on Markdown, with no folder chosen.</source>
        <translation>Export öffnet mit Markdown, ohne gewählten Ordner.</translation>
    </message>
    <message>
        <source>Export opens on %1, theme “%2”, into %3.</source>
        <translation>Export öffnet mit %1, Theme „%2“, in %3.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Invites comments</source>
        <translation>Lädt zu Kommentaren ein</translation>
    </message>
    <message>
        <source>No comments</source>
        <translation>Keine Kommentare</translation>
    </message>
</context>
<context>
    <name>Spill::FindBar</name>
    <message>
        <source>Find in the story</source>
        <translation>In der Geschichte suchen</translation>
    </message>
    <message>
        <source>Find in this story</source>
        <translation>In dieser Geschichte suchen</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Nächsten Treffer suchen</translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation>Zum nächsten Treffer springen (Enter)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Vorherigen Treffer suchen</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Zum vorherigen Treffer springen (Shift+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Spill::FixedRecipeEdit</name>
    <message>
        <source>The fixed recipe</source>
        <translation>Das korrigierte Rezept</translation>
    </message>
    <message>
        <source>How you would cook it now that you know better. Only a story with a fixed recipe tells search engines it holds a recipe; the failed attempt never does.</source>
        <translation>So, wie du es jetzt kochen würdest, da du es besser weißt. Nur eine Geschichte mit korrigiertem Rezept sagt Suchmaschinen, dass sie ein Rezept enthält; der misslungene Versuch nie.</translation>
    </message>
    <message>
        <source>One ingredient or step a line. The post shows them as lists after the lesson.</source>
        <translation>Eine Zutat oder ein Schritt pro Zeile. Der Beitrag zeigt sie nach der Lektion als Listen.</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Zutaten</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zubereitung</translation>
    </message>
    <message>
        <source>Ingredients of the fixed recipe</source>
        <translation>Zutaten des korrigierten Rezepts</translation>
    </message>
    <message>
        <source>4 eggs, separated
50 g Gruyère, grated</source>
        <translation>4 Eier, getrennt
50 g Gruyère, gerieben</translation>
    </message>
    <message>
        <source>Method of the fixed recipe</source>
        <translation>Zubereitung des korrigierten Rezepts</translation>
    </message>
    <message>
        <source>Heat the oven to 190 °C.
Keep the door shut for the first 25 minutes.</source>
        <translation>Den Ofen auf 190 °C vorheizen.
Die Tür in den ersten 25 Minuten geschlossen lassen.</translation>
    </message>
</context>
<context>
    <name>Spill::GalleryFilterBar</name>
    <message>
        <source>Find stories</source>
        <translation>Geschichten finden</translation>
    </message>
    <message>
        <source>Search titles, dishes and beats</source>
        <translation>Titel, Gerichte und Abschnitte durchsuchen</translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Geschichten durchsuchen</translation>
    </message>
    <message>
        <source>All failure kinds</source>
        <translation>Alle Arten von Pannen</translation>
    </message>
    <message>
        <source>Failure kind</source>
        <translation>Art der Panne</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jeder Ausgang</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Zwischen</translation>
    </message>
    <message>
        <source>Only stories created between two dates</source>
        <translation>Nur Geschichten, die zwischen zwei Daten angelegt wurden</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Angelegt ab</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Angelegt bis</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Date created</source>
        <translation>Erstellungsdatum</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Sort direction</source>
        <translation>Sortierrichtung</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Stories shown</source>
        <translation>Angezeigte Geschichten</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Sortieren:</translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n Geschichte</numerusform>
            <numerusform>%n Geschichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n stories</source>
        <translation>
            <numerusform>%1 von %n Geschichte</numerusform>
            <numerusform>%1 von %n Geschichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Z to A</source>
        <translation>Z bis A</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>A bis Z</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Descending order</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <source>Ascending order</source>
        <translation>Aufsteigend</translation>
    </message>
    <message>
        <source>Redeemed or not</source>
        <translation>Wiedergutgemacht oder nicht</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Wiedergutmachung</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Wiedergutgemacht</translation>
    </message>
    <message>
        <source>Not redeemed yet</source>
        <translation>Noch nicht wiedergutgemacht</translation>
    </message>
</context>
<context>
    <name>Spill::GalleryModel</name>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
</context>
<context>
    <name>Spill::GalleryPlace</name>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n selected stories:</source>
        <translation>
            <numerusform>Schlagwort für %n ausgewählte Geschichte:</numerusform>
            <numerusform>Schlagwort für %n ausgewählte Geschichten:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot; added.</source>
        <translation>Schlagwort „%1“ hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n stories moved to the trash.</source>
        <translation>
            <numerusform>%n Geschichte in den Papierkorb verschoben.</numerusform>
            <numerusform>%n Geschichten in den Papierkorb verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No stories yet. The fails you write in Write gather here.</source>
        <translation>Noch keine Geschichten. Was du in „Schreiben“ festhältst, sammelt sich hier.</translation>
    </message>
    <message>
        <source>No story matches these filters.</source>
        <translation>Keine Geschichte passt zu diesen Filtern.</translation>
    </message>
</context>
<context>
    <name>Spill::GalleryView</name>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Past fails as cards. Enter opens the current story, Delete moves the selected ones to the trash.</source>
        <translation>Frühere Pannen als Karten. Enter öffnet die aktuelle Geschichte, Entf verschiebt die ausgewählten in den Papierkorb.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation>&amp;Ausgewählte exportieren…</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>&amp;Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <source>Move to t&amp;rash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Spill::GettingStartedDialog</name>
    <message>
        <source>bold</source>
        <translation>fett</translation>
    </message>
    <message>
        <source>bold (Ctrl+B)</source>
        <translation>fett (Strg+B)</translation>
    </message>
    <message>
        <source>italic</source>
        <translation>kursiv</translation>
    </message>
    <message>
        <source>italic (Ctrl+I)</source>
        <translation>kursiv (Strg+I)</translation>
    </message>
    <message>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>a link (Ctrl+K)</source>
        <translation>ein Link (Strg+K)</translation>
    </message>
    <message>
        <source>eggs</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>a list; 1. for a numbered one</source>
        <translation>eine Liste; 1. für eine nummerierte</translation>
    </message>
    <message>
        <source>a quote</source>
        <translation>ein Zitat</translation>
    </message>
    <message>
        <source>sugar</source>
        <translation>Zucker</translation>
    </message>
    <message>
        <source>struck through</source>
        <translation>durchgestrichen</translation>
    </message>
    <message>
        <source>a table, with a |---|---| line under its head</source>
        <translation>eine Tabelle, mit einer Zeile |---|---| unter dem Kopf</translation>
    </message>
    <message>
        <source>A fail, told well</source>
        <translation>Eine Panne, gut erzählt</translation>
    </message>
    <message>
        <source>Spill turns a kitchen mishap into a post your readers can trust. Write it in five beats; the coach on the right says what a reader would miss, and the post is ready when you are.</source>
        <translation>Spill macht aus einer Küchenpanne einen Beitrag, dem deine Leser trauen können. Schreib ihn in fünf Abschnitten; der Coach rechts sagt, was Lesern fehlen würde, und der Beitrag ist fertig, wenn du es bist.</translation>
    </message>
    <message>
        <source>The five beats</source>
        <translation>Die fünf Abschnitte</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+5 jump to a beat. Each beat has a heading for your readers; its menu (Alt+Down) suggests others or hides it.</source>
        <translation>Strg+1 bis Strg+5 springen zu einem Abschnitt. Jeder Abschnitt hat eine Überschrift für deine Leser; ihr Menü (Alt+Pfeil runter) schlägt andere vor oder blendet sie aus.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweise</translation>
    </message>
    <message>
        <source>Out into the world</source>
        <translation>Hinaus in die Welt</translation>
    </message>
    <message>
        <source>Export writes the post as Markdown, for Hugo or Jekyll, or as HTML, with its photos beside it; the preview shows the post as readers will see it. The Gallery keeps every fail, to find again and to see what goes wrong most.</source>
        <translation>Der Export schreibt den Beitrag als Markdown, für Hugo oder Jekyll oder als HTML, mit seinen Fotos daneben; die Vorschau zeigt ihn so, wie Leser ihn sehen werden. Die Galerie bewahrt jede Panne auf, zum Wiederfinden und um zu sehen, was am häufigsten schiefgeht.</translation>
    </message>
    <message>
        <source>Markdown in a beat</source>
        <translation>Markdown in einem Abschnitt</translation>
    </message>
    <message>
        <source>A beat is plain text with a little Markdown:</source>
        <translation>Ein Abschnitt ist einfacher Text mit ein wenig Markdown:</translation>
    </message>
    <message>
        <source>A blank line starts a new paragraph. The beat&apos;s heading is set above it, so a beat needs no headings of its own.</source>
        <translation>Eine Leerzeile beginnt einen neuen Absatz. Die Überschrift des Abschnitts steht über ihm, er braucht also keine eigenen Überschriften.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Getting started with Spill</source>
        <translation>Erste Schritte mit Spill</translation>
    </message>
    <message>
        <source>Add photos and short clips to the beat they belong to: drop them on it, paste a copied photo, or use “Add photo or clip”. The dream and reality pair, how it should have looked and how it turned out, leads the post. Describe each photo for readers who cannot see it, and pick a clip&apos;s poster frame in its player.</source>
        <translation>Füge Fotos und kurze Clips dem Abschnitt hinzu, zu dem sie gehören: zieh sie darauf, füge ein kopiertes Foto ein oder nutze „Foto oder Clip hinzufügen“. Das Paar aus Traum und Wirklichkeit, wie es aussehen sollte und wie es wurde, führt den Beitrag an. Beschreibe jedes Foto für Leser, die es nicht sehen können, und wähle das Titelbild eines Clips in seinem Player.</translation>
    </message>
</context>
<context>
    <name>Spill::HeadingEdit</name>
    <message>
        <source>Heading above “%1”</source>
        <translation>Überschrift über „%1“</translation>
    </message>
    <message>
        <source>What readers see above this part of the post</source>
        <translation>Was Leser über diesem Teil des Beitrags sehen</translation>
    </message>
    <message>
        <source>The heading readers see above this part of the post. Type your own, pick a suggestion from the menu beside it (Alt+Down), or clear it for none.</source>
        <translation>Die Überschrift, die Leser über diesem Teil des Beitrags sehen. Schreib eine eigene, wähle einen Vorschlag aus dem Menü daneben (Alt+Pfeil nach unten) oder lösche sie für keine.</translation>
    </message>
    <message>
        <source>No heading in the post</source>
        <translation>Keine Überschrift im Beitrag</translation>
    </message>
    <message>
        <source>Heading suggestions for “%1”</source>
        <translation>Vorschläge für die Überschrift über „%1“</translation>
    </message>
    <message>
        <source>Other headings, the default, or none</source>
        <translation>Andere Überschriften, die vorgegebene oder keine</translation>
    </message>
    <message>
        <source>&amp;No Heading</source>
        <translation>&amp;Keine Überschrift</translation>
    </message>
</context>
<context>
    <name>Spill::LookCloserPanel</name>
    <message>
        <source>Look closer</source>
        <translation>Genauer hinsehen</translation>
    </message>
    <message>
        <source>Select a story to look closer.</source>
        <translation>Wähle eine Geschichte aus, um genauer hinzusehen.</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>No dream photo yet</source>
        <translation>Noch kein Traumfoto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>No reality photo yet</source>
        <translation>Noch kein Wirklichkeitsfoto</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Die Lehre</translation>
    </message>
    <message>
        <source>&amp;Open in Write</source>
        <translation>In „Schreiben“ &amp;öffnen</translation>
    </message>
    <message>
        <source>Opens this story in the guided editor</source>
        <translation>Öffnet diese Geschichte im geführten Editor</translation>
    </message>
    <message>
        <source>The five beats</source>
        <translation>Die fünf Abschnitte</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
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
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
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
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>The daily backup did not succeed: %1</source>
        <translation>Die tägliche Sicherung hat nicht geklappt: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Bearbeite&amp;n</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Ei&amp;nstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Publish to WordPress…</source>
        <translation>Auf &amp;WordPress veröffentlichen…</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;</source>
        <translation>&quot;%1&quot; importiert</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;. %2</source>
        <translation>&quot;%1&quot; importiert. %2</translation>
    </message>
</context>
<context>
    <name>Spill::MediaImportQueue</name>
    <message>
        <source>%1: Spill takes only JPEG, PNG and WebP photos and MP4, WebM and MOV clips</source>
        <translation>%1: Spill nimmt nur JPEG-, PNG- und WebP-Fotos sowie MP4-, WebM- und MOV-Clips</translation>
    </message>
    <message>
        <source>Pasted photo %1.png</source>
        <translation>Eingefügtes Foto %1.png</translation>
    </message>
    <message>
        <source>%1: the pasted photo could not be saved for import</source>
        <translation>%1: Das eingefügte Foto konnte nicht für den Import gespeichert werden</translation>
    </message>
    <message>
        <source>%1: this photo or clip is already in the story</source>
        <translation>%1: Dieses Foto oder dieser Clip ist schon in der Geschichte</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported: the import was cancelled</source>
        <translation>
            <numerusform>%n Datei nicht importiert: Der Import wurde abgebrochen</numerusform>
            <numerusform>%n Dateien nicht importiert: Der Import wurde abgebrochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::MediaItemEditor</name>
    <message>
        <source>Photo details</source>
        <translation>Fotodetails</translation>
    </message>
    <message>
        <source>What the photo shows, for readers who cannot see it</source>
        <translation>Was das Foto zeigt, für Leser, die es nicht sehen können</translation>
    </message>
    <message>
        <source>Decorative (no alt text needed)</source>
        <translation>Dekorativ (kein Alternativtext nötig)</translation>
    </message>
    <message>
        <source>Shown under the photo in the post</source>
        <translation>Steht im Beitrag unter dem Foto</translation>
    </message>
    <message>
        <source>Play and pick a poster frame…</source>
        <translation>Abspielen und Titelbild wählen…</translation>
    </message>
    <message>
        <source>Remove from story</source>
        <translation>Aus der Geschichte entfernen</translation>
    </message>
    <message>
        <source>The file stays in the library</source>
        <translation>Die Datei bleibt in der Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>Alternativ&amp;text:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Bildunterschrift:</translation>
    </message>
    <message>
        <source>Clip details</source>
        <translation>Clip-Details</translation>
    </message>
    <message>
        <source>What the clip shows, for readers who cannot see it</source>
        <translation>Was der Clip zeigt, für Leser, die ihn nicht sehen können</translation>
    </message>
    <message>
        <source>Shown under the clip in the post</source>
        <translation>Steht im Beitrag unter dem Clip</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Ro&amp;lle:</translation>
    </message>
    <message>
        <source>Mark as edited in the &amp;post</source>
        <translation>Im Beitrag als bearbeitet &amp;kennzeichnen</translation>
    </message>
    <message>
        <source>The photo&apos;s file says it was changed after it was taken; the post&apos;s caption says so</source>
        <translation>Laut der Datei des Fotos wurde es nach der Aufnahme verändert; die Bildunterschrift im Beitrag sagt das</translation>
    </message>
    <message>
        <source>Why the post should not call it edited</source>
        <translation>Warum der Beitrag es nicht bearbeitet nennen soll</translation>
    </message>
    <message>
        <source>Its file:</source>
        <translation>Seine Datei:</translation>
    </message>
    <message>
        <source>&amp;Why not:</source>
        <translation>Warum ni&amp;cht:</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>Aufgenommen %1</translation>
    </message>
    <message>
        <source>No capture time</source>
        <translation>Keine Aufnahmezeit</translation>
    </message>
    <message>
        <source>Last written by %1</source>
        <translation>Zuletzt geschrieben von %1</translation>
    </message>
    <message>
        <source>Edited after it was taken</source>
        <translation>Nach der Aufnahme bearbeitet</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>Bearbeitet: %1</translation>
    </message>
    <message>
        <source>Not edited, as far as it says</source>
        <translation>Laut Datei nicht bearbeitet</translation>
    </message>
</context>
<context>
    <name>Spill::MediaStrip</name>
    <message>
        <source>Photos and clips for “%1”</source>
        <translation>Fotos und Clips für „%1“</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>Importiere %1 von %2: %3</translation>
    </message>
    <message>
        <source>Or drop files here, or paste a photo with Ctrl+V</source>
        <translation>Oder zieh Dateien hierher oder füge ein Foto mit Ctrl+V ein</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Files that were not imported</source>
        <translation>Dateien, die nicht importiert wurden</translation>
    </message>
    <message>
        <source>Photos and clips (%1)</source>
        <translation>Fotos und Clips (%1)</translation>
    </message>
    <message>
        <source>Add photos or clips to “%1”</source>
        <translation>Fotos oder Clips zu „%1“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert…</numerusform>
            <numerusform>%n Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message>
        <source>The clip cannot be played</source>
        <translation>Der Clip kann nicht abgespielt werden</translation>
    </message>
    <message>
        <source>Arrows choose an item, Ctrl+arrows move it, Delete takes it out of the story, Ctrl+Z undoes, Enter opens its details or plays it.</source>
        <translation>Pfeiltasten wählen ein Element, Strg+Pfeiltasten verschieben es, Entf nimmt es aus der Geschichte, Strg+Z macht rückgängig, Eingabe öffnet die Details oder spielt es ab.</translation>
    </message>
    <message>
        <source>Add photo or clip…</source>
        <translation>Foto oder Clip hinzufügen…</translation>
    </message>
</context>
<context>
    <name>Spill::MediaStripModel</name>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>Spill::MediaTileDelegate</name>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
</context>
<context>
    <name>Spill::MessageBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo what was just done</source>
        <translation>Das eben Getane rückgängig machen</translation>
    </message>
</context>
<context>
    <name>Spill::MetadataPanel</name>
    <message>
        <source>Story details</source>
        <translation>Details der Geschichte</translation>
    </message>
    <message>
        <source>Give your story a title</source>
        <translation>Gib deiner Geschichte einen Titel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Cheese soufflé</source>
        <translation>Käsesoufflé</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>Gericht</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Recipe link</source>
        <translation>Rezeptlink</translation>
    </message>
    <message>
        <source>The web address of the recipe you followed</source>
        <translation>Die Webadresse des Rezepts, nach dem du gekocht hast</translation>
    </message>
    <message>
        <source>baking, eggs, birthday</source>
        <translation>Backen, Eier, Geburtstag</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Trenne Schlagwörter mit Kommas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>https://your-blog.example/…</source>
        <translation>https://dein-blog.example/…</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Veröffentlicht unter</translation>
    </message>
    <message>
        <source>The web address of the published post</source>
        <translation>Die Webadresse des veröffentlichten Beitrags</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Dish</source>
        <translation>Ger&amp;icht</translation>
    </message>
    <message>
        <source>&amp;Recipe link</source>
        <translation>&amp;Rezeptlink</translation>
    </message>
    <message>
        <source>&amp;Kind of fail</source>
        <translation>&amp;Art der Panne</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>A&amp;usgang</translation>
    </message>
    <message>
        <source>&amp;Published at</source>
        <translation>&amp;Veröffentlicht unter</translation>
    </message>
    <message>
        <source>This does not look like a web address. Use one that starts with https:// or http://.</source>
        <translation>Das sieht nicht nach einer Webadresse aus. Nimm eine, die mit https:// oder http:// beginnt.</translation>
    </message>
</context>
<context>
    <name>Spill::OnThisDayCard</name>
    <message>
        <source>On this day</source>
        <translation>An diesem Tag</translation>
    </message>
    <message>
        <source>On this day, a year ago</source>
        <translation>Heute vor einem Jahr</translation>
    </message>
    <message>
        <source>Open story</source>
        <translation>Geschichte öffnen</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Öffnet %1</translation>
    </message>
</context>
<context>
    <name>Spill::PatternsView</name>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Click a bar, or select it and press Enter, to see those stories.</source>
        <translation>Klick auf einen Balken oder wähle ihn aus und drück Enter, um die passenden Geschichten zu sehen.</translation>
    </message>
    <message>
        <source>Fails by &amp;kind</source>
        <translation>Pannen nach &amp;Art</translation>
    </message>
    <message>
        <source>Fails by &amp;month, last twelve months</source>
        <translation>Pannen nach &amp;Monat, letzte zwölf Monate</translation>
    </message>
    <message>
        <source>How they &amp;ended</source>
        <translation>Wie sie &amp;endeten</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n fails</source>
        <translation>
            <numerusform>%1: %n Panne</numerusform>
            <numerusform>%1: %n Pannen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stories (%2%)</source>
        <translation>
            <numerusform>%1: %n Geschichte (%2 %)</numerusform>
            <numerusform>%1: %n Geschichten (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n fails redeemed (%2%).</source>
        <translation>
            <numerusform>%1 von %n Missgeschick wiedergutgemacht (%2 %).</numerusform>
            <numerusform>%1 von %n Missgeschicken wiedergutgemacht (%2 %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median time to redemption: %n days.</source>
        <translation>
            <numerusform>Mittlere Zeit bis zur Wiedergutmachung: %n Tag.</numerusform>
            <numerusform>Mittlere Zeit bis zur Wiedergutmachung: %n Tage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::PersonalDictionary</name>
    <message>
        <source>Cannot read the personal dictionary %1: %2</source>
        <translation>Das persönliche Wörterbuch %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the personal dictionary %1: %2</source>
        <translation>Das persönliche Wörterbuch %1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Spill::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Aussehen</translation>
    </message>
    <message>
        <source>&amp;Spelling</source>
        <translation>&amp;Rechtschreibung</translation>
    </message>
    <message>
        <source>E&amp;xport Targets</source>
        <translation>E&amp;xportziele</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Follow the s&amp;ystem</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>How Spill looks. The change shows at once.</source>
        <translation>Wie Spill aussieht. Die Änderung wirkt sofort.</translation>
    </message>
    <message>
        <source>Following the system, Spill is dark when the desktop&apos;s settings portal prefers dark, or when the GTK theme is a dark one (GTK_THEME ending in &quot;:dark&quot; or &quot;-dark&quot;); otherwise light.</source>
        <translation>Folgt Spill dem System, ist es dunkel, wenn das Einstellungsportal des Desktops Dunkel bevorzugt oder das GTK-Theme ein dunkles ist (GTK_THEME endet auf &quot;:dark&quot; oder &quot;-dark&quot;); sonst hell.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes between versions</source>
        <translation>Minuten zwischen Versionen</translation>
    </message>
    <message>
        <source>While you write, History keeps a version of the story every so many minutes (none while you are away), and one whenever the status changes or you save one. From %1 to %2 minutes; %3 unless you choose otherwise.</source>
        <translation>Während du schreibst, hält der Verlauf alle so vielen Minuten eine Version der Geschichte fest (keine, solange du weg bist), außerdem eine bei jeder Statusänderung und wenn du selbst eine speicherst. Von %1 bis %2 Minuten; %3, wenn du nichts anderes wählst.</translation>
    </message>
    <message>
        <source>Keep a version e&amp;very:</source>
        <translation>Eine Version &amp;behalten alle:</translation>
    </message>
    <message>
        <source>Word&amp;Press</source>
        <translation>Word&amp;Press</translation>
    </message>
</context>
<context>
    <name>Spill::PreviewBrowser</name>
    <message>
        <source>Preview message</source>
        <translation>Hinweis der Vorschau</translation>
    </message>
    <message>
        <source>Starting the browser engine…</source>
        <translation>Die Browser-Engine startet …</translation>
    </message>
    <message>
        <source>Rendered post</source>
        <translation>Beitragsvorschau</translation>
    </message>
    <message>
        <source>%1

Open in browser shows the same page in your web browser.</source>
        <translation>%1

„Im Browser öffnen“ zeigt dieselbe Seite in deinem Webbrowser.</translation>
    </message>
    <message>
        <source>The browser engine could not show %1.

Open in browser shows the same page in your web browser.</source>
        <translation>Die Browser-Engine konnte %1 nicht anzeigen.

„Im Browser öffnen“ zeigt dieselbe Seite in deinem Webbrowser.</translation>
    </message>
</context>
<context>
    <name>Spill::PublishDialog</name>
    <message>
        <source>Publish to WordPress</source>
        <translation>Auf WordPress veröffentlichen</translation>
    </message>
    <message>
        <source>WordPress site</source>
        <translation>WordPress-Website</translation>
    </message>
    <message>
        <source>Add Si&amp;te…</source>
        <translation>Website hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>As a &amp;draft, to finish in WordPress</source>
        <translation>Als &amp;Entwurf, in WordPress fertigstellen</translation>
    </message>
    <message>
        <source>Publish &amp;now</source>
        <translation>&amp;Jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Schedule for</source>
        <translation>&amp;Planen für</translation>
    </message>
    <message>
        <source>Publish on</source>
        <translation>Veröffentlichen am</translation>
    </message>
    <message>
        <source>The blog takes c&amp;omments: the post invites them</source>
        <translation>Der Blog nimmt &amp;Kommentare an: der Beitrag lädt dazu ein</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>Beitrag:</translation>
    </message>
    <message>
        <source>Publishing step</source>
        <translation>Schritt der Veröffentlichung</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Fortschritt beim Hochladen</translation>
    </message>
    <message>
        <source>Publishing summary</source>
        <translation>Zusammenfassung der Veröffentlichung</translation>
    </message>
    <message>
        <source>Publishing errors and notes</source>
        <translation>Fehler und Hinweise der Veröffentlichung</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message numerus="yes">
        <source>%n story goes to the site with its photos and clips; one published before updates its post.</source>
        <translation>
            <numerusform>%n Geschichte geht mit ihren Fotos und Clips auf die Website; eine schon früher veröffentlichte aktualisiert ihren Beitrag.</numerusform>
            <numerusform>%n Geschichten gehen mit ihren Fotos und Clips auf die Website; eine schon früher veröffentlichte aktualisiert ihren Beitrag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Add a WordPress site first</source>
        <translation>Füge zuerst eine WordPress-Website hinzu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <source>Story %1 of %2: %3</source>
        <translation>Geschichte %1 von %2: %3</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>ein Entwurf</translation>
    </message>
    <message>
        <source>“%1” is %2: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;</source>
        <translation>„%1“ ist %2: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Cancelled. Nothing of a story that did not finish was kept in the library; publishing again reuses what reached the site.</source>
        <translation>Abgebrochen. Von einer Geschichte, die nicht fertig wurde, hat die Bibliothek nichts behalten; beim nächsten Veröffentlichen wird wiederverwendet, was die Website schon erreicht hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n story could not be published; publishing again reuses what reached the site.</source>
        <translation>
            <numerusform>%n Geschichte konnte nicht veröffentlicht werden; beim nächsten Mal wird wiederverwendet, was die Website schon erreicht hat.</numerusform>
            <numerusform>%n Geschichten konnten nicht veröffentlicht werden; beim nächsten Mal wird wiederverwendet, was die Website schon erreicht hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>No WordPress site yet: add yours with “Add Site…”. You need its address, your user name and an application password.</source>
        <translation>Noch keine WordPress-Website: füge deine mit „Website hinzufügen…“ hinzu. Du brauchst ihre Adresse, deinen Benutzernamen und ein Anwendungspasswort.</translation>
    </message>
    <message>
        <source>The story open in Write could not be saved, so it was not published: see the message in Write.</source>
        <translation>Die in „Schreiben“ geöffnete Geschichte konnte nicht gespeichert werden, daher wurde sie nicht veröffentlicht: siehe die Meldung in „Schreiben“.</translation>
    </message>
    <message>
        <source>Copy for WordPress</source>
        <translation>Für WordPress kopieren</translation>
    </message>
    <message>
        <source>&amp;Upload and Copy</source>
        <translation>&amp;Hochladen und kopieren</translation>
    </message>
    <message>
        <source>The story&apos;s photos and clips go to the site&apos;s media library first, each with its alt text and caption; then the post is copied as blocks that show them, to paste into the block editor&apos;s code view. No post is made.</source>
        <translation>Die Fotos und Clips der Geschichte gehen zuerst in die Mediathek der Website, jeweils mit Alternativtext und Bildunterschrift; dann wird der Beitrag als Blöcke kopiert, die sie zeigen, zum Einfügen in die Code-Ansicht des Block-Editors. Es wird kein Beitrag angelegt.</translation>
    </message>
    <message>
        <source>The story open in Write could not be saved, so it was not copied: see the message in Write.</source>
        <translation>Die in „Schreiben“ geöffnete Geschichte konnte nicht gespeichert werden, daher wurde sie nicht kopiert: siehe die Meldung in „Schreiben“.</translation>
    </message>
    <message numerus="yes">
        <source>Copied “%1” for WordPress with its photos and clips, which are on the site (%n uploaded now): paste it into the block editor&apos;s code view.</source>
        <translation>
            <numerusform>„%1“ für WordPress kopiert, mit seinen Fotos und Clips, die auf der Website sind (%n jetzt hochgeladen): in die Code-Ansicht des Block-Editors einfügen.</numerusform>
            <numerusform>„%1“ für WordPress kopiert, mit seinen Fotos und Clips, die auf der Website sind (%n jetzt hochgeladen): in die Code-Ansicht des Block-Editors einfügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was copied; trying again reuses what reached the site.</source>
        <translation>Nichts wurde kopiert; ein neuer Versuch verwendet, was die Website schon erreicht hat.</translation>
    </message>
</context>
<context>
    <name>Spill::RedemptionDialog</name>
    <message>
        <source>Link Redemption</source>
        <translation>Wiedergutmachung verknüpfen</translation>
    </message>
    <message>
        <source>Where did it work out? Both posts will mention each other.</source>
        <translation>Wo hat es geklappt? Beide Beiträge werden einander erwähnen.</translation>
    </message>
    <message>
        <source>A later &amp;story in this library:</source>
        <translation>Eine spätere &amp;Geschichte in dieser Bibliothek:</translation>
    </message>
    <message>
        <source>Loading stories…</source>
        <translation>Geschichten werden geladen …</translation>
    </message>
    <message>
        <source>A post &amp;elsewhere:</source>
        <translation>Ein Beitrag &amp;anderswo:</translation>
    </message>
    <message>
        <source>&amp;Redeemed on:</source>
        <translation>Wiedergutgemacht a&amp;m:</translation>
    </message>
    <message>
        <source>The stories could not be read: %1</source>
        <translation>Die Geschichten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An address that starts with https:// or http://</source>
        <translation>Eine Adresse, die mit https:// oder http:// beginnt</translation>
    </message>
</context>
<context>
    <name>Spill::RedemptionEdit</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>Redeemed by %1 on %2.</source>
        <translation>Wiedergutgemacht durch %1 am %2.</translation>
    </message>
    <message>
        <source>Redeemed by %1.</source>
        <translation>Wiedergutgemacht durch %1.</translation>
    </message>
    <message>
        <source>This story redeems “%1”.</source>
        <translation>Diese Geschichte macht „%1“ wieder gut.</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Wiedergutmachung</translation>
    </message>
    <message>
        <source>Did you try again? Link the story or post where it worked: both posts will mention each other</source>
        <translation>Hast du es noch einmal versucht? Verknüpfe die Geschichte oder den Beitrag, wo es geklappt hat: Beide Beiträge erwähnen einander</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Not redeemed yet.</source>
        <translation>Noch nicht wiedergutgemacht.</translation>
    </message>
    <message>
        <source>Link Rede&amp;mption…</source>
        <translation>Wiedergut&amp;machung verknüpfen …</translation>
    </message>
    <message>
        <source>Link Redemption</source>
        <translation>Wiedergutmachung verknüpfen</translation>
    </message>
    <message>
        <source>Unlink Redemption</source>
        <translation>Wiedergutmachung lösen</translation>
    </message>
</context>
<context>
    <name>Spill::RevisionsDialog</name>
    <message>
        <source>Story History</source>
        <translation>Verlauf der Geschichte</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Gespeicherte Versionen</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Text der ausgewählten Version</translation>
    </message>
    <message>
        <source>Select a version to read it.</source>
        <translation>Wähle eine Version aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>Diese Version wiederherstellen</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No versions yet: Spill keeps one as you write.</source>
        <translation>Noch keine Versionen: Spill hält beim Schreiben welche für dich fest.</translation>
    </message>
    <message>
        <source>Saved by you</source>
        <translation>Von dir gespeichert</translation>
    </message>
    <message>
        <source>While writing</source>
        <translation>Beim Schreiben</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(noch nicht geschrieben)</translation>
    </message>
    <message>
        <source>Could not restore this version: %1</source>
        <translation>Diese Version konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Spill keeps a version every %n minute(s) of writing, when the status changes and whenever you save one (Ctrl+Shift+S). Preferences sets how often.</source>
        <translation>
            <numerusform>Spill hält beim Schreiben jede Minute eine Version fest, außerdem wenn sich der Status ändert und immer dann, wenn du selbst eine speicherst (Ctrl+Shift+S). Wie oft, legen die Einstellungen fest.</numerusform>
            <numerusform>Spill hält beim Schreiben alle %n Minuten eine Version fest, außerdem wenn sich der Status ändert und immer dann, wenn du selbst eine speicherst (Ctrl+Shift+S). Wie oft, legen die Einstellungen fest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::SampleStory</name>
    <message>
        <source>The sample story is missing from this build of Spill.</source>
        <translation>In diesem Build von Spill fehlt die Beispielgeschichte.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the sample photos: %1</source>
        <translation>Für die Beispielfotos konnte kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>Could not copy the sample photo %1.</source>
        <translation>Das Beispielfoto %1 konnte nicht kopiert werden.</translation>
    </message>
</context>
<context>
    <name>Spill::SaveStatus</name>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n s ago</source>
        <translation>
            <numerusform>Gespeichert · vor %n s</numerusform>
            <numerusform>Gespeichert · vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n min ago</source>
        <translation>
            <numerusform>Gespeichert · vor %n Min.</numerusform>
            <numerusform>Gespeichert · vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Spill::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Menü %1</translation>
    </message>
    <message>
        <source>Writing a beat</source>
        <translation>Beim Schreiben eines Abschnitts</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>On the first line: the beat above</source>
        <translation>In der ersten Zeile: zum Abschnitt darüber</translation>
    </message>
    <message>
        <source>On the last line: the beat below</source>
        <translation>In der letzten Zeile: zum Abschnitt darunter</translation>
    </message>
    <message>
        <source>Photos and clips of a beat</source>
        <translation>Fotos und Clips eines Abschnitts</translation>
    </message>
    <message>
        <source>Previous photo or clip</source>
        <translation>Vorheriges Foto oder vorheriger Clip</translation>
    </message>
    <message>
        <source>Next photo or clip</source>
        <translation>Nächstes Foto oder nächster Clip</translation>
    </message>
    <message>
        <source>Move it earlier</source>
        <translation>Nach vorn verschieben</translation>
    </message>
    <message>
        <source>Move it later</source>
        <translation>Nach hinten verschieben</translation>
    </message>
    <message>
        <source>Play a clip; for a photo, write its alt text</source>
        <translation>Clip abspielen; bei einem Foto den Alternativtext schreiben</translation>
    </message>
    <message>
        <source>Remove from the story</source>
        <translation>Aus der Geschichte entfernen</translation>
    </message>
    <message>
        <source>Paste a copied photo</source>
        <translation>Ein kopiertes Foto einfügen</translation>
    </message>
    <message>
        <source>Playing a clip</source>
        <translation>Beim Abspielen eines Clips</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Abspielen oder anhalten</translation>
    </message>
    <message>
        <source>One second back</source>
        <translation>Eine Sekunde zurück</translation>
    </message>
    <message>
        <source>One second on</source>
        <translation>Eine Sekunde vor</translation>
    </message>
    <message>
        <source>A frame back</source>
        <translation>Ein Bild zurück</translation>
    </message>
    <message>
        <source>A frame on</source>
        <translation>Ein Bild vor</translation>
    </message>
    <message>
        <source>Story list and Gallery</source>
        <translation>Geschichtenliste und Galerie</translation>
    </message>
    <message>
        <source>Open the story</source>
        <translation>Die Geschichte öffnen</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>In the trash: restore</source>
        <translation>Im Papierkorb: wiederherstellen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export the checked stories</source>
        <translation>Ausgewählte Geschichten exportieren</translation>
    </message>
    <message>
        <source>Copy HTML</source>
        <translation>HTML kopieren</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy for WordPress</source>
        <translation>Für WordPress kopieren</translation>
    </message>
    <message>
        <source>First photo or clip</source>
        <translation>Erstes Foto oder erster Clip</translation>
    </message>
    <message>
        <source>Last photo or clip</source>
        <translation>Letztes Foto oder letzter Clip</translation>
    </message>
    <message>
        <source>To the start</source>
        <translation>Zum Anfang</translation>
    </message>
    <message>
        <source>To the end</source>
        <translation>Zum Ende</translation>
    </message>
    <message>
        <source>On a beat&apos;s heading: suggestions, or no heading</source>
        <translation>Auf der Überschrift eines Abschnitts: Vorschläge oder keine Überschrift</translation>
    </message>
    <message>
        <source>Go to the story&apos;s step 1 to 5</source>
        <translation>Zu Schritt 1 bis 5 der Geschichte</translation>
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
    <name>Spill::SignaturePair</name>
    <message>
        <source>What I intended</source>
        <translation>Was ich vorhatte</translation>
    </message>
    <message>
        <source>What I got</source>
        <translation>Was daraus wurde</translation>
    </message>
    <message>
        <source>Add a dream photo</source>
        <translation>Traumfoto hinzufügen</translation>
    </message>
    <message>
        <source>Add a reality photo</source>
        <translation>Wirklichkeitsfoto hinzufügen</translation>
    </message>
    <message>
        <source>The photo of how it should have looked</source>
        <translation>Das Foto, wie es hätte aussehen sollen</translation>
    </message>
    <message>
        <source>The photo of how it really turned out</source>
        <translation>Das Foto, wie es wirklich geworden ist</translation>
    </message>
    <message>
        <source>Intended and actual</source>
        <translation>Plan und Wirklichkeit</translation>
    </message>
</context>
<context>
    <name>Spill::SpellChecker</name>
    <message>
        <source>Spelling is not checked: no dictionary for %1 is installed.</source>
        <translation>Die Rechtschreibung wird nicht geprüft: Für %1 ist kein Wörterbuch installiert.</translation>
    </message>
    <message>
        <source>Spelling is not checked: the dictionary %1 could not be read (%2).</source>
        <translation>Die Rechtschreibung wird nicht geprüft: Das Wörterbuch %1 konnte nicht gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>Spill::SpellMenu</name>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>Spill::SpellingPage</name>
    <message>
        <source>mirepoix</source>
        <translation>Mirepoix</translation>
    </message>
    <message>
        <source>Add &amp;to Dictionary</source>
        <translation>Ins Wörterbuch a&amp;ufnehmen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Lan&amp;guage of new stories:</source>
        <translation>Sprache &amp;neuer Geschichten:</translation>
    </message>
    <message>
        <source>Your w&amp;ords, which Spill never underlines:</source>
        <translation>Deine &amp;Wörter, die Spill nie unterstreicht:</translation>
    </message>
    <message>
        <source>New &amp;word:</source>
        <translation>Neues W&amp;ort:</translation>
    </message>
    <message>
        <source>Kept in %1, one word per line.</source>
        <translation>Gespeichert in %1, ein Wort pro Zeile.</translation>
    </message>
    <message>
        <source>The system&apos;s language: %1</source>
        <translation>Die Sprache des Systems: %1</translation>
    </message>
</context>
<context>
    <name>Spill::StoryCardDelegate</name>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Wiedergutgemacht</translation>
    </message>
</context>
<context>
    <name>Spill::StoryController</name>
    <message>
        <source>its last changes could not be saved</source>
        <translation>ihre letzten Änderungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>there is nothing to keep yet, so write something first</source>
        <translation>es gibt noch nichts aufzubewahren, also schreib zuerst etwas</translation>
    </message>
</context>
<context>
    <name>Spill::StoryDocument</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Tippen</translation>
    </message>
    <message>
        <source>Add Photo</source>
        <translation>Foto hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 Photos</source>
        <translation>%1 Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Add Clip</source>
        <translation>Clip hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 Clips</source>
        <translation>%1 Clips hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 Photos and Clips</source>
        <translation>%1 Fotos und Clips hinzufügen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>Gericht</translation>
    </message>
    <message>
        <source>Recipe Link</source>
        <translation>Rezeptlink</translation>
    </message>
    <message>
        <source>Published Link</source>
        <translation>Beitragslink</translation>
    </message>
    <message>
        <source>What Went Wrong</source>
        <translation>Art der Panne</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remove Clip</source>
        <translation>Clip entfernen</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Move Clip</source>
        <translation>Clip verschieben</translation>
    </message>
    <message>
        <source>Move Photo</source>
        <translation>Foto verschieben</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Describe Clip</source>
        <translation>Clip beschreiben</translation>
    </message>
    <message>
        <source>Describe Photo</source>
        <translation>Foto beschreiben</translation>
    </message>
    <message>
        <source>Mark as Decorative</source>
        <translation>Als dekorativ markieren</translation>
    </message>
    <message>
        <source>Unmark as Decorative</source>
        <translation>Markierung als dekorativ aufheben</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Poster Frame</source>
        <translation>Titelbild</translation>
    </message>
    <message>
        <source>Edit Media</source>
        <translation>Medien bearbeiten</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Hide Heading</source>
        <translation>Überschrift ausblenden</translation>
    </message>
    <message>
        <source>Default Heading</source>
        <translation>Vorgegebene Überschrift</translation>
    </message>
    <message>
        <source>What I changed</source>
        <translation>Was ich geändert habe</translation>
    </message>
    <message>
        <source>The fixed recipe</source>
        <translation>Das korrigierte Rezept</translation>
    </message>
    <message>
        <source>Unmark as Edited</source>
        <translation>Markierung „Bearbeitet“ entfernen</translation>
    </message>
    <message>
        <source>Mark as Edited</source>
        <translation>Als bearbeitet markieren</translation>
    </message>
    <message>
        <source>Why Not Edited</source>
        <translation>Warum nicht bearbeitet</translation>
    </message>
    <message>
        <source>Link Redemption</source>
        <translation>Wiedergutmachung verknüpfen</translation>
    </message>
    <message>
        <source>Unlink Redemption</source>
        <translation>Wiedergutmachung lösen</translation>
    </message>
</context>
<context>
    <name>Spill::StoryEditor</name>
    <message>
        <source>Story editor</source>
        <translation>Geschichten-Editor</translation>
    </message>
    <message>
        <source>Story page</source>
        <translation>Seite der Geschichte</translation>
    </message>
    <message>
        <source>Story coach</source>
        <translation>Geschichten-Coach</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>Zu „%1“ springen</translation>
    </message>
</context>
<context>
    <name>Spill::StoryFileOpener</name>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Diese Datei kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be imported: this library is open read-only.</source>
        <translation>&quot;%1&quot; kann nicht importiert werden: Diese Bibliothek ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>Import a Story</source>
        <translation>Geschichte importieren</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot; into your library?</source>
        <translation>&quot;%1&quot; in deine Bibliothek importieren?</translation>
    </message>
    <message>
        <source>From %1. Its photos and clips are copied into the library; the file itself is left as it is.</source>
        <translation>Aus %1. Ihre Fotos und Clips werden in die Bibliothek kopiert; die Datei selbst bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not imported; nothing of it was kept.</source>
        <translation>&quot;%1&quot; wurde nicht importiert; nichts davon wurde behalten.</translation>
    </message>
    <message>
        <source>From %1. The file itself is left as it is.</source>
        <translation>Aus %1. Die Datei selbst bleibt, wie sie ist.</translation>
    </message>
</context>
<context>
    <name>Spill::StoryListModel</name>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>trashed %1</source>
        <translation>gelöscht %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::StoryListPanel</name>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New story (%1)</source>
        <translation>Neue Geschichte (%1)</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Neue Geschichte</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Papierkorb anzeigen</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Papierkorb leeren…</translation>
    </message>
    <message>
        <source>Back to stories</source>
        <translation>Zurück zu den Geschichten</translation>
    </message>
    <message>
        <source>Back to the stories</source>
        <translation>Zurück zu den Geschichten</translation>
    </message>
</context>
<context>
    <name>Spill::TagEdit</name>
    <message>
        <source>Tag suggestions</source>
        <translation>Vorschläge für Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Spill::TrashPreview</name>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Take the story out of the trash and open it (Enter in the list)</source>
        <translation>Die Geschichte aus dem Papierkorb holen und öffnen (Eingabetaste in der Liste)</translation>
    </message>
    <message>
        <source>The trashed story</source>
        <translation>Die Geschichte im Papierkorb</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>In the trash since %1. Restore it to edit it again.</source>
        <translation>Im Papierkorb seit %1. Stelle sie wieder her, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>In the trash. Restore it to edit it again.</source>
        <translation>Im Papierkorb. Stelle sie wieder her, um sie zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>Spill::VideoPlayerDialog</name>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Position in the clip</source>
        <translation>Position im Clip</translation>
    </message>
    <message>
        <source>Use this frame as &amp;poster</source>
        <translation>Dieses Bild als &amp;Titelbild verwenden</translation>
    </message>
    <message>
        <source>Shown before the clip plays, in the editor and the exported post</source>
        <translation>Wird gezeigt, bevor der Clip startet, im Editor und im exportierten Beitrag</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 cannot be played: %2</source>
        <translation>%1 kann nicht abgespielt werden: %2</translation>
    </message>
    <message>
        <source>Poster frame set to %1</source>
        <translation>Titelbild auf %1 gesetzt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>Spill::WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Every kitchen fail is a story</source>
        <translation>Jede Küchenpanne ist eine Geschichte</translation>
    </message>
    <message>
        <source>The collapsed soufflé, the split custard, the blender that exploded: readers trust the creator who shows the burnt edges. Spill walks you through five short beats, from the dish you meant to make to the question you ask your readers.</source>
        <translation>Das eingefallene Soufflé, die geronnene Vanillesoße, der explodierte Mixer: Leser vertrauen denen, die auch die verbrannten Ränder zeigen. Spill führt dich durch fünf kurze Abschnitte, vom Gericht, das du kochen wolltest, bis zur Frage an deine Leser.</translation>
    </message>
    <message>
        <source>Start your first story</source>
        <translation>Schreib deine erste Geschichte</translation>
    </message>
    <message>
        <source>Add a sample story</source>
        <translation>Beispielgeschichte hinzufügen</translation>
    </message>
    <message>
        <source>A finished story, to see what a good one looks like</source>
        <translation>Eine fertige Geschichte, damit du siehst, wie eine gute aussieht</translation>
    </message>
</context>
<context>
    <name>Spill::WordPressSiteDialog</name>
    <message>
        <source>Add WordPress Site</source>
        <translation>WordPress-Website hinzufügen</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>xxxx xxxx xxxx xxxx xxxx xxxx</source>
        <translation>xxxx xxxx xxxx xxxx xxxx xxxx</translation>
    </message>
    <message>
        <source>Make an application password in WordPress under Users &gt; Profile &gt; Application Passwords. Spill keeps it in the system keyring, never in its own files.</source>
        <translation>Lege in WordPress unter Benutzer &gt; Profil &gt; Anwendungspasswörter ein Anwendungspasswort an. Spill bewahrt es im Schlüsselbund des Systems auf, nie in seinen eigenen Dateien.</translation>
    </message>
    <message>
        <source>&amp;Check Connection</source>
        <translation>&amp;Verbindung prüfen</translation>
    </message>
    <message>
        <source>&amp;Add Site</source>
        <translation>Website &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation>Anwendungs&amp;passwort:</translation>
    </message>
    <message>
        <source>Type the site&apos;s address.</source>
        <translation>Gib die Adresse der Website ein.</translation>
    </message>
    <message>
        <source>“%1” is not a website address (http or https).</source>
        <translation>„%1“ ist keine Website-Adresse (http oder https).</translation>
    </message>
    <message>
        <source>Type your WordPress user name.</source>
        <translation>Gib deinen WordPress-Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Paste the application password.</source>
        <translation>Füge das Anwendungspasswort ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>Spill::WordPressSites</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>Spill::WordPressSitesPage</name>
    <message>
        <source>Spill publishes stories straight to these WordPress sites, photos and clips included.</source>
        <translation>Spill veröffentlicht Geschichten samt Fotos und Clips direkt auf diesen WordPress-Websites.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Your &amp;blogs:</source>
        <translation>Deine &amp;Blogs:</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;Neue Website…</translation>
    </message>
    <message>
        <source>&amp;Check Connection</source>
        <translation>Verbindung prü&amp;fen</translation>
    </message>
    <message>
        <source>Forget S&amp;ite</source>
        <translation>Website ver&amp;gessen</translation>
    </message>
    <message>
        <source>Forget the site and its password here; nothing on the site changes</source>
        <translation>Website und Passwort hier vergessen; auf der Website ändert sich nichts</translation>
    </message>
    <message>
        <source>No sites yet: add one to publish from Export.</source>
        <translation>Noch keine Websites: füge eine hinzu, um aus dem Export zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Keeping the password…</source>
        <translation>Das Passwort wird aufbewahrt…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>%1 is forgotten here; its posts stay on the site.</source>
        <translation>%1 ist hier vergessen; die Beiträge bleiben auf der Website.</translation>
    </message>
</context>
<context>
    <name>Spill::WritePlace</name>
    <message>
        <source>Could not duplicate: %1</source>
        <translation>Die Geschichte konnte nicht dupliziert werden: %1</translation>
    </message>
    <message>
        <source>Story moved to the trash.</source>
        <translation>Geschichte in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Story restored.</source>
        <translation>Geschichte wiederhergestellt.</translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation>Papierkorb leeren?</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Could not empty the trash: %1</source>
        <translation>Der Papierkorb konnte nicht geleert werden: %1</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>The trash is empty, but some photos stayed: %1</source>
        <translation>Der Papierkorb ist leer, aber einige Fotos sind geblieben: %1</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Could not add the word: %1</source>
        <translation>Das Wort konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>This library is open read-only, so nothing you type can be saved. %1</source>
        <translation>Diese Bibliothek ist schreibgeschützt geöffnet, deshalb kann nichts gespeichert werden, was du tippst. %1</translation>
    </message>
    <message>
        <source>Read-only library</source>
        <translation>Schreibgeschützte Bibliothek</translation>
    </message>
    <message>
        <source>Spelling language of this story</source>
        <translation>Sprache der Rechtschreibprüfung für diese Geschichte</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Story history</source>
        <translation>Verlauf der Geschichte</translation>
    </message>
    <message>
        <source>Earlier versions of this story</source>
        <translation>Frühere Versionen dieser Geschichte</translation>
    </message>
    <message>
        <source>Could not add the sample story: %1</source>
        <translation>Die Beispielgeschichte konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not open the story: %1</source>
        <translation>Die Geschichte konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not save a version: %1</source>
        <translation>Die Version konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Version saved. Find it under History.</source>
        <translation>Version gespeichert. Du findest sie unter Verlauf.</translation>
    </message>
    <message>
        <source>This story has no history yet.</source>
        <translation>Diese Geschichte hat noch keinen Verlauf.</translation>
    </message>
    <message>
        <source>Version restored. The text before it is kept under History.</source>
        <translation>Version wiederhergestellt. Der vorherige Text bleibt unter Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Adding the sample story…</source>
        <translation>Beispielgeschichte wird hinzugefügt…</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Neue Geschichte</translation>
    </message>
    <message>
        <source>Save a &amp;Version</source>
        <translation>&amp;Version speichern</translation>
    </message>
    <message>
        <source>Story &amp;History…</source>
        <translation>Ve&amp;rlauf der Geschichte…</translation>
    </message>
    <message>
        <source>Go to the Story &amp;List</source>
        <translation>Zur &amp;Liste der Geschichten</translation>
    </message>
    <message>
        <source>The stories in the trash and their versions will be deleted for good, with photos no other story uses. This cannot be undone.</source>
        <translation>Die Geschichten im Papierkorb und ihre Versionen werden endgültig gelöscht, mit den Fotos, die keine andere Geschichte verwendet. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Your last changes could not be saved, so this was not done.</source>
        <translation>Deine letzten Änderungen konnten nicht gespeichert werden, deshalb ist das nicht geschehen.</translation>
    </message>
    <message>
        <source>Select a story in the trash to see it here.</source>
        <translation>Wähle eine Geschichte im Papierkorb, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Could not read this story: %1</source>
        <translation>Diese Geschichte konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SpillModule</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation>in %1 fehlt %2</translation>
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
    <message>
        <source>Ingredient</source>
        <translation>Zutat</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>crop</source>
        <translation>Zuschnitt</translation>
    </message>
    <message>
        <source>light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
</context>
<context>
    <name>StoryJson</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>„%1“ muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2, not &quot;%3&quot;</source>
        <translation>„%1“ muss einer der Werte %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date and time with a UTC offset, like 2026-11-20T18:30:00+01:00, not &quot;%2&quot;</source>
        <translation>„%1“ muss ein Datum mit Uhrzeit und UTC-Versatz sein, etwa 2026-11-20T18:30:00+01:00, nicht „%2“</translation>
    </message>
    <message>
        <source>&quot;format&quot; is &quot;%1&quot;, but this version of Spill reads &quot;%2&quot;</source>
        <translation>„format“ ist „%1“, aber diese Spill-Version liest „%2“</translation>
    </message>
    <message>
        <source>&quot;slug&quot; must use only lowercase letters, digits and single hyphens (at most %1 characters), not &quot;%2&quot;</source>
        <translation>„slug“ darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten (höchstens %1 Zeichen), nicht „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>„%1“ darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a path inside the story&apos;s folder, not &quot;%2&quot;</source>
        <translation>„%1“ muss ein Pfad im Ordner der Geschichte sein, nicht „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of milliseconds, 0 or more, not %2</source>
        <translation>„%1“ muss eine ganze Zahl von Millisekunden sein, 0 oder mehr, nicht %2</translation>
    </message>
    <message>
        <source>line %1, column %2: JSON syntax error: %3</source>
        <translation>Zeile %1, Spalte %2: JSON-Syntaxfehler: %3</translation>
    </message>
    <message>
        <source>the file must hold one JSON object, not %1</source>
        <translation>die Datei muss ein einzelnes JSON-Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>%1: media file &quot;%2&quot; must be a path inside the story&apos;s folder</source>
        <translation>%1: die Mediendatei „%2“ muss ein Pfad im Ordner der Geschichte sein</translation>
    </message>
    <message>
        <source>%1: media file &quot;%2&quot; leads outside the story&apos;s folder</source>
        <translation>%1: die Mediendatei „%2“ führt aus dem Ordner der Geschichte hinaus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be kept exactly: %2</source>
        <translation>„%1“ kann nicht exakt übernommen werden: %2</translation>
    </message>
    <message>
        <source>it holds an unpaired surrogate \u%1 (character %2), which is not text</source>
        <translation>der Wert enthält ein ungepaartes Surrogat \u%1 (an Stelle %2), das kein Text ist</translation>
    </message>
    <message>
        <source>it starts with a byte order mark (U+FEFF), which Spill&apos;s reader would drop</source>
        <translation>der Wert beginnt mit einer Byte-Order-Mark (U+FEFF), die Spill beim Einlesen verwerfen würde</translation>
    </message>
    <message>
        <source>it holds the noncharacter U+%1 (character %2), which Spill&apos;s reader would replace</source>
        <translation>der Wert enthält das Nichtzeichen U+%1 (an Stelle %2), das Spill beim Einlesen ersetzen würde</translation>
    </message>
    <message>
        <source>it holds the character U+%1 (character %2), which Spill cannot keep exactly</source>
        <translation>der Wert enthält das Zeichen U+%1 (an Stelle %2), das Spill nicht exakt übernehmen kann</translation>
    </message>
    <message>
        <source>&quot;headings&quot; must be an object</source>
        <translation>„headings“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;headings.%1&quot; must be a string or null</source>
        <translation>„headings.%1“ muss eine Zeichenkette oder null sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a story&apos;s slug, not &quot;%2&quot;</source>
        <translation>„%1“ muss der Slug einer Geschichte sein, nicht „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date like 2026-12-01, not &quot;%2&quot;</source>
        <translation>„%1“ muss ein Datum wie 2026-12-01 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice; keep the one you mean</source>
        <translation>„%1“ steht zweimal da; behalte den Wert, den du meinst</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>no thumbnail of %1 pixels can be made for %2.%3</source>
        <translation>für %2.%3 kann kein Vorschaubild mit %1 Pixeln erstellt werden</translation>
    </message>
    <message>
        <source>%1: the media file is missing from the library</source>
        <translation>%1: die Mediendatei fehlt in der Bibliothek</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the thumbnail %1 cannot be written (%2)</source>
        <translation>das Vorschaubild %1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>no image or a malformed name</source>
        <translation>kein Bild oder ein fehlerhafter Name</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>encoding failed</source>
        <translation>das Kodieren ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1.%2 is not a stored clip</source>
        <translation>%1.%2 ist kein gespeicherter Clip</translation>
    </message>
    <message>
        <source>%1: no frame at %2 ms</source>
        <translation>%1: kein Einzelbild bei %2 ms</translation>
    </message>
    <message>
        <source>the poster frame %1 cannot be written (%2)</source>
        <translation>das Titelbild %1 kann nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>TransferModule</name>
    <message>
        <source>import, export and publish are not installed (%1)</source>
        <translation>Import, Export und Veröffentlichen sind nicht installiert (%1)</translation>
    </message>
    <message>
        <source>the share kit cannot be painted (%1)</source>
        <translation>das Share-Kit kann nicht gezeichnet werden (%1)</translation>
    </message>
</context>
<context>
    <name>TrashStoriesCommand</name>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>VideoModule</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not Spill&apos;s video module</source>
        <translation>%1 ist nicht das Videomodul von Spill</translation>
    </message>
    <message>
        <source>Spill&apos;s video support is not installed (%1)</source>
        <translation>Die Videounterstützung von Spill ist nicht installiert (%1)</translation>
    </message>
</context>
<context>
    <name>VideoProbe</name>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the frame at %1 ms could not be converted</source>
        <translation>das Einzelbild bei %1 ms konnte nicht umgewandelt werden</translation>
    </message>
    <message>
        <source>probing did not finish within %1 s</source>
        <translation>die Prüfung wurde nicht innerhalb von %1 s fertig</translation>
    </message>
    <message>
        <source>it is not a playable video (%1)</source>
        <translation>die Datei ist kein abspielbares Video (%1)</translation>
    </message>
    <message>
        <source>it has no video track</source>
        <translation>die Datei hat keine Videospur</translation>
    </message>
    <message>
        <source>it ended before a frame was shown</source>
        <translation>das Video endete, bevor ein Bild gezeigt wurde</translation>
    </message>
    <message>
        <source>--frame needs a time in milliseconds</source>
        <translation>--frame braucht eine Zeit in Millisekunden</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>usage: __probe FILE [--frame MS --out PNG]</source>
        <translation>Aufruf: __probe DATEI [--frame MS --out PNG]</translation>
    </message>
    <message>
        <source>the frame could not be written to %1 (%2)</source>
        <translation>das Einzelbild konnte nicht nach %1 geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>encoding failed</source>
        <translation>das Kodieren ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>VideoProber</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no temporary folder for the frame (%1)</source>
        <translation>kein temporärer Ordner für das Einzelbild (%1)</translation>
    </message>
    <message>
        <source>the video probe %1 could not be started (%2)</source>
        <translation>das Videoprüfprogramm %1 konnte nicht gestartet werden (%2)</translation>
    </message>
    <message>
        <source>probing took longer than %1 s and was stopped; the file may be damaged</source>
        <translation>die Prüfung dauerte länger als %1 s und wurde abgebrochen; die Datei ist vielleicht beschädigt</translation>
    </message>
    <message>
        <source>the video probe crashed on this file; it is probably damaged</source>
        <translation>die Videoprüfung ist bei dieser Datei abgestürzt; sie ist wahrscheinlich beschädigt</translation>
    </message>
    <message>
        <source>the video probe gave no answer (exit code %1)</source>
        <translation>die Videoprüfung gab keine Antwort (Exit-Code %1)</translation>
    </message>
    <message>
        <source>the video probe failed</source>
        <translation>die Videoprüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the poster frame could not be read (%1)</source>
        <translation>das Titelbild konnte nicht gelesen werden (%1)</translation>
    </message>
</context>
<context>
    <name>WebPreviewModule</name>
    <message>
        <source>Chromium&apos;s sandbox is off: %1 is set</source>
        <translation>Die Sandbox von Chromium ist aus: %1 ist gesetzt</translation>
    </message>
    <message>
        <source>Spill runs as root, where Chromium refuses its sandbox: the preview runs without it</source>
        <translation>Spill läuft als root, wo Chromium seine Sandbox verweigert: Die Vorschau läuft ohne sie</translation>
    </message>
    <message>
        <source>The browser engine cannot start: this system does not let Chromium build its sandbox (user namespaces are switched off)</source>
        <translation>Die Browser-Engine kann nicht starten: Dieses System lässt Chromium keine Sandbox bauen (User-Namespaces sind abgeschaltet)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not Spill&apos;s web preview module</source>
        <translation>%1 ist nicht Spills Modul für die Web-Vorschau</translation>
    </message>
    <message>
        <source>Spill&apos;s browser engine for the preview is not installed (%1)</source>
        <translation>Spills Browser-Engine für die Vorschau ist nicht installiert (%1)</translation>
    </message>
</context>
<context>
    <name>WindowModule</name>
    <message>
        <source>Spill&apos;s window is not installed (%1)</source>
        <translation>Das Fenster von Spill ist nicht installiert (%1)</translation>
    </message>
</context>
<context>
    <name>WordPress</name>
    <message>
        <source>%1 looks like WordPress, but its REST API does not answer, so Spill cannot publish there: it may be switched off by a plugin</source>
        <translation>%1 sieht nach WordPress aus, aber seine REST-API antwortet nicht, also kann Spill dort nicht veröffentlichen: vielleicht hat ein Plugin sie abgeschaltet</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a WordPress site (no REST API at /wp-json/ or /?rest_route=/)</source>
        <translation>%1 antwortet, ist aber keine WordPress-Website (keine REST-API unter /wp-json/ oder /?rest_route=/)</translation>
    </message>
    <message>
        <source>%1 answered, but not with what WordPress sends (%2)</source>
        <translation>%1 hat geantwortet, aber nicht so, wie WordPress antwortet (%2)</translation>
    </message>
    <message>
        <source>%1 on %2 may not upload files or write posts: give the user the Author role or higher</source>
        <translation>%1 darf auf %2 keine Dateien hochladen oder Beiträge schreiben: gib dem Benutzer die Rolle Autor oder höher</translation>
    </message>
    <message>
        <source>%1 took the file but gave no id for it</source>
        <translation>%1 hat die Datei angenommen, aber keine ID dafür genannt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed (%2): check the address, or the site&apos;s certificate</source>
        <translation>die sichere Verbindung zu %1 ist fehlgeschlagen (%2): prüfe die Adresse oder das Zertifikat der Website</translation>
    </message>
    <message>
        <source>%1 was not found: check the address and the network</source>
        <translation>%1 wurde nicht gefunden: prüfe die Adresse und das Netzwerk</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the address right and the site up?</source>
        <translation>%1 hat die Verbindung abgelehnt: stimmt die Adresse, und läuft die Website?</translation>
    </message>
    <message>
        <source>%1 closed the connection before it answered</source>
        <translation>%1 hat die Verbindung geschlossen, bevor es geantwortet hat</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2)</source>
        <translation>%1 ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>%1 (HTTP status %2)</source>
        <translation>%1 (HTTP-Status %2)</translation>
    </message>
    <message>
        <source>%1 refused the file as too large: its server&apos;s upload limit is lower (HTTP status 413)</source>
        <translation>%1 hat die Datei als zu groß abgelehnt: die Grenze des Servers für Uploads liegt darunter (HTTP-Status 413)</translation>
    </message>
    <message>
        <source>the REST API of %1 is switched off or blocked, so Spill cannot publish there: %2</source>
        <translation>die REST-API von %1 ist abgeschaltet oder gesperrt, also kann Spill dort nicht veröffentlichen: %2</translation>
    </message>
    <message>
        <source>%1 did not accept the user name and application password: %2</source>
        <translation>%1 hat Benutzername und Anwendungspasswort nicht angenommen: %2</translation>
    </message>
    <message>
        <source>%1 does not let this user do that: %2</source>
        <translation>%1 erlaubt diesem Benutzer das nicht: %2</translation>
    </message>
    <message>
        <source>%1 has no such item: %2</source>
        <translation>%1 hat diesen Eintrag nicht: %2</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 hat mit einem Fehler geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times in a row, so Spill stopped: check the site&apos;s address and its redirect rules</source>
        <translation>%1 hat mehr als %2-mal hintereinander weitergeleitet, also hat Spill aufgehört: prüfe die Adresse der Website und ihre Weiterleitungsregeln</translation>
    </message>
    <message>
        <source>%1 sent Spill on to %2, which is not a secure address, so Spill stopped: your application password never goes out unencrypted</source>
        <translation>%1 hat Spill an %2 weitergeschickt, eine unsichere Adresse, also hat Spill aufgehört: dein Anwendungspasswort geht nie unverschlüsselt hinaus</translation>
    </message>
    <message>
        <source>%1 sent Spill on to %2, another server, so Spill stopped: your application password goes to %1 only. If the blog has moved, use its new address</source>
        <translation>%1 hat Spill an %2 weitergeschickt, einen anderen Server, also hat Spill aufgehört: dein Anwendungspasswort geht nur an %1. Ist der Blog umgezogen, nimm seine neue Adresse</translation>
    </message>
</context>
<context>
    <name>WordPressModule</name>
    <message>
        <source>publishing to WordPress is not installed (%1)</source>
        <translation>Veröffentlichen auf WordPress ist nicht installiert (%1)</translation>
    </message>
</context>
<context>
    <name>WordPressPublish</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: %2: %3</source>
        <translation>Geschichte „%1“: %2: %3</translation>
    </message>
    <message>
        <source>preparing the photos and clips</source>
        <translation>beim Vorbereiten der Fotos und Clips</translation>
    </message>
    <message>
        <source>checking %1 on the site</source>
        <translation>beim Prüfen von %1 auf der Website</translation>
    </message>
    <message>
        <source>looking for %1 on the site</source>
        <translation>beim Suchen von %1 auf der Website</translation>
    </message>
    <message>
        <source>From the story “%1” (%2)</source>
        <translation>Aus der Geschichte „%1“ (%2)</translation>
    </message>
    <message>
        <source>setting the alt text and caption of %1</source>
        <translation>beim Setzen von Alternativtext und Bildunterschrift für %1</translation>
    </message>
    <message>
        <source>Uploading the poster of %1 (%2 of %3)</source>
        <translation>Vorschaubild von %1 wird hochgeladen (%2 von %3)</translation>
    </message>
    <message>
        <source>Uploading clip %1 (%2 of %3)</source>
        <translation>Clip %1 wird hochgeladen (%2 von %3)</translation>
    </message>
    <message>
        <source>Uploading photo %1 (%2 of %3)</source>
        <translation>Foto %1 wird hochgeladen (%2 von %3)</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>beim Hochladen von %1</translation>
    </message>
    <message>
        <source>finding or creating the tag &quot;%1&quot;</source>
        <translation>beim Suchen oder Anlegen des Schlagworts „%1“</translation>
    </message>
    <message>
        <source>finding or creating the category &quot;%1&quot;</source>
        <translation>beim Suchen oder Anlegen der Kategorie „%1“</translation>
    </message>
    <message>
        <source>looking for an earlier post of this story</source>
        <translation>beim Suchen eines früheren Beitrags dieser Geschichte</translation>
    </message>
    <message>
        <source>sending the post</source>
        <translation>beim Senden des Beitrags</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: its post %2 is gone from the site: a new post was made</source>
        <translation>Geschichte „%1“: ihr Beitrag %2 ist nicht mehr auf der Website; ein neuer Beitrag wurde angelegt</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: media %2 could not be attached to the post: %3</source>
        <translation>Geschichte „%1“: Mediendatei %2 konnte dem Beitrag nicht zugeordnet werden: %3</translation>
    </message>
</context>
</TS>
