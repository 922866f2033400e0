<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AddTagCommand</name>
    <message>
        <source>Add Tag</source>
        <translation>Aggiungi etichetta</translation>
    </message>
</context>
<context>
    <name>BeatHeading</name>
    <message>
        <source>The plan</source>
        <translation>Il piano</translation>
    </message>
    <message>
        <source>What I was making</source>
        <translation>Cosa stavo preparando</translation>
    </message>
    <message>
        <source>The dream</source>
        <translation>Il sogno</translation>
    </message>
    <message>
        <source>Where it went sideways</source>
        <translation>Dove è andato tutto storto</translation>
    </message>
    <message>
        <source>The moment it turned</source>
        <translation>Il momento della svolta</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Cos&apos;è successo</translation>
    </message>
    <message>
        <source>The rescue</source>
        <translation>Il salvataggio</translation>
    </message>
    <message>
        <source>What I did about it</source>
        <translation>Come ho rimediato</translation>
    </message>
    <message>
        <source>Damage control</source>
        <translation>Limitare i danni</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Cosa ho imparato</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>La prossima volta</translation>
    </message>
    <message>
        <source>The takeaway</source>
        <translation>La lezione</translation>
    </message>
    <message>
        <source>Over to you</source>
        <translation>A voi la parola</translation>
    </message>
    <message>
        <source>Your turn</source>
        <translation>Tocca a voi</translation>
    </message>
    <message>
        <source>Have you been there?</source>
        <translation>Vi è mai successo?</translation>
    </message>
</context>
<context>
    <name>Beats</name>
    <message>
        <source>Intended dish</source>
        <translation>Il piatto previsto</translation>
    </message>
    <message>
        <source>What were you making, and how was it meant to turn out?</source>
        <translation>Cosa stavi preparando e come doveva venire?</translation>
    </message>
    <message>
        <source>Paint the picture you had in your head: the recipe, the occasion, and the look and taste you were after.</source>
        <translation>Descrivi l&apos;immagine che avevi in testa: la ricetta, l&apos;occasione, l&apos;aspetto e il sapore che cercavi.</translation>
    </message>
    <message>
        <source>It was my sister&apos;s birthday, and I wanted a cheese soufflé that rose a proud five centimetres above the ramekin: golden on top, trembling inside, the kind you rush to the table before it sighs.</source>
        <translation>Era il compleanno di mia sorella e volevo un soufflé al formaggio che si alzasse fiero cinque centimetri sopra la cocotte: dorato in cima, tremolante dentro, di quelli da portare in tavola di corsa prima che si sgonfino con un sospiro.</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Cosa è andato storto</translation>
    </message>
    <message>
        <source>When did it go sideways, and what did it look like?</source>
        <translation>Quando è andato storto e com&apos;era?</translation>
    </message>
    <message>
        <source>Name the moment it turned. Readers trust you more when you show the burnt edge than when you only mention it.</source>
        <translation>Indica il momento della svolta. I lettori si fidano di più se mostri il bordo bruciato che se ti limiti a nominarlo.</translation>
    </message>
    <message>
        <source>Twenty minutes in I opened the oven, just to check. A gust of cool air rolled in and the soufflé folded in on itself like a bouncy castle at closing time.</source>
        <translation>Dopo venti minuti ho aperto il forno, solo per dare un&apos;occhiata. È entrata una folata d&apos;aria fresca e il soufflé si è accasciato su se stesso come un castello gonfiabile all&apos;ora di chiusura.</translation>
    </message>
    <message>
        <source>Salvage</source>
        <translation>Salvataggio</translation>
    </message>
    <message>
        <source>What did you do about it? Rescued, reinvented, or binned?</source>
        <translation>Cosa ne hai fatto? Salvato, reinventato o buttato?</translation>
    </message>
    <message>
        <source>Tell readers what happened next: a rescue, a clever reinvention, or an honest trip to the bin.</source>
        <translation>Racconta ai lettori cosa è successo dopo: un salvataggio, una reinvenzione furba o un onesto viaggio nella pattumiera.</translation>
    </message>
    <message>
        <source>I spooned the cheesy puddle onto toast, scattered chives over it and called it soufflé rarebit. My sister asked for seconds, so I am counting it as half a win.</source>
        <translation>Ho versato la pozza di formaggio sul pane tostato, ci ho sparso sopra l&apos;erba cipollina e l&apos;ho chiamato soufflé rarebit. Mia sorella ha fatto il bis, quindi la conto come mezza vittoria.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lezione</translation>
    </message>
    <message>
        <source>What will you do differently next time?</source>
        <translation>Cosa farai diversamente la prossima volta?</translation>
    </message>
    <message>
        <source>Turn the fail into one tip a reader can use tonight. Be specific: a temperature, a time, a tool.</source>
        <translation>Trasforma il disastro in un consiglio che un lettore può usare stasera. Sii preciso: una temperatura, un tempo, un attrezzo.</translation>
    </message>
    <message>
        <source>Keep the oven door shut for the first 25 minutes. If you must look, switch on the oven light: a soufflé needs steady heat until its walls have set.</source>
        <translation>Tieni chiuso lo sportello del forno per i primi 25 minuti. Se proprio devi guardare, accendi la luce del forno: un soufflé ha bisogno di calore costante finché le pareti non si sono rassodate.</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Invito ai lettori</translation>
    </message>
    <message>
        <source>What do you ask your readers?</source>
        <translation>Cosa chiedi ai tuoi lettori?</translation>
    </message>
    <message>
        <source>End with a question readers can answer in the comments, so your fail starts a conversation.</source>
        <translation>Chiudi con una domanda a cui i lettori possano rispondere nei commenti, così il tuo disastro avvia una conversazione.</translation>
    </message>
    <message>
        <source>Which dish humbled you last? Tell me about your most dramatic collapse in the comments, and bonus points for photos.</source>
        <translation>Quale piatto ti ha dato l&apos;ultima lezione di umiltà? Raccontami nei commenti il tuo crollo più drammatico, e punti extra per le foto.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>media: %1</source>
        <translation>media: %1</translation>
    </message>
    <message>
        <source>media: missing %1 (&quot;%2&quot; in the story &quot;%3&quot;); expected in %4</source>
        <translation>media: manca %1 («%2» nella storia «%3»); previsto in %4</translation>
    </message>
    <message>
        <source>a file without a hash</source>
        <translation>un file senza hash</translation>
    </message>
    <message>
        <source>media: leftover temporary file %1 from an interrupted import (not deleted; remove it when no Spill is running)</source>
        <translation>media: file temporaneo residuo %1 di un&apos;importazione interrotta (non eliminato; rimuovilo quando nessuno Spill è in esecuzione)</translation>
    </message>
    <message>
        <source>media: %1 is not used by any story or revision (an interrupted import may have left it; not deleted)</source>
        <translation>media: %1 non è usato da nessuna storia o versione (potrebbe averlo lasciato un&apos;importazione interrotta; non eliminato)</translation>
    </message>
    <message>
        <source>library: %1</source>
        <translation>libreria: %1</translation>
    </message>
    <message numerus="yes">
        <source>media: %n files referenced, all present</source>
        <translation>
            <numerusform>media: %n file referenziato, presente</numerusform>
            <numerusform>media: %n file referenziati, tutti presenti</numerusform>
        </translation>
    </message>
    <message>
        <source>the library file %1 is damaged (see the report above); restore a copy from %2</source>
        <translation>il file della libreria %1 è danneggiato (vedi il rapporto qui sopra); ripristina una copia da %2</translation>
    </message>
    <message>
        <source>the stories&apos; media could not be checked</source>
        <translation>non è stato possibile controllare i media delle storie</translation>
    </message>
    <message>
        <source>the library file %1 is damaged (see the report above), and there is no backup of it in %2</source>
        <translation>il file della libreria %1 è danneggiato (vedi il rapporto qui sopra) e in %2 non ce n&apos;è alcuna copia di sicurezza</translation>
    </message>
    <message numerus="yes">
        <source>%n media files used by stories are missing from the library</source>
        <translation>
            <numerusform>%n file multimediale usato dalle storie manca dalla libreria</numerusform>
            <numerusform>%n file multimediali usati dalle storie mancano dalla libreria</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipRemux</name>
    <message>
        <source>Cannot remux the clip %1: %2</source>
        <translation>Impossibile reimpacchettare la clip %1: %2</translation>
    </message>
    <message>
        <source>it is not an MP4, MOV or WebM video (%1)</source>
        <translation>non è un video MP4, MOV o WebM (%1)</translation>
    </message>
    <message>
        <source>its streams cannot be read (%1)</source>
        <translation>i suoi flussi non si possono leggere (%1)</translation>
    </message>
    <message>
        <source>Spill cannot write .%1 clips</source>
        <translation>Spill non può scrivere clip .%1</translation>
    </message>
    <message>
        <source>it holds no audio or video</source>
        <translation>non contiene né audio né video</translation>
    </message>
    <message>
        <source>it cannot be read to the end (%1)</source>
        <translation>non si riesce a leggerla fino alla fine (%1)</translation>
    </message>
</context>
<context>
    <name>ClipRemuxModule</name>
    <message>
        <source>the clip remux module could not be loaded: %1</source>
        <translation>impossibile caricare il modulo di reimpacchettamento delle clip: %1</translation>
    </message>
    <message>
        <source>Cannot remux the clip %1: %2</source>
        <translation>Impossibile reimpacchettare la clip %1: %2</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <source>Readers need the dish you dreamed of to feel what was at stake.</source>
        <translation>I lettori devono conoscere il piatto che sognavi per sentire cosa c&apos;era in gioco.</translation>
    </message>
    <message>
        <source>This is the moment readers recognise from their own kitchens.</source>
        <translation>È il momento che i lettori riconoscono dalle loro cucine.</translation>
    </message>
    <message>
        <source>What you did next is the useful, often funny part readers remember.</source>
        <translation>Quello che hai fatto dopo è la parte utile, spesso divertente, che i lettori ricordano.</translation>
    </message>
    <message>
        <source>The lesson turns your fail into a tip readers can trust.</source>
        <translation>La lezione trasforma il tuo disastro in un consiglio affidabile per i lettori.</translation>
    </message>
    <message>
        <source>Ending with a question invites readers to share their own fails.</source>
        <translation>Chiudere con una domanda invita i lettori a condividere i propri disastri.</translation>
    </message>
    <message>
        <source>Give your story a title</source>
        <translation>Dai un titolo alla tua storia</translation>
    </message>
    <message>
        <source>The title is the first thing readers see, in feeds and in search results.</source>
        <translation>Il titolo è la prima cosa che i lettori vedono, nei feed e nei risultati di ricerca.</translation>
    </message>
    <message numerus="yes">
        <source>The title is short: %n characters</source>
        <translation>
            <numerusform>Il titolo è corto: %n carattere</numerusform>
            <numerusform>Il titolo è corto: %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>A title of 20 to 70 characters gives readers enough to get curious.</source>
        <translation>Un titolo da 20 a 70 caratteri dice ai lettori abbastanza da incuriosirli.</translation>
    </message>
    <message numerus="yes">
        <source>The title is long: %n characters</source>
        <translation>
            <numerusform>Il titolo è lungo: %n carattere</numerusform>
            <numerusform>Il titolo è lungo: %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>Feeds and search results cut titles after about 70 characters, so readers may miss the end.</source>
        <translation>Feed e risultati di ricerca tagliano i titoli dopo circa 70 caratteri, quindi i lettori potrebbero perderne la fine.</translation>
    </message>
    <message>
        <source>The title length is just right</source>
        <translation>La lunghezza del titolo è perfetta</translation>
    </message>
    <message>
        <source>Titles of 20 to 70 characters show in full wherever readers find them.</source>
        <translation>I titoli da 20 a 70 caratteri si vedono per intero ovunque i lettori li trovino.</translation>
    </message>
    <message>
        <source>Write “%1”</source>
        <translation>Scrivi «%1»</translation>
    </message>
    <message>
        <source>All five beats are written</source>
        <translation>Tutte e cinque le tappe sono scritte</translation>
    </message>
    <message>
        <source>A whole arc, from plan to lesson, is what makes a fail worth reading.</source>
        <translation>Un arco completo, dal piano alla lezione, è ciò che rende un disastro degno di essere letto.</translation>
    </message>
    <message>
        <source>Your fail is on camera</source>
        <translation>Il tuo disastro è in foto</translation>
    </message>
    <message>
        <source>A photo of what went wrong earns more trust than any description.</source>
        <translation>Una foto di ciò che è andato storto ispira più fiducia di qualsiasi descrizione.</translation>
    </message>
    <message>
        <source>Show what went wrong</source>
        <translation>Mostra cosa è andato storto</translation>
    </message>
    <message>
        <source>A photo or clip of the mishap lets readers see it, trust you, and laugh along.</source>
        <translation>Una foto o una clip del disastro permette ai lettori di vederlo, di fidarsi di te e di riderci su con te.</translation>
    </message>
    <message>
        <source>Describe clip %1</source>
        <translation>Descrivi la clip %1</translation>
    </message>
    <message>
        <source>Describe photo %1</source>
        <translation>Descrivi la foto %1</translation>
    </message>
    <message>
        <source>Readers using a screen reader hear this description; if it only decorates, mark it decorative instead.</source>
        <translation>Chi usa uno screen reader ascolta questa descrizione; se l&apos;immagine è solo decorativa, segnala invece come decorativa.</translation>
    </message>
    <message>
        <source>Say what clip %1 shows</source>
        <translation>Di&apos; cosa mostra la clip %1</translation>
    </message>
    <message>
        <source>Say what photo %1 shows</source>
        <translation>Di&apos; cosa mostra la foto %1</translation>
    </message>
    <message>
        <source>A screen reader reads “%1” aloud, which tells a listener nothing about your dish.</source>
        <translation>Uno screen reader legge ad alta voce «%1», che a chi ascolta non dice nulla del tuo piatto.</translation>
    </message>
    <message>
        <source>Every photo and clip is described</source>
        <translation>Ogni foto e ogni clip ha una descrizione</translation>
    </message>
    <message>
        <source>Readers who use a screen reader get the whole story too.</source>
        <translation>Anche chi usa uno screen reader riceve tutta la storia.</translation>
    </message>
    <message>
        <source>Its file says it was changed after it was taken.</source>
        <translation>Il suo file dice che è stata modificata dopo lo scatto.</translation>
    </message>
    <message>
        <source>Its file says %1 changed it after it was taken.</source>
        <translation>Il suo file dice che %1 l&apos;ha modificata dopo lo scatto.</translation>
    </message>
    <message>
        <source>Say why photo %1 is not marked edited</source>
        <translation>Spiega perché la foto %1 non è segnata come modificata</translation>
    </message>
    <message>
        <source>Readers trust a post that says what was changed; if the file is wrong, say why.</source>
        <translation>I lettori si fidano di un post che dice cosa è stato modificato; se il file sbaglia, spiega perché.</translation>
    </message>
    <message>
        <source>The lesson gives readers a tip</source>
        <translation>La lezione dà un consiglio ai lettori</translation>
    </message>
    <message>
        <source>Something to try tonight is what brings readers back.</source>
        <translation>Qualcosa da provare stasera è ciò che fa tornare i lettori.</translation>
    </message>
    <message>
        <source>Turn the lesson into a tip</source>
        <translation>Trasforma la lezione in un consiglio</translation>
    </message>
    <message>
        <source>Readers remember a fail that hands them something to do: a temperature, a time, a “next time, …”.</source>
        <translation>I lettori ricordano un disastro che dà loro qualcosa da fare: una temperatura, un tempo, un «la prossima volta, …».</translation>
    </message>
    <message>
        <source>The lesson names what caused it</source>
        <translation>La lezione dice cosa l&apos;ha causato</translation>
    </message>
    <message>
        <source>Readers see how the change led to the fail, and what to do instead.</source>
        <translation>I lettori vedono come la modifica ha portato al disastro e cosa fare invece.</translation>
    </message>
    <message>
        <source>Link the lesson to what caused it</source>
        <translation>Collega la lezione alla causa</translation>
    </message>
    <message>
        <source>You marked “%1” as what caused the fail: say in the lesson what to do about it.</source>
        <translation>Hai segnato «%1» come causa del disastro: di&apos; nella lezione cosa fare al riguardo.</translation>
    </message>
    <message>
        <source>Your call to action asks a question</source>
        <translation>Il tuo invito ai lettori fa una domanda</translation>
    </message>
    <message>
        <source>A question gives readers an easy way into the comments.</source>
        <translation>Una domanda offre ai lettori un modo facile per entrare nei commenti.</translation>
    </message>
    <message>
        <source>End with a question</source>
        <translation>Chiudi con una domanda</translation>
    </message>
    <message>
        <source>Readers answer questions: ask one and they will share their own fails.</source>
        <translation>I lettori rispondono alle domande: fanne una e ti racconteranno i loro disastri.</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min di lettura</numerusform>
            <numerusform>%n min di lettura</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowing how long a story takes helps readers settle in and read to the end.</source>
        <translation>Sapere quanto dura una storia aiuta i lettori a mettersi comodi e a leggerla fino alla fine.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>there is no library at %1</source>
        <translation>non c&apos;è nessuna libreria in %1</translation>
    </message>
    <message>
        <source>another Spill has the library %1 open; close it and try again. Nothing was changed.</source>
        <translation>un altro Spill ha aperto la libreria %1; chiudilo e riprova. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>the library %1 was saved by a newer version of Spill; update Spill to change it. Nothing was changed.</source>
        <translation>la libreria %1 è stata salvata da una versione più recente di Spill; aggiorna Spill per modificarla. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>the library folder %1 cannot be written. Nothing was changed.</source>
        <translation>non si può scrivere nella cartella della libreria %1. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>there is no story &quot;%1&quot; in the library %2 (see &apos;spill list&apos;)</source>
        <translation>non c&apos;è nessuna storia «%1» nella libreria %2 (vedi &apos;spill list&apos;)</translation>
    </message>
    <message>
        <source>Try &apos;spill --help&apos; for more information.</source>
        <translation>Prova &apos;spill --help&apos; per maggiori informazioni.</translation>
    </message>
    <message>
        <source>the window cannot be opened from here</source>
        <translation>da qui non si può aprire la finestra</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>l&apos;opzione &apos;%1&apos; richiede un valore</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; does not apply to &apos;%2&apos;</source>
        <translation>l&apos;opzione &apos;%1&apos; non vale per &apos;%2&apos;</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a command before it</source>
        <translation>l&apos;opzione &apos;%1&apos; richiede prima un comando</translation>
    </message>
    <message>
        <source>option &apos;--library&apos; needs a folder</source>
        <translation>l&apos;opzione &apos;--library&apos; richiede una cartella</translation>
    </message>
    <message>
        <source>option &apos;--limit&apos; needs a whole number above zero, not &apos;%1&apos;</source>
        <translation>l&apos;opzione &apos;--limit&apos; richiede un numero intero maggiore di zero, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos; (choose from %2)</source>
        <translation>formato di esportazione sconosciuto &apos;%1&apos; (scegli tra %2)</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (choose from draft, publish)</source>
        <translation>stato sconosciuto &apos;%1&apos; (scegli tra draft, publish)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for &apos;%2&apos;</source>
        <translation>opzione sconosciuta &apos;%1&apos; per &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opzione sconosciuta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no argument &apos;%2&apos;</source>
        <translation>&apos;%1&apos; non accetta l&apos;argomento &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;import&apos; needs at least one story file (FILE.json)</source>
        <translation>&apos;import&apos; richiede almeno un file di storia (FILE.json)</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs words to look for</source>
        <translation>&apos;search&apos; richiede delle parole da cercare</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --format (%1)</source>
        <translation>&apos;export&apos; richiede --format (%1)</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --out DIR, the folder to write into</source>
        <translation>&apos;export&apos; richiede --out CARTELLA, la cartella in cui scrivere</translation>
    </message>
    <message>
        <source>&apos;export&apos; takes either --all or story slugs, not both</source>
        <translation>&apos;export&apos; accetta --all oppure gli slug delle storie, non entrambi</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --all or the slugs of the stories to export</source>
        <translation>&apos;export&apos; richiede --all o gli slug delle storie da esportare</translation>
    </message>
    <message>
        <source>&apos;--theme&apos; applies to the html formats, not &apos;%1&apos;</source>
        <translation>&apos;--theme&apos; vale per i formati html, non per &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;--share-kit&apos; applies to the markdown and html formats, not &apos;json&apos;</source>
        <translation>&apos;--share-kit&apos; vale per i formati markdown e html, non per &apos;json&apos;</translation>
    </message>
    <message>
        <source>&apos;publish&apos; needs --site URL, the WordPress site&apos;s address</source>
        <translation>&apos;publish&apos; richiede --site URL, l&apos;indirizzo del sito WordPress</translation>
    </message>
    <message>
        <source>&apos;--site&apos; needs an http or https address, not &apos;%1&apos;</source>
        <translation>&apos;--site&apos; richiede un indirizzo http o https, non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;publish&apos; needs --user NAME, the WordPress user</source>
        <translation>&apos;publish&apos; richiede --user NAME, l&apos;utente WordPress</translation>
    </message>
    <message>
        <source>&apos;publish&apos; takes either --all or story slugs, not both</source>
        <translation>&apos;publish&apos; accetta --all oppure gli slug delle storie, non entrambi</translation>
    </message>
    <message>
        <source>&apos;publish&apos; needs --all or the slugs of the stories to publish</source>
        <translation>&apos;publish&apos; richiede --all o gli slug delle storie da pubblicare</translation>
    </message>
    <message>
        <source>add stories from spill-story/1 JSON files</source>
        <translation>aggiungere storie da file JSON spill-story/1</translation>
    </message>
    <message>
        <source>list the stories in the library</source>
        <translation>elencare le storie della libreria</translation>
    </message>
    <message>
        <source>one JSON array, every field</source>
        <translation>un array JSON con tutti i campi</translation>
    </message>
    <message>
        <source>find stories by title, dish, beats and tags</source>
        <translation>trovare storie per titolo, piatto, tappe ed etichette</translation>
    </message>
    <message>
        <source>one JSON array of the hits</source>
        <translation>un array JSON dei risultati</translation>
    </message>
    <message>
        <source>at most N hits (20)</source>
        <translation>al massimo N risultati (20)</translation>
    </message>
    <message>
        <source>write stories as posts or spill-story/1 files</source>
        <translation>scrivere storie come post o file spill-story/1</translation>
    </message>
    <message>
        <source>markdown, hugo, jekyll, html, html-single or json</source>
        <translation>markdown, hugo, jekyll, html, html-single o json</translation>
    </message>
    <message>
        <source>the folder to write into</source>
        <translation>la cartella in cui scrivere</translation>
    </message>
    <message>
        <source>the html formats&apos; theme</source>
        <translation>il tema dei formati html</translation>
    </message>
    <message>
        <source>the blog takes comments, so posts invite them</source>
        <translation>il blog accetta commenti e i post li invitano</translation>
    </message>
    <message>
        <source>pin and square images, alt text and a social caption in _share-kit/SLUG/</source>
        <translation>immagini pin e quadrate, testo alternativo e didascalia social in _share-kit/SLUG/</translation>
    </message>
    <message>
        <source>every story, or name them</source>
        <translation>tutte le storie, oppure indicale</translation>
    </message>
    <message>
        <source>publish stories to a WordPress site; the application password is read from SPILL_WP_APP_PASSWORD or the keyring</source>
        <translation>pubblicare storie su un sito WordPress; la password per le applicazioni si legge da SPILL_WP_APP_PASSWORD o dal portachiavi</translation>
    </message>
    <message>
        <source>the site&apos;s address</source>
        <translation>l&apos;indirizzo del sito</translation>
    </message>
    <message>
        <source>the WordPress user</source>
        <translation>l&apos;utente WordPress</translation>
    </message>
    <message>
        <source>draft (the default) or publish</source>
        <translation>draft (predefinito) o publish</translation>
    </message>
    <message>
        <source>open the posts to comments</source>
        <translation>aprire i post ai commenti</translation>
    </message>
    <message>
        <source>check the library&apos;s integrity</source>
        <translation>verificare l&apos;integrità della libreria</translation>
    </message>
    <message>
        <source>use the library in DIR instead of the default</source>
        <translation>usare la libreria in DIR invece di quella predefinita</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>mostrare questo aiuto</translation>
    </message>
    <message>
        <source>show Spill&apos;s version</source>
        <translation>mostrare la versione di Spill</translation>
    </message>
    <message>
        <source>Spill turns a kitchen mishap into an honest, well-told post.</source>
        <translation>Spill trasforma un disastro in cucina in un post onesto e ben raccontato.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opzioni:</translation>
    </message>
    <message>
        <source>See &apos;man spill&apos; for every command&apos;s options.</source>
        <translation>Tutte le opzioni di ogni comando: &apos;man spill&apos;.</translation>
    </message>
    <message>
        <source>with no command: open the window on a new story</source>
        <translation>senza comando: aprire la finestra su una nuova storia</translation>
    </message>
    <message>
        <source>Usage: spill [--library DIR] [--new-story] [COMMAND | FILE.json...]</source>
        <translation>Uso: spill [--library DIR] [--new-story] [COMANDO | FILE.json...]</translation>
    </message>
    <message>
        <source>With no command, Spill opens its window; story files named instead (FILE.json) are offered for import there.</source>
        <translation>Senza comando, Spill apre la sua finestra; i file di storia indicati al suo posto (FILE.json) vi sono proposti per l&apos;importazione.</translation>
    </message>
</context>
<context>
    <name>ContainerProbe</name>
    <message>
        <source>it is not an MP4, MOV or WebM video (%1)</source>
        <translation>non è un video MP4, MOV o WebM (%1)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria esaurita</translation>
    </message>
</context>
<context>
    <name>DuplicateStoryCommand</name>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Story &quot;%1&quot;: another story in this export already uses the slug &quot;%2&quot;</source>
        <translation>Storia «%1»: un&apos;altra storia in questa esportazione usa già lo slug «%2»</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: a Jekyll post needs a date (the field created)</source>
        <translation>Storia «%1»: un post Jekyll richiede una data (il campo created)</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: the media file %2 is missing</source>
        <translation>Storia «%1»: manca il file multimediale %2</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: %2</source>
        <translation>Storia «%1»: %2</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: the slug &quot;%2&quot; is not a safe file name (lowercase letters, digits and hyphens)</source>
        <translation>Storia «%1»: lo slug «%2» non è un nome di file sicuro (lettere minuscole, cifre e trattini)</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: the clip %2: %3</source>
        <translation>Storia «%1»: la clip %2: %3</translation>
    </message>
    <message>
        <source>Caused it</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>The recipe said</source>
        <translation>La ricetta diceva</translation>
    </message>
    <message>
        <source>I did</source>
        <translation>Io ho fatto</translation>
    </message>
    <message>
        <source>The fail</source>
        <translation>Il disastro</translation>
    </message>
    <message>
        <source>What I changed</source>
        <translation>Cosa ho cambiato</translation>
    </message>
    <message>
        <source>edited: %1</source>
        <translation>modificata: %1</translation>
    </message>
    <message>
        <source>edited with %1</source>
        <translation>modificata con %1</translation>
    </message>
    <message>
        <source>edited after it was taken</source>
        <translation>modificata dopo lo scatto</translation>
    </message>
    <message>
        <source>A clip</source>
        <translation>Una clip</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>Una foto</translation>
    </message>
    <message>
        <source>No capture time:</source>
        <translation>Senza orario di scatto:</translation>
    </message>
    <message>
        <source>How it unfolded</source>
        <translation>Com&apos;è andata</translation>
    </message>
    <message>
        <source>The fixed recipe</source>
        <translation>La ricetta corretta</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingredienti</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Procedimento</translation>
    </message>
    <message>
        <source>The recipe as it should be cooked, corrected after the fail told in “%1”.</source>
        <translation>La ricetta come andrebbe preparata, corretta dopo il disastro raccontato in «%1».</translation>
    </message>
    <message>
        <source>Redeemed:</source>
        <translation>Riscattato:</translation>
    </message>
    <message>
        <source>I tried again</source>
        <translation>Ci ho riprovato</translation>
    </message>
    <message>
        <source>Where this began:</source>
        <translation>Dove è cominciato tutto:</translation>
    </message>
    <message>
        <source>an earlier fail</source>
        <translation>un disastro precedente</translation>
    </message>
    <message>
        <source>Nothing written about this yet.</source>
        <translation>Qui non c&apos;è ancora niente.</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Consiglio</translation>
    </message>
    <message>
        <source>Tell me in the comments.</source>
        <translation>Raccontatemelo nei commenti.</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>Piatto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>The recipe I followed</source>
        <translation>La ricetta che ho seguito</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>Nelle intenzioni</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Nella realtà</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Clip too large to embed.</source>
        <translation>Clip troppo grande da incorporare.</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: the share kit&apos;s %2 could not be encoded as JPEG</source>
        <translation>Storia «%1»: impossibile codificare in JPEG %2 del kit di condivisione</translation>
    </message>
    <message>
        <source>The theme name &quot;%1&quot; is not valid</source>
        <translation>Il nome del tema «%1» non è valido</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>There is no theme called &quot;%1&quot; in %2</source>
        <translation>In %2 non c&apos;è nessun tema chiamato «%1»</translation>
    </message>
    <message>
        <source>Cannot read the photo %1: %2</source>
        <translation>Impossibile leggere la foto %1: %2</translation>
    </message>
    <message>
        <source>Cannot encode the photo %1: %2</source>
        <translation>Impossibile codificare la foto %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportChanges</name>
    <message>
        <source>the photo %1 is renamed %2</source>
        <translation>la foto %1 viene rinominata %2</translation>
    </message>
    <message>
        <source>the photo %1 is scaled down from %2 to %3</source>
        <translation>la foto %1 viene ridotta da %2 a %3</translation>
    </message>
    <message>
        <source>the photo %1 loses its metadata (EXIF, GPS location, camera)</source>
        <translation>la foto %1 perde i suoi metadati (EXIF, posizione GPS, fotocamera)</translation>
    </message>
    <message>
        <source>the clip %1 is larger than %2 MB and is not embedded: its poster frame stands in, with a note</source>
        <translation>la clip %1 supera i %2 MB e non viene incorporata: al suo posto c&apos;è il fotogramma di copertina, con una nota</translation>
    </message>
    <message>
        <source>the clip %1 is renamed %2</source>
        <translation>la clip %1 viene rinominata %2</translation>
    </message>
    <message>
        <source>the clip %1 loses its metadata (location, dates, device, chapters)</source>
        <translation>la clip %1 perde i suoi metadati (luogo, date, dispositivo, capitoli)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>change: story &quot;%1&quot;: %2</source>
        <translation>modifica: storia «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ExportSink</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Refusing to write %1: the path is not a plain name inside the output folder</source>
        <translation>Scrittura di %1 rifiutata: il percorso non è un semplice nome dentro la cartella di destinazione</translation>
    </message>
    <message>
        <source>Refusing to write %1: it leads outside the output folder</source>
        <translation>Scrittura di %1 rifiutata: porta fuori dalla cartella di destinazione</translation>
    </message>
    <message>
        <source>Refusing to write %1: something other than a file is in the way</source>
        <translation>Scrittura di %1 rifiutata: al suo posto c&apos;è già qualcosa che non è un file</translation>
    </message>
    <message>
        <source>Refusing to overwrite %1: Spill did not write that file</source>
        <translation>Sovrascrittura di %1 rifiutata: quel file non l&apos;ha scritto Spill</translation>
    </message>
    <message>
        <source>Cannot record %1 in %2: %3</source>
        <translation>Impossibile registrare %1 in %2: %3</translation>
    </message>
    <message>
        <source>rename failed</source>
        <translation>rinomina non riuscita</translation>
    </message>
    <message>
        <source>Cannot flush the files in %1 to disk</source>
        <translation>Impossibile salvare su disco i file in %1</translation>
    </message>
    <message>
        <source>Refusing to export: %1 is a symbolic link, not Spill&apos;s list of the files it wrote there</source>
        <translation>Esportazione rifiutata: %1 è un collegamento simbolico, non l&apos;elenco dei file che Spill vi ha scritto</translation>
    </message>
    <message>
        <source>Refusing to export: %1 is a folder, not Spill&apos;s list of the files it wrote there</source>
        <translation>Esportazione rifiutata: %1 è una cartella, non l&apos;elenco dei file che Spill vi ha scritto</translation>
    </message>
    <message>
        <source>Refusing to export: %1 is a named pipe, not Spill&apos;s list of the files it wrote there</source>
        <translation>Esportazione rifiutata: %1 è una pipe con nome, non l&apos;elenco dei file che Spill vi ha scritto</translation>
    </message>
    <message>
        <source>Refusing to export: %1 is a device or a socket, not Spill&apos;s list of the files it wrote there</source>
        <translation>Esportazione rifiutata: %1 è un dispositivo o un socket, non l&apos;elenco dei file che Spill vi ha scritto</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Impossibile creare la cartella %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1: cannot be stored: %2</source>
        <translation>%1: impossibile salvarlo: %2</translation>
    </message>
    <message>
        <source>%1: the story &quot;%2&quot; that redeemed it is not in this library; imported without that link</source>
        <translation>%1: la storia «%2» che lo ha riscattato non è in questa libreria; importato senza quel collegamento</translation>
    </message>
    <message>
        <source>%1: is not a file</source>
        <translation>%1: non è un file</translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1: il file non esiste</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: impossibile leggerlo (%2)</translation>
    </message>
    <message>
        <source>%1: media file &quot;%2&quot; does not exist (looked for %3)</source>
        <translation>%1: il file multimediale «%2» non esiste (cercato in %3)</translation>
    </message>
    <message>
        <source>%1: media file &quot;%2&quot; was refused: %3</source>
        <translation>%1: il file multimediale «%2» è stato rifiutato: %3</translation>
    </message>
    <message>
        <source>%1. Nothing was imported; see &apos;spill check&apos;.</source>
        <translation>%1. Non è stato importato nulla; vedi &apos;spill check&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files not imported; nothing was taken from them</source>
        <translation>
            <numerusform>File non importati: %1 su %n; non ne è stato preso nulla</numerusform>
            <numerusform>File non importati: %1 su %n; non ne è stato preso nulla</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; as &quot;%2&quot;</source>
        <translation>«%1» come «%2»</translation>
    </message>
    <message>
        <source>%1: tags kept in the library&apos;s spelling: %2</source>
        <translation>%1: etichette mantenute nella grafia della libreria: %2</translation>
    </message>
</context>
<context>
    <name>JsonExportCommand</name>
    <message>
        <source>%1: the media file &quot;%2&quot; (%3) is missing from the library; run &apos;spill check&apos;</source>
        <translation>%1: il file multimediale «%2» (%3) manca dalla libreria; esegui &apos;spill check&apos;</translation>
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
        <translation>il portachiavi di sistema non ha risposto</translation>
    </message>
    <message>
        <source>there is no system keyring (%1)</source>
        <translation>non c&apos;è nessun portachiavi di sistema (%1)</translation>
    </message>
    <message>
        <source>the system keyring refused access (%1)</source>
        <translation>il portachiavi di sistema ha negato l&apos;accesso (%1)</translation>
    </message>
    <message>
        <source>the system keyring failed (%1)</source>
        <translation>errore del portachiavi di sistema (%1)</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>non si può leggere: %1</translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <translation>non è un database SQLite</translation>
    </message>
    <message>
        <source>has a damaged header</source>
        <translation>ha l&apos;intestazione danneggiata</translation>
    </message>
    <message>
        <source>is truncated or damaged</source>
        <translation>è troncato o danneggiato</translation>
    </message>
    <message>
        <source>The library %1 is open read-only.</source>
        <translation>La libreria %1 è aperta in sola lettura.</translation>
    </message>
    <message>
        <source>Another Spill has the library %1 open. It is shown read-only here; close the other Spill to edit.</source>
        <translation>Un altro Spill ha aperto la libreria %1. Qui è mostrata in sola lettura; chiudi l&apos;altro Spill per modificarla.</translation>
    </message>
    <message>
        <source>The library %1 was saved by a newer version of Spill. It is shown read-only and will not be changed; update Spill to edit it.</source>
        <translation>La libreria %1 è stata salvata da una versione più recente di Spill. È mostrata in sola lettura e non verrà modificata; aggiorna Spill per modificarla.</translation>
    </message>
    <message>
        <source>The library folder %1 cannot be written. It is shown read-only.</source>
        <translation>Non si può scrivere nella cartella della libreria %1. È mostrata in sola lettura.</translation>
    </message>
    <message>
        <source>The disk holding the library file %1 is full (%2): SQLite needs room beside it even to read it. Free some space and try again. Nothing was changed.</source>
        <translation>Il disco che contiene il file della libreria %1 è pieno (%2): SQLite ha bisogno di spazio accanto al file anche solo per leggerlo. Libera un po&apos; di spazio e riprova. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Cannot create the library folder %1</source>
        <translation>Impossibile creare la cartella della libreria %1</translation>
    </message>
    <message>
        <source>There is no library at %1</source>
        <translation>Non c&apos;è nessuna libreria in %1</translation>
    </message>
    <message>
        <source>The library file %1 is empty (0 bytes). It was left untouched; restore a copy from %2, or remove it to start a new library here.</source>
        <translation>Il file della libreria %1 è vuoto (0 byte). Non è stato toccato; ripristina una copia da %2 oppure rimuovilo per avviare qui una nuova libreria.</translation>
    </message>
    <message>
        <source>The library file %1 %2. It was left untouched.</source>
        <translation>Il file della libreria %1 %2. Non è stato toccato.</translation>
    </message>
    <message>
        <source>The library %1 is being created by another Spill</source>
        <translation>Un altro Spill sta creando la libreria %1</translation>
    </message>
    <message>
        <source>The library %1 is empty and cannot be created here</source>
        <translation>La libreria %1 è vuota e non può essere creata qui</translation>
    </message>
    <message>
        <source>Cannot create the library file %1: %2</source>
        <translation>Impossibile creare il file della libreria %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the library file %1: %2</source>
        <translation>Impossibile aprire il file della libreria %1: %2</translation>
    </message>
    <message>
        <source>The library %1 is in a read-only folder and has changes SQLite can only read where it may write (%2-wal). Open it once where the folder can be written. Nothing was changed.</source>
        <translation>La libreria %1 si trova in una cartella in sola lettura e contiene modifiche che SQLite può leggere solo dove può scrivere (%2-wal). Aprila una volta in un punto in cui la cartella sia scrivibile. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The library %1 is in a read-only folder and cannot be read: %2. Nothing was changed.</source>
        <translation>La libreria %1 si trova in una cartella in sola lettura e non si può leggere: %2. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The library file %1 is damaged or not a Spill library: %2</source>
        <translation>Il file della libreria %1 è danneggiato o non è una libreria di Spill: %2</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a Spill library. It was left untouched.</source>
        <translation>Il file %1 è un database SQLite ma non una libreria di Spill. Non è stato toccato.</translation>
    </message>
    <message>
        <source>The library %1 needs an upgrade, which cannot be done while it is read-only</source>
        <translation>La libreria %1 va aggiornata, ma non si può fare finché è in sola lettura</translation>
    </message>
    <message>
        <source>Cannot upgrade the library %1: %2</source>
        <translation>Impossibile aggiornare la libreria %1: %2</translation>
    </message>
    <message>
        <source>The daily backup of %1 failed: %2</source>
        <translation>Il backup giornaliero di %1 non è riuscito: %2</translation>
    </message>
    <message>
        <source>the library is open read-only</source>
        <translation>la libreria è aperta in sola lettura</translation>
    </message>
    <message>
        <source>integrity_check failed: %1</source>
        <translation>integrity_check non riuscito: %1</translation>
    </message>
    <message>
        <source>foreign_key_check failed: %1</source>
        <translation>foreign_key_check non riuscito: %1</translation>
    </message>
    <message>
        <source>the library file is damaged</source>
        <translation>il file della libreria è danneggiato</translation>
    </message>
    <message>
        <source> (and %1 more findings)</source>
        <translation> (e altri %1 problemi rilevati)</translation>
    </message>
    <message>
        <source>cannot read which media files are used</source>
        <translation>impossibile leggere quali file multimediali sono in uso</translation>
    </message>
    <message>
        <source>there is no story with id %1</source>
        <translation>non c&apos;è nessuna storia con id %1</translation>
    </message>
    <message>
        <source>cannot save a revision of story %1</source>
        <translation>impossibile salvare una versione della storia %1</translation>
    </message>
    <message>
        <source>cannot list the revisions of story %1</source>
        <translation>impossibile elencare le versioni della storia %1</translation>
    </message>
    <message>
        <source>cannot read revision %1</source>
        <translation>impossibile leggere la versione %1</translation>
    </message>
    <message>
        <source>there is no such revision</source>
        <translation>questa versione non esiste</translation>
    </message>
    <message>
        <source>the snapshot is damaged</source>
        <translation>l&apos;istantanea è danneggiata</translation>
    </message>
    <message>
        <source>cannot restore revision %1</source>
        <translation>impossibile ripristinare la versione %1</translation>
    </message>
    <message>
        <source>cannot search for &quot;%1&quot;</source>
        <translation>impossibile cercare «%1»</translation>
    </message>
    <message>
        <source>cannot read where story %1 was published</source>
        <translation>impossibile leggere dove è stata pubblicata la storia %1</translation>
    </message>
    <message>
        <source>cannot read the files uploaded to %1</source>
        <translation>impossibile leggere i file caricati su %1</translation>
    </message>
    <message>
        <source>cannot record where story %1 was published</source>
        <translation>impossibile registrare dove è stata pubblicata la storia %1</translation>
    </message>
    <message>
        <source>no site or post</source>
        <translation>nessun sito o post</translation>
    </message>
    <message>
        <source>there is no such story</source>
        <translation>questa storia non esiste</translation>
    </message>
    <message>
        <source>cannot record the files uploaded to %1</source>
        <translation>impossibile registrare i file caricati su %1</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>nessun sito</translation>
    </message>
    <message>
        <source>cannot count fails by kind</source>
        <translation>impossibile contare i disastri per tipo</translation>
    </message>
    <message>
        <source>cannot count fails by month</source>
        <translation>impossibile contare i disastri per mese</translation>
    </message>
    <message>
        <source>cannot count redemptions</source>
        <translation>impossibile contare i riscatti</translation>
    </message>
    <message>
        <source>cannot count outcomes</source>
        <translation>impossibile contare gli esiti</translation>
    </message>
    <message>
        <source>cannot look for a story on this day</source>
        <translation>impossibile cercare una storia di questo giorno</translation>
    </message>
    <message>
        <source>cannot create a story</source>
        <translation>impossibile creare una storia</translation>
    </message>
    <message>
        <source>cannot create the story &quot;%1&quot;</source>
        <translation>impossibile creare la storia «%1»</translation>
    </message>
    <message>
        <source>cannot read story %1</source>
        <translation>impossibile leggere la storia %1</translation>
    </message>
    <message>
        <source>cannot read story &quot;%1&quot;</source>
        <translation>impossibile leggere la storia «%1»</translation>
    </message>
    <message>
        <source>cannot save story %1 &quot;%2&quot;</source>
        <translation>impossibile salvare la storia %1 «%2»</translation>
    </message>
    <message>
        <source>cannot add the tag &quot;%1&quot;</source>
        <translation>impossibile aggiungere l&apos;etichetta «%1»</translation>
    </message>
    <message>
        <source>not a valid tag</source>
        <translation>etichetta non valida</translation>
    </message>
    <message>
        <source>cannot remove the tag &quot;%1&quot;</source>
        <translation>impossibile rimuovere l&apos;etichetta «%1»</translation>
    </message>
    <message>
        <source>cannot list tags</source>
        <translation>impossibile elencare le etichette</translation>
    </message>
    <message>
        <source>cannot list stories</source>
        <translation>impossibile elencare le storie</translation>
    </message>
    <message>
        <source>cannot count stories</source>
        <translation>impossibile contare le storie</translation>
    </message>
    <message>
        <source>cannot move story %1 to the trash</source>
        <translation>impossibile spostare la storia %1 nel cestino</translation>
    </message>
    <message>
        <source>cannot restore story %1 from the trash</source>
        <translation>impossibile ripristinare la storia %1 dal cestino</translation>
    </message>
    <message>
        <source>cannot empty the trash</source>
        <translation>impossibile svuotare il cestino</translation>
    </message>
    <message>
        <source>The library %1 cannot be created: the disk holding it is full (%2). Free some space, or choose another folder.</source>
        <translation>La libreria %1 non può essere creata: il disco che la contiene è pieno (%2). Libera spazio o scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>The library file %1 is empty (0 bytes), and there is no backup of it in %2. It was left untouched; remove it to start a new library here.</source>
        <translation>Il file della libreria %1 è vuoto (0 byte) e in %2 non ce n&apos;è alcuna copia di sicurezza. Non è stato modificato; rimuovilo per creare qui una nuova libreria.</translation>
    </message>
</context>
<context>
    <name>LibraryOpener</name>
    <message>
        <source>Spill cannot open this library</source>
        <translation>Spill non riesce ad aprire questa libreria</translation>
    </message>
    <message>
        <source>Choose Another Folder…</source>
        <translation>Scegli un&apos;altra cartella…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Choose a Folder for the Library</source>
        <translation>Scegli una cartella per la libreria</translation>
    </message>
    <message>
        <source>%1

Nothing in that folder was changed. Choose another folder for the library (an empty one starts a new library), or quit and free some space or fix the folder&apos;s permissions first.</source>
        <translation>%1

In quella cartella non è stato modificato nulla. Scegli un&apos;altra cartella per la libreria (una vuota avvia una nuova libreria), oppure esci e prima libera un po&apos; di spazio o sistema i permessi della cartella.</translation>
    </message>
</context>
<context>
    <name>MediaImporter</name>
    <message>
        <source>%1: the import was cancelled</source>
        <translation>%1: l&apos;importazione è stata annullata</translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <source>the JPEG data is truncated or damaged</source>
        <translation>i dati JPEG sono troncati o danneggiati</translation>
    </message>
    <message>
        <source>%1: its duration is unknown, so it cannot be checked against the limit of %2 minutes</source>
        <translation>%1: la durata è sconosciuta, quindi non si può confrontare con il limite di %2 minuti</translation>
    </message>
    <message>
        <source>%1: it lasts %2 s; Spill takes clips of up to %3 minutes</source>
        <translation>%1: dura %2 s; Spill accetta clip fino a %3 minuti</translation>
    </message>
    <message>
        <source>%1 is not a media hash</source>
        <translation>%1 non è un hash di media</translation>
    </message>
    <message>
        <source>%1 cannot be deleted (%2)</source>
        <translation>impossibile eliminare %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Spill takes JPEG, PNG and WebP photos and MP4, WebM and MOV videos only</source>
        <translation>Spill accetta solo foto JPEG, PNG e WebP e video MP4, WebM e MOV</translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation>il file non esiste più</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>non è un file normale</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>it is %1 MB; Spill takes files of up to %2 MB</source>
        <translation>pesa %1 MB; Spill accetta file fino a %2 MB</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>non si può leggere (%1)</translation>
    </message>
    <message>
        <source>its content is not a JPEG, PNG or WebP image</source>
        <translation>il contenuto non è un&apos;immagine JPEG, PNG o WebP</translation>
    </message>
    <message>
        <source>its content is not an MP4, WebM or MOV video</source>
        <translation>il contenuto non è un video MP4, WebM o MOV</translation>
    </message>
    <message>
        <source>the library&apos;s media folder %1 cannot be created</source>
        <translation>impossibile creare la cartella dei media della libreria %1</translation>
    </message>
    <message>
        <source>the library&apos;s media folder %1 is not writable (%2)</source>
        <translation>la cartella dei media della libreria %1 non è scrivibile (%2)</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>l&apos;importazione è stata annullata</translation>
    </message>
    <message>
        <source>reading failed (%1)</source>
        <translation>lettura non riuscita (%1)</translation>
    </message>
    <message>
        <source>copying into %1 failed (%2)</source>
        <translation>copia in %1 non riuscita (%2)</translation>
    </message>
    <message>
        <source>it cannot be stored as %1 (%2)</source>
        <translation>non si può salvare come %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PhotoDecode</name>
    <message>
        <source>it is not a readable %1 image (%2)</source>
        <translation>non è un&apos;immagine %1 leggibile (%2)</translation>
    </message>
    <message>
        <source>its header gives no valid size</source>
        <translation>l&apos;intestazione non indica dimensioni valide</translation>
    </message>
    <message>
        <source>its header claims %1 x %2 pixels, more than the %3 megapixels Spill accepts</source>
        <translation>la sua intestazione dichiara %1 x %2 pixel, più dei %3 megapixel che Spill accetta</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>non si può aprire (%1)</translation>
    </message>
    <message>
        <source>it cannot be decoded (%1)</source>
        <translation>non si può decodificare (%1)</translation>
    </message>
</context>
<context>
    <name>PhotoMetadataModule</name>
    <message>
        <source>the photo metadata module could not be loaded: %1</source>
        <translation>impossibile caricare il modulo dei metadati delle foto: %1</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>the keyring has none for %1 on this site</source>
        <translation>il portachiavi non ne ha nessuna per %1 su questo sito</translation>
    </message>
    <message>
        <source>no application password for %1 (%2): set SPILL_WP_APP_PASSWORD to one made in WordPress under Users &gt; Profile &gt; Application Passwords, or keep it in the keyring from Spill&apos;s Preferences</source>
        <translation>nessuna password per le applicazioni per %1 (%2): imposta SPILL_WP_APP_PASSWORD su una password creata in WordPress in Utenti &gt; Profilo &gt; Password per le applicazioni, oppure conservala nel portachiavi dalle Preferenze di Spill</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>Story &quot;%1&quot;: the clip %2 has no poster frame (%3)</source>
        <translation>Storia «%1»: la clip %2 non ha un fotogramma di copertina (%3)</translation>
    </message>
    <message>
        <source>The format %1 has no preview</source>
        <translation>Il formato %1 non ha un&apos;anteprima</translation>
    </message>
    <message>
        <source>Story %1 could not be loaded: %2</source>
        <translation>Impossibile caricare la storia %1: %2</translation>
    </message>
    <message>
        <source>The format %1 cannot be exported</source>
        <translation>Il formato %1 non si può esportare</translation>
    </message>
    <message>
        <source>there is no theme called &quot;%1&quot;; the themes are: %2 (your own go in %3)</source>
        <translation>non c&apos;è nessun tema chiamato «%1»; i temi sono: %2 (i tuoi vanno in %3)</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>no story matches &quot;%1&quot;</source>
        <translation>nessuna storia corrisponde a «%1»</translation>
    </message>
</context>
<context>
    <name>SiteCheck</name>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Connesso a %1 come %2.</translation>
    </message>
</context>
<context>
    <name>SitePassword</name>
    <message>
        <source>The system keyring has no application password for %1.</source>
        <translation>Il portachiavi di sistema non ha nessuna password per le applicazioni per %1.</translation>
    </message>
    <message>
        <source>Spill keeps application passwords in the system keyring, but %1. It asks each time and keeps the password only while it publishes.</source>
        <translation>Spill conserva le password per le applicazioni nel portachiavi di sistema, ma %1. Te la chiede ogni volta e la tiene solo mentre pubblica.</translation>
    </message>
    <message>
        <source>Application Password</source>
        <translation>Password per le applicazioni</translation>
    </message>
    <message>
        <source>%1

Application password for %2 (WordPress: Users &gt; Profile &gt; Application Passwords):</source>
        <translation>%1

Password per le applicazioni per %2 (WordPress: Utenti &gt; Profilo &gt; Password per le applicazioni):</translation>
    </message>
    <message>
        <source>The application password for %1 is kept in the system keyring.</source>
        <translation>La password per le applicazioni per %1 è conservata nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>The application password for %1 could not be kept: %2. Spill will ask for it when it publishes.</source>
        <translation>Non è stato possibile conservare la password per le applicazioni per %1: %2. Spill te la chiederà quando pubblica.</translation>
    </message>
</context>
<context>
    <name>SitePublish</name>
    <message>
        <source>&quot;%1&quot; is not the address of a website (http or https)</source>
        <translation>«%1» non è l&apos;indirizzo di un sito web (http o https)</translation>
    </message>
    <message>
        <source>Story %1 could not be read: %2</source>
        <translation>Impossibile leggere la storia %1: %2</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: its photos and clips are on %2, but the library could not keep that, so publishing will look for them there again: %3</source>
        <translation>Storia «%1»: le sue foto e clip sono su %2, ma la libreria non è riuscita a registrarlo, quindi la pubblicazione le cercherà di nuovo lì: %3</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot; is post %2 on %3, but the library could not keep that: %4</source>
        <translation>La storia «%1» è il post %2 su %3, ma la libreria non è riuscita a registrarlo: %4</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot; was published, but its status could not be saved: %2</source>
        <translation>La storia «%1» è stata pubblicata, ma non è stato possibile salvarne lo stato: %2</translation>
    </message>
</context>
<context>
    <name>Spill::BarChart</name>
    <message>
        <source>Nothing to count yet</source>
        <translation>Ancora niente da contare</translation>
    </message>
    <message>
        <source>Selected: %1. </source>
        <translation>Selezionato: %1. </translation>
    </message>
</context>
<context>
    <name>Spill::BeatSection</name>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Tappa %1 di %2 · %3</translation>
    </message>
    <message>
        <source>Show an example</source>
        <translation>Mostra un esempio</translation>
    </message>
    <message>
        <source>Example for “%1”</source>
        <translation>Esempio per «%1»</translation>
    </message>
    <message>
        <source>Photos and clips for “%1”</source>
        <translation>Foto e clip per «%1»</translation>
    </message>
    <message>
        <source>Write your answer here…</source>
        <translation>Scrivi qui la tua risposta…</translation>
    </message>
    <message>
        <source>Hide the example</source>
        <translation>Nascondi l&apos;esempio</translation>
    </message>
    <message>
        <source>Hide the example for “%1”</source>
        <translation>Nascondi l&apos;esempio per «%1»</translation>
    </message>
    <message>
        <source>Show an example for “%1”</source>
        <translation>Mostra un esempio per «%1»</translation>
    </message>
</context>
<context>
    <name>Spill::BeatStepList</name>
    <message>
        <source>Not started</source>
        <translation>Non iniziata</translation>
    </message>
    <message numerus="yes">
        <source>Started · %n words</source>
        <translation>
            <numerusform>Iniziata · %n parola</numerusform>
            <numerusform>Iniziata · %n parole</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n words</source>
        <translation>
            <numerusform>Completata · %n parola</numerusform>
            <numerusform>Completata · %n parole</numerusform>
        </translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Tappe</translation>
    </message>
    <message>
        <source>The five beats of the story; Enter jumps to one</source>
        <translation>Le cinque tappe della storia; Enter salta a quella scelta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Spill::ChangesEdit</name>
    <message>
        <source>What I changed from the recipe</source>
        <translation>Cosa ho cambiato rispetto alla ricetta</translation>
    </message>
    <message numerus="yes">
        <source>What I changed from the recipe (%n)</source>
        <translation>
            <numerusform>Cosa ho cambiato rispetto alla ricetta (%n)</numerusform>
            <numerusform>Cosa ho cambiato rispetto alla ricetta (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ingredients swapped, times cut, temperatures guessed: readers trust a fail that shows what was done differently.</source>
        <translation>Ingredienti sostituiti, tempi accorciati, temperature a occhio: i lettori si fidano di un disastro che mostra cosa è stato fatto diversamente.</translation>
    </message>
    <message>
        <source>One row per change. Tick the one you think caused the fail.</source>
        <translation>Una riga per modifica. Spunta quella che secondo te ha causato il disastro.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Riguarda</translation>
    </message>
    <message>
        <source>The recipe said</source>
        <translation>La ricetta diceva</translation>
    </message>
    <message>
        <source>I did</source>
        <translation>Io ho fatto</translation>
    </message>
    <message>
        <source>Caused the fail</source>
        <translation>Ha causato il disastro</translation>
    </message>
    <message>
        <source>Columns of what I changed</source>
        <translation>Colonne di cosa ho cambiato</translation>
    </message>
    <message>
        <source>Rows of what I changed</source>
        <translation>Righe di cosa ho cambiato</translation>
    </message>
    <message>
        <source>Add Change</source>
        <translation>Aggiungi modifica</translation>
    </message>
    <message>
        <source>Remove Change</source>
        <translation>Rimuovi modifica</translation>
    </message>
    <message>
        <source>Select all changes</source>
        <translation>Seleziona tutte le modifiche</translation>
    </message>
</context>
<context>
    <name>Spill::ChipGroup</name>
    <message>
        <source>Failure kinds</source>
        <translation>Tipi di disastro</translation>
    </message>
    <message>
        <source>Failure kind; Space toggles it</source>
        <translation>Tipo di disastro; Space lo attiva o disattiva</translation>
    </message>
</context>
<context>
    <name>Spill::CoachPanel</name>
    <message>
        <source>Story coach</source>
        <translation>Coach della storia</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Looking good</source>
        <translation>Tutto a posto</translation>
    </message>
    <message>
        <source>Nothing to fix. This story is ready for readers.</source>
        <translation>Niente da sistemare. Questa storia è pronta per i lettori.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation>
            <numerusform>%n cosa da controllare.</numerusform>
            <numerusform>%n cose da controllare.</numerusform>
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
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annulla %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ripeti %1</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Seleziona tutto</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Tro&amp;va…</translation>
    </message>
</context>
<context>
    <name>Spill::EvidenceTimelineView</name>
    <message>
        <source>How it unfolded</source>
        <translation>Com&apos;è andata</translation>
    </message>
    <message>
        <source>Your photos and clips in the order they were taken, by the times their files give; the post shows the same list</source>
        <translation>Le tue foto e clip nell&apos;ordine in cui sono state scattate, secondo gli orari dei loro file; il post mostra lo stesso elenco</translation>
    </message>
    <message>
        <source>clip %1</source>
        <translation>clip %1</translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation>foto %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no capture time</source>
        <translation>senza orario di scatto</translation>
    </message>
</context>
<context>
    <name>Spill::ExportChangesView</name>
    <message>
        <source>Changes on the way out</source>
        <translation>Cosa cambia nell&apos;esportazione</translation>
    </message>
    <message>
        <source>Changes on the &amp;way out</source>
        <translation>Cosa cambia nell&apos;&amp;esportazione</translation>
    </message>
</context>
<context>
    <name>Spill::ExportPlace</name>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Could not list the stories: %1</source>
        <translation>Impossibile elencare le storie: %1</translation>
    </message>
    <message>
        <source>Stories to export</source>
        <translation>Storie da esportare</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Sele&amp;ziona tutte</translation>
    </message>
    <message>
        <source>Check every story</source>
        <translation>Spunta tutte le storie</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Se&amp;leziona nessuna</translation>
    </message>
    <message>
        <source>Uncheck every story</source>
        <translation>Deseleziona tutte le storie</translation>
    </message>
    <message>
        <source>Checked stories</source>
        <translation>Storie spuntate</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>Stori&amp;e</translation>
    </message>
    <message>
        <source>One story checked</source>
        <translation>Una storia spuntata</translation>
    </message>
    <message numerus="yes">
        <source>%n stories checked</source>
        <translation>
            <numerusform>%n storia spuntata</numerusform>
            <numerusform>%n storie spuntate</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an output folder first</source>
        <translation>Prima scegli una cartella di destinazione</translation>
    </message>
    <message>
        <source>Check the stories to export first</source>
        <translation>Prima spunta le storie da esportare</translation>
    </message>
    <message>
        <source>No stories yet: write one first</source>
        <translation>Ancora nessuna storia: prima scrivine una</translation>
    </message>
    <message>
        <source>Pick a story to see its preview</source>
        <translation>Scegli una storia per vederne l&apos;anteprima</translation>
    </message>
    <message>
        <source>The story open in Write could not be saved, so nothing was exported: see the message in Write.</source>
        <translation>Non è stato possibile salvare la storia aperta in Scrivi, quindi non è stato esportato nulla: vedi il messaggio in Scrivi.</translation>
    </message>
    <message>
        <source>Saving the story open in Write…</source>
        <translation>Salvataggio della storia aperta in Scrivi…</translation>
    </message>
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
        <translation>Cartella HTML</translation>
    </message>
    <message>
        <source>Single HTML file</source>
        <translation>File HTML singolo</translation>
    </message>
    <message>
        <source>Spill stories (JSON)</source>
        <translation>Storie di Spill (JSON)</translation>
    </message>
</context>
<context>
    <name>Spill::ExportPreviewPane</name>
    <message>
        <source>What the preview shows</source>
        <translation>Cosa mostra l&apos;anteprima</translation>
    </message>
    <message>
        <source>Post source</source>
        <translation>Sorgente del post</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Stato anteprima</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>So&amp;rgente</translation>
    </message>
    <message>
        <source>&amp;Copy HTML</source>
        <translation>Cop&amp;ia HTML</translation>
    </message>
    <message>
        <source>Copy HTML</source>
        <translation>Copia HTML</translation>
    </message>
    <message>
        <source>Copies the post&apos;s article, images included, as HTML (Ctrl+Shift+C). Paste it into WordPress or any web editor; the blog&apos;s own theme styles it.</source>
        <translation>Copia l&apos;articolo del post, immagini comprese, come HTML (Ctrl+Shift+C). Incollalo in WordPress o in qualsiasi editor web; lo stile glielo dà il tema del blog.</translation>
    </message>
    <message>
        <source>Copy Mar&amp;kdown</source>
        <translation>Copia Mar&amp;kdown</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Copia Markdown</translation>
    </message>
    <message>
        <source>Copies the post as Markdown with its front matter (Ctrl+Shift+M)</source>
        <translation>Copia il post come Markdown con il suo front matter (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Cop&amp;y for WordPress</source>
        <translation>Copia per &amp;WordPress</translation>
    </message>
    <message>
        <source>Copy for WordPress</source>
        <translation>Copia per WordPress</translation>
    </message>
    <message>
        <source>Copies the post as WordPress blocks, to paste into the block editor&apos;s code view (Ctrl+Shift+W). With a WordPress site set in Preferences, its photos and clips are uploaded there first; without, they are left out.</source>
        <translation>Copia il post come blocchi WordPress, da incollare nella vista codice dell&apos;editor a blocchi (Ctrl+Shift+W). Se nelle Preferenze hai impostato un sito WordPress, prima foto e clip vengono caricate lì; altrimenti vengono escluse.</translation>
    </message>
    <message>
        <source>Open &amp;in browser</source>
        <translation>Apri nel &amp;browser</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Apri nel browser</translation>
    </message>
    <message>
        <source>Opens the rendered page in your web browser</source>
        <translation>Apre la pagina generata nel tuo browser web</translation>
    </message>
    <message>
        <source>Ren&amp;dered</source>
        <translation>A&amp;nteprima</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Generazione…</translation>
    </message>
    <message>
        <source>The preview could not be written to %1: %2</source>
        <translation>Impossibile scrivere l&apos;anteprima in %1: %2</translation>
    </message>
    <message>
        <source>So&amp;urce: %1</source>
        <translation>&amp;Sorgente: %1</translation>
    </message>
    <message>
        <source>The single HTML file as the export writes it, in the theme &quot;%1&quot;.</source>
        <translation>Il file HTML singolo così come lo scrive l&apos;esportazione, con il tema «%1».</translation>
    </message>
    <message>
        <source>The post in the theme &quot;%1&quot;, as the export writes it; here its photos are inside the page, in the export they are files beside it.</source>
        <translation>Il post con il tema «%1», così come lo scrive l&apos;esportazione; qui le foto sono dentro la pagina, nell&apos;esportazione sono file accanto a essa.</translation>
    </message>
    <message>
        <source>The story as the theme &quot;%1&quot; shows it. The interchange file itself has no look; its text is on the right.</source>
        <translation>La storia come la mostra il tema «%1». Il file di interscambio in sé non ha un aspetto; il suo testo è a destra.</translation>
    </message>
    <message>
        <source>This Markdown as the theme &quot;%1&quot; shows it. On your blog, the blog&apos;s own theme gives it its look.</source>
        <translation>Questo Markdown come lo mostra il tema «%1». Sul tuo blog, l&apos;aspetto glielo dà il tema del blog.</translation>
    </message>
    <message>
        <source>Opened &quot;%1&quot; in your web browser</source>
        <translation>«%1» aperto nel browser web</translation>
    </message>
    <message>
        <source>No web browser could open %1</source>
        <translation>Nessun browser web è riuscito ad aprire %1</translation>
    </message>
    <message>
        <source>Copied the HTML of &quot;%1&quot;</source>
        <translation>HTML di «%1» copiato</translation>
    </message>
    <message>
        <source>Copied the Markdown of &quot;%1&quot;</source>
        <translation>Markdown di «%1» copiato</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot; for WordPress: paste it into the block editor&apos;s code view</source>
        <translation>«%1» copiato per WordPress: incollalo nella vista codice dell&apos;editor a blocchi</translation>
    </message>
    <message numerus="yes">
        <source>Copied &quot;%1&quot; for WordPress without its %n photos and clips: add your WordPress site in Preferences and they are uploaded first</source>
        <translation>
            <numerusform>«%1» copiato per WordPress senza la sua %n foto o clip: aggiungi il tuo sito WordPress nelle Preferenze e verrà caricata prima</numerusform>
            <numerusform>«%1» copiato per WordPress senza le sue %n foto e clip: aggiungi il tuo sito WordPress nelle Preferenze e verranno caricate prima</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::ExportRunPanel</name>
    <message>
        <source>E&amp;xport</source>
        <translation>Es&amp;porta</translation>
    </message>
    <message>
        <source>Export the checked stories</source>
        <translation>Esporta le storie spuntate</translation>
    </message>
    <message>
        <source>Publish to &amp;WordPress…</source>
        <translation>P&amp;ubblica su WordPress…</translation>
    </message>
    <message>
        <source>Post the checked stories to a WordPress site, photos and clips included (Ctrl+Shift+P)</source>
        <translation>Pubblica le storie spuntate su un sito WordPress, foto e clip comprese (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avanzamento esportazione</translation>
    </message>
    <message>
        <source>%v of %m stories</source>
        <translation>%v di %m storie</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annulla l&apos;esportazione</translation>
    </message>
    <message>
        <source>Stop after the story being written; what is written stays</source>
        <translation>Si ferma dopo la storia in scrittura; ciò che è già scritto resta</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Riepilogo esportazione</translation>
    </message>
    <message>
        <source>O&amp;pen folder</source>
        <translation>Apri &amp;cartella</translation>
    </message>
    <message>
        <source>Open the output folder</source>
        <translation>Apri la cartella di destinazione</translation>
    </message>
    <message>
        <source>Export errors and notes</source>
        <translation>Errori e note dell&apos;esportazione</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>È in corso un&apos;esportazione</translation>
    </message>
    <message>
        <source>Write the checked stories to the folder (Ctrl+E)</source>
        <translation>Scrive le storie spuntate nella cartella (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cancelled after exporting one story to %1</source>
        <translation>Annullata dopo aver esportato una storia in %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after exporting %n stories to %1</source>
        <translation>
            <numerusform>Annullata dopo aver esportato %n storia in %1</numerusform>
            <numerusform>Annullata dopo aver esportato %n storie in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported one story to %1</source>
        <translation>Esportata una storia in %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stories to %1</source>
        <translation>
            <numerusform>Esportata %n storia in %1</numerusform>
            <numerusform>Esportate %n storie in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>· one problem, listed below</source>
        <translation>· un problema, elencato qui sotto</translation>
    </message>
    <message numerus="yes">
        <source>· %n problems, listed below</source>
        <translation>
            <numerusform>· %n problema, elencato qui sotto</numerusform>
            <numerusform>· %n problemi, elencati qui sotto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::ExportShareKitView</name>
    <message>
        <source>Social caption</source>
        <translation>Didascalia social</translation>
    </message>
    <message>
        <source>Copy Caption</source>
        <translation>Copia didascalia</translation>
    </message>
    <message>
        <source>Copy the social caption</source>
        <translation>Copia la didascalia social</translation>
    </message>
    <message>
        <source>Copied the caption</source>
        <translation>Didascalia copiata</translation>
    </message>
    <message>
        <source>Copy Alt Text</source>
        <translation>Copia testo alternativo</translation>
    </message>
    <message>
        <source>Copy the pictures&apos; alt text</source>
        <translation>Copia il testo alternativo delle immagini</translation>
    </message>
    <message>
        <source>Copied the alt text</source>
        <translation>Testo alternativo copiato</translation>
    </message>
    <message>
        <source>No pictures: the story has no dream or reality photo.</source>
        <translation>Nessuna immagine: la storia non ha una foto del sogno né della realtà.</translation>
    </message>
    <message>
        <source>Share kit, written beside the post</source>
        <translation>Kit di condivisione, scritto accanto al post</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 di %2 caratteri</translation>
    </message>
</context>
<context>
    <name>Spill::ExportStoryModel</name>
    <message>
        <source>Untitled story</source>
        <translation>Storia senza titolo</translation>
    </message>
    <message>
        <source>%1
Last changed %2</source>
        <translation>%1
Ultima modifica: %2</translation>
    </message>
    <message>
        <source>%1
%2 · last changed %3</source>
        <translation>%1
%2 · ultima modifica: %3</translation>
    </message>
</context>
<context>
    <name>Spill::ExportTargetBar</name>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Markdown, Hugo and Jekyll write Markdown files with front matter; the HTML formats write finished pages drawn with a theme; JSON keeps the stories whole, media included, for another library</source>
        <translation>Markdown, Hugo e Jekyll scrivono file Markdown con front matter; i formati HTML scrivono pagine finite, disegnate con un tema; JSON conserva le storie intere, media compresi, per un&apos;altra libreria</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Cartella di destinazione</translation>
    </message>
    <message>
        <source>Where the exported files go</source>
        <translation>Dove vanno i file esportati</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Scegli la cartella di destinazione</translation>
    </message>
    <message>
        <source>Blog has co&amp;mments</source>
        <translation>Il blog ha i &amp;commenti</translation>
    </message>
    <message>
        <source>Ends each post by inviting readers to answer in the comments. Leave it off for a blog or page without comments.</source>
        <translation>Chiude ogni post invitando i lettori a rispondere nei commenti. Lascialo disattivato per un blog o una pagina senza commenti.</translation>
    </message>
    <message>
        <source>Share kit</source>
        <translation>Kit di condivisione</translation>
    </message>
    <message>
        <source>Also makes a share kit beside each post: a tall pin and a square of each of the dream and the reality with the title, their alt text, and a caption for social posts.</source>
        <translation>Crea anche un kit di condivisione accanto a ogni post: un pin verticale e un quadrato sia del sogno sia della realtà con il titolo, il loro testo alternativo e una didascalia per i social.</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Cartella di &amp;destinazione:</translation>
    </message>
    <message>
        <source>How the HTML pages look</source>
        <translation>Come appaiono le pagine HTML</translation>
    </message>
    <message>
        <source>Markdown formats are styled by the blog&apos;s own theme; the preview uses this one</source>
        <translation>I formati Markdown prendono lo stile dal tema del blog; l&apos;anteprima usa questo</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Esporta in una cartella</translation>
    </message>
</context>
<context>
    <name>Spill::ExportTargetsPage</name>
    <message>
        <source>(no folder)</source>
        <translation>(nessuna cartella)</translation>
    </message>
    <message>
        <source>Forget Last Targ&amp;et</source>
        <translation>Dimentica l&apos;&amp;ultima destinazione</translation>
    </message>
    <message>
        <source>Export opens on Markdown, the default theme and no folder</source>
        <translation>Esporta si aprirà su Markdown, con il tema predefinito e nessuna cartella</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commenti</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Dimentica</translation>
    </message>
    <message>
        <source>Re&amp;membered for each format and folder:</source>
        <translation>&amp;Memorizzate per ogni formato e cartella:</translation>
    </message>
    <message>
        <source>Export opens on Markdown, with no folder chosen.</source>
        <translation>Esporta si apre su Markdown, senza cartella scelta.</translation>
    </message>
    <message>
        <source>Export opens on %1, theme “%2”, into %3.</source>
        <translation>Esporta si apre su %1, tema «%2», in %3.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predefinito</translation>
    </message>
    <message>
        <source>Invites comments</source>
        <translation>Invita a commentare</translation>
    </message>
    <message>
        <source>No comments</source>
        <translation>Niente commenti</translation>
    </message>
</context>
<context>
    <name>Spill::FindBar</name>
    <message>
        <source>Find in the story</source>
        <translation>Trova nella storia</translation>
    </message>
    <message>
        <source>Find in this story</source>
        <translation>Trova in questa storia</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Testo da trovare</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Successivo</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Trova successivo</translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation>Trova il successivo (Enter)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Trova precedente</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Trova il precedente (Shift+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Chiudi la barra di ricerca</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Chiudi la barra di ricerca (Escape)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nessun risultato</translation>
    </message>
</context>
<context>
    <name>Spill::FixedRecipeEdit</name>
    <message>
        <source>The fixed recipe</source>
        <translation>La ricetta corretta</translation>
    </message>
    <message>
        <source>How you would cook it now that you know better. Only a story with a fixed recipe tells search engines it holds a recipe; the failed attempt never does.</source>
        <translation>Come la prepareresti ora che ne sai di più. Solo una storia con una ricetta corretta dice ai motori di ricerca che contiene una ricetta; il tentativo fallito non lo fa mai.</translation>
    </message>
    <message>
        <source>One ingredient or step a line. The post shows them as lists after the lesson.</source>
        <translation>Un ingrediente o un passaggio per riga. Il post li mostra come elenchi dopo la lezione.</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingredienti</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Procedimento</translation>
    </message>
    <message>
        <source>Ingredients of the fixed recipe</source>
        <translation>Ingredienti della ricetta corretta</translation>
    </message>
    <message>
        <source>4 eggs, separated
50 g Gruyère, grated</source>
        <translation>4 uova, separate
50 g di Gruyère grattugiato</translation>
    </message>
    <message>
        <source>Method of the fixed recipe</source>
        <translation>Procedimento della ricetta corretta</translation>
    </message>
    <message>
        <source>Heat the oven to 190 °C.
Keep the door shut for the first 25 minutes.</source>
        <translation>Scalda il forno a 190 °C.
Tieni lo sportello chiuso per i primi 25 minuti.</translation>
    </message>
</context>
<context>
    <name>Spill::GalleryFilterBar</name>
    <message>
        <source>Find stories</source>
        <translation>Trova storie</translation>
    </message>
    <message>
        <source>Search titles, dishes and beats</source>
        <translation>Cerca in titoli, piatti e tappe</translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Cerca storie</translation>
    </message>
    <message>
        <source>All failure kinds</source>
        <translation>Tutti i tipi di disastro</translation>
    </message>
    <message>
        <source>Failure kind</source>
        <translation>Tipo di disastro</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Qualsiasi etichetta</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Qualsiasi esito</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Redeemed or not</source>
        <translation>Riscattato o no</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Riscatto</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Riscattato</translation>
    </message>
    <message>
        <source>Not redeemed yet</source>
        <translation>Non ancora riscattato</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Tra</translation>
    </message>
    <message>
        <source>Only stories created between two dates</source>
        <translation>Solo le storie create tra due date</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creata dal</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Creata fino al</translation>
    </message>
    <message>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordina per</translation>
    </message>
    <message>
        <source>Date created</source>
        <translation>Data di creazione</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Sort direction</source>
        <translation>Ordinamento</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Azzera i filtri</translation>
    </message>
    <message>
        <source>Stories shown</source>
        <translation>Storie mostrate</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Ordina:</translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n storia</numerusform>
            <numerusform>%n storie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n stories</source>
        <translation>
            <numerusform>%1 di %n storia</numerusform>
            <numerusform>%1 di %n storie</numerusform>
        </translation>
    </message>
    <message>
        <source>Z to A</source>
        <translation>Dalla Z alla A</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>Dalla A alla Z</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Prima le più recenti</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Prima le più vecchie</translation>
    </message>
    <message>
        <source>Descending order</source>
        <translation>Ordine decrescente</translation>
    </message>
    <message>
        <source>Ascending order</source>
        <translation>Ordine crescente</translation>
    </message>
</context>
<context>
    <name>Spill::GalleryModel</name>
    <message>
        <source>Tags: %1</source>
        <translation>Etichette: %1</translation>
    </message>
</context>
<context>
    <name>Spill::GalleryPlace</name>
    <message>
        <source>Gallery</source>
        <translation>Galleria</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Storie</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Tendenze</translation>
    </message>
    <message>
        <source>No stories yet. The fails you write in Write gather here.</source>
        <translation>Ancora nessuna storia. I disastri che scrivi in Scrivi si raccolgono qui.</translation>
    </message>
    <message>
        <source>No story matches these filters.</source>
        <translation>Nessuna storia corrisponde a questi filtri.</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Aggiungi etichetta</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n selected stories:</source>
        <translation>
            <numerusform>Etichetta per %n storia selezionata:</numerusform>
            <numerusform>Etichetta per %n storie selezionate:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Aggiungi etichetta</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot; added.</source>
        <translation>Etichetta «%1» aggiunta.</translation>
    </message>
    <message numerus="yes">
        <source>%n stories moved to the trash.</source>
        <translation>
            <numerusform>%n storia spostata nel cestino.</numerusform>
            <numerusform>%n storie spostate nel cestino.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::GalleryView</name>
    <message>
        <source>Stories</source>
        <translation>Storie</translation>
    </message>
    <message>
        <source>Past fails as cards. Enter opens the current story, Delete moves the selected ones to the trash.</source>
        <translation>I disastri passati, come schede. Enter apre la storia corrente, Delete sposta nel cestino quelle selezionate.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Azzera i filtri</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation>&amp;Esporta selezionate…</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Aggiungi e&amp;tichetta…</translation>
    </message>
    <message>
        <source>Move to t&amp;rash</source>
        <translation>Sposta nel &amp;cestino</translation>
    </message>
</context>
<context>
    <name>Spill::GettingStartedDialog</name>
    <message>
        <source>bold</source>
        <translation>grassetto</translation>
    </message>
    <message>
        <source>bold (Ctrl+B)</source>
        <translation>grassetto (Ctrl+B)</translation>
    </message>
    <message>
        <source>italic</source>
        <translation>corsivo</translation>
    </message>
    <message>
        <source>italic (Ctrl+I)</source>
        <translation>corsivo (Ctrl+I)</translation>
    </message>
    <message>
        <source>words</source>
        <translation>parole</translation>
    </message>
    <message>
        <source>a link (Ctrl+K)</source>
        <translation>un link (Ctrl+K)</translation>
    </message>
    <message>
        <source>eggs</source>
        <translation>uova</translation>
    </message>
    <message>
        <source>a list; 1. for a numbered one</source>
        <translation>un elenco; 1. per uno numerato</translation>
    </message>
    <message>
        <source>a quote</source>
        <translation>una citazione</translation>
    </message>
    <message>
        <source>sugar</source>
        <translation>zucchero</translation>
    </message>
    <message>
        <source>struck through</source>
        <translation>barrato</translation>
    </message>
    <message>
        <source>a table, with a |---|---| line under its head</source>
        <translation>una tabella, con una riga |---|---| sotto l&apos;intestazione</translation>
    </message>
    <message>
        <source>A fail, told well</source>
        <translation>Un disastro, raccontato bene</translation>
    </message>
    <message>
        <source>Spill turns a kitchen mishap into a post your readers can trust. Write it in five beats; the coach on the right says what a reader would miss, and the post is ready when you are.</source>
        <translation>Spill trasforma un disastro in cucina in un post di cui i tuoi lettori possono fidarsi. Scrivilo in cinque tappe; il coach sulla destra ti dice cosa mancherebbe a un lettore, e il post è pronto quando lo sei tu.</translation>
    </message>
    <message>
        <source>The five beats</source>
        <translation>Le cinque tappe</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+5 jump to a beat. Each beat has a heading for your readers; its menu (Alt+Down) suggests others or hides it.</source>
        <translation>Da Ctrl+1 a Ctrl+5 salti a una tappa. Ogni tappa ha un&apos;intestazione per i tuoi lettori; il suo menu (Alt+Down) ne suggerisce altre o la nasconde.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prove</translation>
    </message>
    <message>
        <source>Add photos and short clips to the beat they belong to: drop them on it, paste a copied photo, or use “Add photo or clip”. The dream and reality pair, how it should have looked and how it turned out, leads the post. Describe each photo for readers who cannot see it, and pick a clip&apos;s poster frame in its player.</source>
        <translation>Aggiungi foto e brevi clip alla tappa a cui appartengono: trascinale sopra, incolla una foto copiata oppure usa «Aggiungi foto o clip». La coppia sogno e realtà, come doveva venire e come è venuto, apre il post. Descrivi ogni foto per i lettori che non possono vederla e scegli il fotogramma di copertina di una clip nel suo lettore.</translation>
    </message>
    <message>
        <source>Out into the world</source>
        <translation>Verso il mondo</translation>
    </message>
    <message>
        <source>Export writes the post as Markdown, for Hugo or Jekyll, or as HTML, with its photos beside it; the preview shows the post as readers will see it. The Gallery keeps every fail, to find again and to see what goes wrong most.</source>
        <translation>Esporta scrive il post in Markdown, per Hugo o Jekyll, oppure in HTML, con le foto accanto; l&apos;anteprima mostra il post come lo vedranno i lettori. La Galleria conserva ogni disastro, per ritrovarlo e per vedere cosa va storto più spesso.</translation>
    </message>
    <message>
        <source>Markdown in a beat</source>
        <translation>Markdown in una tappa</translation>
    </message>
    <message>
        <source>A beat is plain text with a little Markdown:</source>
        <translation>Una tappa è testo semplice con un po&apos; di Markdown:</translation>
    </message>
    <message>
        <source>A blank line starts a new paragraph. The beat&apos;s heading is set above it, so a beat needs no headings of its own.</source>
        <translation>Una riga vuota inizia un nuovo paragrafo. L&apos;intestazione della tappa sta sopra, quindi una tappa non ha bisogno di intestazioni proprie.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Per iniziare</translation>
    </message>
    <message>
        <source>Getting started with Spill</source>
        <translation>Per iniziare con Spill</translation>
    </message>
</context>
<context>
    <name>Spill::HeadingEdit</name>
    <message>
        <source>Heading above “%1”</source>
        <translation>Intestazione sopra «%1»</translation>
    </message>
    <message>
        <source>What readers see above this part of the post</source>
        <translation>Cosa vedono i lettori sopra questa parte del post</translation>
    </message>
    <message>
        <source>The heading readers see above this part of the post. Type your own, pick a suggestion from the menu beside it (Alt+Down), or clear it for none.</source>
        <translation>L&apos;intestazione che i lettori vedono sopra questa parte del post. Scrivine una tua, scegli un suggerimento dal menu accanto (Alt+Down) o cancellala per non averne nessuna.</translation>
    </message>
    <message>
        <source>No heading in the post</source>
        <translation>Nessuna intestazione nel post</translation>
    </message>
    <message>
        <source>Heading suggestions for “%1”</source>
        <translation>Intestazioni suggerite per «%1»</translation>
    </message>
    <message>
        <source>Other headings, the default, or none</source>
        <translation>Altre intestazioni, quella predefinita o nessuna</translation>
    </message>
    <message>
        <source>&amp;No Heading</source>
        <translation>&amp;Nessuna intestazione</translation>
    </message>
</context>
<context>
    <name>Spill::LookCloserPanel</name>
    <message>
        <source>Look closer</source>
        <translation>Guarda da vicino</translation>
    </message>
    <message>
        <source>Select a story to look closer.</source>
        <translation>Seleziona una storia per guardarla da vicino.</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>Nelle intenzioni</translation>
    </message>
    <message>
        <source>No dream photo yet</source>
        <translation>Nessuna foto del sogno</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Nella realtà</translation>
    </message>
    <message>
        <source>No reality photo yet</source>
        <translation>Nessuna foto della realtà</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lezione</translation>
    </message>
    <message>
        <source>&amp;Open in Write</source>
        <translation>&amp;Apri in Scrivi</translation>
    </message>
    <message>
        <source>Opens this story in the guided editor</source>
        <translation>Apre questa storia nell&apos;editor guidato</translation>
    </message>
    <message>
        <source>The five beats</source>
        <translation>Le cinque tappe</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Storia senza titolo</translation>
    </message>
</context>
<context>
    <name>Spill::MainWindow</name>
    <message>
        <source>Write</source>
        <translation>Scrivi</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galleria</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Libreria: %1</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (sola lettura)</translation>
    </message>
    <message>
        <source>The daily backup did not succeed: %1</source>
        <translation>Il backup giornaliero non è riuscito: %1</translation>
    </message>
    <message>
        <source>Current place</source>
        <translation>Sezione attuale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Publish to WordPress…</source>
        <translation>Pu&amp;bblica su WordPress…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Per iniziare</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About Spill</source>
        <translation>&amp;Informazioni su Spill</translation>
    </message>
    <message>
        <source>About Spill</source>
        <translation>Informazioni su Spill</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spill %1&lt;/h3&gt;&lt;p&gt;Turn a kitchen mishap into an honest, well-told post.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spill %1&lt;/h3&gt;&lt;p&gt;Trasforma un disastro in cucina in un post onesto e ben raccontato.&lt;/p&gt;&lt;p&gt;Distribuito con licenza GNU General Public License, versione 3 o successiva.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;</source>
        <translation>&quot;%1&quot; importata</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;. %2</source>
        <translation>&quot;%1&quot; importata. %2</translation>
    </message>
</context>
<context>
    <name>Spill::MediaImportQueue</name>
    <message>
        <source>%1: Spill takes only JPEG, PNG and WebP photos and MP4, WebM and MOV clips</source>
        <translation>%1: Spill accetta solo foto JPEG, PNG e WebP e clip MP4, WebM e MOV</translation>
    </message>
    <message>
        <source>Pasted photo %1.png</source>
        <translation>Foto incollata %1.png</translation>
    </message>
    <message>
        <source>%1: the pasted photo could not be saved for import</source>
        <translation>%1: impossibile salvare la foto incollata per l&apos;importazione</translation>
    </message>
    <message>
        <source>%1: this photo or clip is already in the story</source>
        <translation>%1: questa foto o clip è già nella storia</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported: the import was cancelled</source>
        <translation>
            <numerusform>%n file non importato: l&apos;importazione è stata annullata</numerusform>
            <numerusform>%n file non importati: l&apos;importazione è stata annullata</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::MediaItemEditor</name>
    <message>
        <source>Photo details</source>
        <translation>Dettagli della foto</translation>
    </message>
    <message>
        <source>What the photo shows, for readers who cannot see it</source>
        <translation>Cosa mostra la foto, per i lettori che non possono vederla</translation>
    </message>
    <message>
        <source>Decorative (no alt text needed)</source>
        <translation>Decorativa (non serve testo alternativo)</translation>
    </message>
    <message>
        <source>Shown under the photo in the post</source>
        <translation>Mostrata sotto la foto nel post</translation>
    </message>
    <message>
        <source>Mark as edited in the &amp;post</source>
        <translation>Se&amp;gna come modificata nel post</translation>
    </message>
    <message>
        <source>The photo&apos;s file says it was changed after it was taken; the post&apos;s caption says so</source>
        <translation>Il file della foto dice che è stata modificata dopo lo scatto; la didascalia del post lo indica</translation>
    </message>
    <message>
        <source>Why the post should not call it edited</source>
        <translation>Perché il post non dovrebbe dirla modificata</translation>
    </message>
    <message>
        <source>Play and pick a poster frame…</source>
        <translation>Riproduci e scegli la copertina…</translation>
    </message>
    <message>
        <source>Remove from story</source>
        <translation>Rimuovi dalla storia</translation>
    </message>
    <message>
        <source>The file stays in the library</source>
        <translation>Il file resta nella libreria</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>Testo alter&amp;nativo:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Didascalia:</translation>
    </message>
    <message>
        <source>Its file:</source>
        <translation>Il suo file:</translation>
    </message>
    <message>
        <source>&amp;Why not:</source>
        <translation>Perc&amp;hé no:</translation>
    </message>
    <message>
        <source>Clip details</source>
        <translation>Dettagli della clip</translation>
    </message>
    <message>
        <source>What the clip shows, for readers who cannot see it</source>
        <translation>Cosa mostra la clip, per i lettori che non possono vederla</translation>
    </message>
    <message>
        <source>Shown under the clip in the post</source>
        <translation>Mostrata sotto la clip nel post</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>Scatto: %1</translation>
    </message>
    <message>
        <source>No capture time</source>
        <translation>Senza orario di scatto</translation>
    </message>
    <message>
        <source>Last written by %1</source>
        <translation>Ultimo salvataggio con %1</translation>
    </message>
    <message>
        <source>Edited after it was taken</source>
        <translation>Modificata dopo lo scatto</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>Modificata: %1</translation>
    </message>
    <message>
        <source>Not edited, as far as it says</source>
        <translation>Non modificata, a quanto risulta</translation>
    </message>
</context>
<context>
    <name>Spill::MediaStrip</name>
    <message>
        <source>Photos and clips for “%1”</source>
        <translation>Foto e clip per «%1»</translation>
    </message>
    <message>
        <source>Arrows choose an item, Ctrl+arrows move it, Delete takes it out of the story, Ctrl+Z undoes, Enter opens its details or plays it.</source>
        <translation>Le frecce scelgono un elemento, Ctrl+frecce lo spostano, Delete lo toglie dalla storia, Ctrl+Z annulla, Enter ne apre i dettagli o lo riproduce.</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>Importazione %1 di %2: %3</translation>
    </message>
    <message>
        <source>Add photo or clip…</source>
        <translation>Aggiungi foto o clip…</translation>
    </message>
    <message>
        <source>Or drop files here, or paste a photo with Ctrl+V</source>
        <translation>Oppure trascina qui i file, o incolla una foto con Ctrl+V</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Files that were not imported</source>
        <translation>File non importati</translation>
    </message>
    <message>
        <source>The clip cannot be played</source>
        <translation>Impossibile riprodurre la clip</translation>
    </message>
    <message>
        <source>Photos and clips (%1)</source>
        <translation>Foto e clip (%1)</translation>
    </message>
    <message>
        <source>Add photos or clips to “%1”</source>
        <translation>Aggiungi foto o clip a «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importazione di %n file…</numerusform>
            <numerusform>Importazione di %n file…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Non importati:</translation>
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
        <translation>Modificata</translation>
    </message>
</context>
<context>
    <name>Spill::MessageBar</name>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Undo what was just done</source>
        <translation>Annulla l&apos;ultima azione</translation>
    </message>
</context>
<context>
    <name>Spill::MetadataPanel</name>
    <message>
        <source>Story details</source>
        <translation>Dettagli della storia</translation>
    </message>
    <message>
        <source>Give your story a title</source>
        <translation>Dai un titolo alla tua storia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Cheese soufflé</source>
        <translation>Soufflé al formaggio</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>Piatto</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Recipe link</source>
        <translation>Link alla ricetta</translation>
    </message>
    <message>
        <source>The web address of the recipe you followed</source>
        <translation>L&apos;indirizzo web della ricetta che hai seguito</translation>
    </message>
    <message>
        <source>baking, eggs, birthday</source>
        <translation>forno, uova, compleanno</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Separa le etichette con virgole</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Non ancora deciso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>https://your-blog.example/…</source>
        <translation>https://il-tuo-blog.example/…</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Pubblicata su</translation>
    </message>
    <message>
        <source>The web address of the published post</source>
        <translation>L&apos;indirizzo web del post pubblicato</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Stato</translation>
    </message>
    <message>
        <source>&amp;Dish</source>
        <translation>&amp;Piatto</translation>
    </message>
    <message>
        <source>&amp;Recipe link</source>
        <translation>&amp;Link alla ricetta</translation>
    </message>
    <message>
        <source>&amp;Kind of fail</source>
        <translation>&amp;Tipo di disastro</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etichette</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>Es&amp;ito</translation>
    </message>
    <message>
        <source>&amp;Published at</source>
        <translation>Pu&amp;bblicata su</translation>
    </message>
    <message>
        <source>This does not look like a web address. Use one that starts with https:// or http://.</source>
        <translation>Non sembra un indirizzo web. Usane uno che inizi con https:// o http://.</translation>
    </message>
</context>
<context>
    <name>Spill::OnThisDayCard</name>
    <message>
        <source>On this day</source>
        <translation>In questo giorno</translation>
    </message>
    <message>
        <source>On this day, a year ago</source>
        <translation>Oggi, un anno fa</translation>
    </message>
    <message>
        <source>Open story</source>
        <translation>Apri la storia</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Storia senza titolo</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Apre %1</translation>
    </message>
</context>
<context>
    <name>Spill::PatternsView</name>
    <message>
        <source>Patterns</source>
        <translation>Tendenze</translation>
    </message>
    <message>
        <source>Click a bar, or select it and press Enter, to see those stories.</source>
        <translation>Fai clic su una barra, o selezionala e premi Enter, per vedere quelle storie.</translation>
    </message>
    <message>
        <source>Fails by &amp;kind</source>
        <translation>Disastri per &amp;tipo</translation>
    </message>
    <message>
        <source>Fails by &amp;month, last twelve months</source>
        <translation>Disastri per &amp;mese, ultimi dodici mesi</translation>
    </message>
    <message>
        <source>How they &amp;ended</source>
        <translation>Come sono &amp;finiti</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n fails</source>
        <translation>
            <numerusform>%1: %n disastro</numerusform>
            <numerusform>%1: %n disastri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stories (%2%)</source>
        <translation>
            <numerusform>%1: %n storia (%2%)</numerusform>
            <numerusform>%1: %n storie (%2%)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrale</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n fails redeemed (%2%).</source>
        <translation>
            <numerusform>Riscattati %1 su %n disastro (%2%).</numerusform>
            <numerusform>Riscattati %1 su %n disastri (%2%).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median time to redemption: %n days.</source>
        <translation>
            <numerusform>Tempo mediano per il riscatto: %n giorno.</numerusform>
            <numerusform>Tempo mediano per il riscatto: %n giorni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::PersonalDictionary</name>
    <message>
        <source>Cannot read the personal dictionary %1: %2</source>
        <translation>Impossibile leggere il dizionario personale %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the personal dictionary %1: %2</source>
        <translation>Impossibile salvare il dizionario personale %1: %2</translation>
    </message>
</context>
<context>
    <name>Spill::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Aspetto</translation>
    </message>
    <message>
        <source>&amp;Spelling</source>
        <translation>&amp;Ortografia</translation>
    </message>
    <message>
        <source>E&amp;xport Targets</source>
        <translation>Destinazioni di &amp;esportazione</translation>
    </message>
    <message>
        <source>Word&amp;Press</source>
        <translation>Word&amp;Press</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>C&amp;ronologia</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>Sc&amp;uro</translation>
    </message>
    <message>
        <source>Follow the s&amp;ystem</source>
        <translation>Segui il &amp;sistema</translation>
    </message>
    <message>
        <source>How Spill looks. The change shows at once.</source>
        <translation>L&apos;aspetto di Spill. La modifica si vede subito.</translation>
    </message>
    <message>
        <source>Following the system, Spill is dark when the desktop&apos;s settings portal prefers dark, or when the GTK theme is a dark one (GTK_THEME ending in &quot;:dark&quot; or &quot;-dark&quot;); otherwise light.</source>
        <translation>Se segue il sistema, Spill è scuro quando il portale delle impostazioni del desktop preferisce il tema scuro o quando il tema GTK è scuro (GTK_THEME che finisce con «:dark» o «-dark»); altrimenti è chiaro.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between versions</source>
        <translation>Minuti tra le versioni</translation>
    </message>
    <message>
        <source>While you write, History keeps a version of the story every so many minutes (none while you are away), and one whenever the status changes or you save one. From %1 to %2 minutes; %3 unless you choose otherwise.</source>
        <translation>Mentre scrivi, la Cronologia conserva una versione della storia ogni tot minuti (nessuna mentre sei via), più una ogni volta che cambia lo stato o ne salvi una tu. Da %1 a %2 minuti; %3 se non scegli diversamente.</translation>
    </message>
    <message>
        <source>Keep a version e&amp;very:</source>
        <translation>Salva una &amp;versione ogni:</translation>
    </message>
</context>
<context>
    <name>Spill::PreviewBrowser</name>
    <message>
        <source>Preview message</source>
        <translation>Messaggio anteprima</translation>
    </message>
    <message>
        <source>Starting the browser engine…</source>
        <translation>Avvio del motore del browser…</translation>
    </message>
    <message>
        <source>Rendered post</source>
        <translation>Anteprima del post</translation>
    </message>
    <message>
        <source>%1

Open in browser shows the same page in your web browser.</source>
        <translation>%1

«Apri nel browser» mostra la stessa pagina nel tuo browser web.</translation>
    </message>
    <message>
        <source>The browser engine could not show %1.

Open in browser shows the same page in your web browser.</source>
        <translation>Il motore del browser non è riuscito a mostrare %1.

«Apri nel browser» mostra la stessa pagina nel tuo browser web.</translation>
    </message>
</context>
<context>
    <name>Spill::PublishDialog</name>
    <message>
        <source>Copy for WordPress</source>
        <translation>Copia per WordPress</translation>
    </message>
    <message>
        <source>Publish to WordPress</source>
        <translation>Pubblica su WordPress</translation>
    </message>
    <message>
        <source>WordPress site</source>
        <translation>Sito WordPress</translation>
    </message>
    <message>
        <source>Add Si&amp;te…</source>
        <translation>&amp;Aggiungi sito…</translation>
    </message>
    <message>
        <source>As a &amp;draft, to finish in WordPress</source>
        <translation>Come &amp;bozza, da finire in WordPress</translation>
    </message>
    <message>
        <source>Publish &amp;now</source>
        <translation>Pubblica &amp;ora</translation>
    </message>
    <message>
        <source>&amp;Schedule for</source>
        <translation>P&amp;rogramma per</translation>
    </message>
    <message>
        <source>Publish on</source>
        <translation>Data di pubblicazione</translation>
    </message>
    <message>
        <source>The blog takes c&amp;omments: the post invites them</source>
        <translation>Il blog accetta i co&amp;mmenti: il post li invita</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Sito:</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>Post:</translation>
    </message>
    <message>
        <source>Publishing step</source>
        <translation>Fase della pubblicazione</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Avanzamento caricamento</translation>
    </message>
    <message>
        <source>Publishing summary</source>
        <translation>Riepilogo pubblicazione</translation>
    </message>
    <message>
        <source>Publishing errors and notes</source>
        <translation>Errori e note della pubblicazione</translation>
    </message>
    <message>
        <source>&amp;Upload and Copy</source>
        <translation>Carica e &amp;copia</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Pubblica</translation>
    </message>
    <message>
        <source>The story&apos;s photos and clips go to the site&apos;s media library first, each with its alt text and caption; then the post is copied as blocks that show them, to paste into the block editor&apos;s code view. No post is made.</source>
        <translation>Le foto e le clip della storia vanno prima nella libreria media del sito, ognuna con il suo testo alternativo e la sua didascalia; poi il post viene copiato come blocchi che le mostrano, da incollare nella vista codice dell&apos;editor a blocchi. Non viene creato nessun post.</translation>
    </message>
    <message numerus="yes">
        <source>%n story goes to the site with its photos and clips; one published before updates its post.</source>
        <translation>
            <numerusform>%n storia va sul sito con le sue foto e clip; se era già pubblicata, aggiorna il suo post.</numerusform>
            <numerusform>%n storie vanno sul sito con le loro foto e clip; quelle già pubblicate aggiornano il loro post.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Pubblicazione…</translation>
    </message>
    <message>
        <source>Add a WordPress site first</source>
        <translation>Prima aggiungi un sito WordPress</translation>
    </message>
    <message>
        <source>No WordPress site yet: add yours with “Add Site…”. You need its address, your user name and an application password.</source>
        <translation>Ancora nessun sito WordPress: aggiungi il tuo con «Aggiungi sito…». Ti servono il suo indirizzo, il tuo nome utente e una password per le applicazioni.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>The story open in Write could not be saved, so it was not copied: see the message in Write.</source>
        <translation>Non è stato possibile salvare la storia aperta in Scrivi, quindi non è stata copiata: vedi il messaggio in Scrivi.</translation>
    </message>
    <message>
        <source>The story open in Write could not be saved, so it was not published: see the message in Write.</source>
        <translation>Non è stato possibile salvare la storia aperta in Scrivi, quindi non è stata pubblicata: vedi il messaggio in Scrivi.</translation>
    </message>
    <message>
        <source>Story %1 of %2: %3</source>
        <translation>Storia %1 di %2: %3</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
    <message numerus="yes">
        <source>Copied “%1” for WordPress with its photos and clips, which are on the site (%n uploaded now): paste it into the block editor&apos;s code view.</source>
        <translation>
            <numerusform>«%1» copiato per WordPress con le sue foto e clip, che sono sul sito (%n caricata ora): incollalo nella vista codice dell&apos;editor a blocchi.</numerusform>
            <numerusform>«%1» copiato per WordPress con le sue foto e clip, che sono sul sito (%n caricate ora): incollalo nella vista codice dell&apos;editor a blocchi.</numerusform>
        </translation>
    </message>
    <message>
        <source>published</source>
        <translation>pubblicata</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programmata</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>una bozza</translation>
    </message>
    <message>
        <source>“%1” is %2: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;</source>
        <translation>«%1» è %2: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Cancelled. Nothing of a story that did not finish was kept in the library; publishing again reuses what reached the site.</source>
        <translation>Annullato. Di una storia non completata non è stato conservato nulla nella libreria; pubblicando di nuovo si riutilizza ciò che è arrivato sul sito.</translation>
    </message>
    <message>
        <source>Nothing was copied; trying again reuses what reached the site.</source>
        <translation>Non è stato copiato nulla; riprovando si riutilizza ciò che è arrivato sul sito.</translation>
    </message>
    <message numerus="yes">
        <source>%n story could not be published; publishing again reuses what reached the site.</source>
        <translation>
            <numerusform>%n storia non è stata pubblicata; pubblicando di nuovo si riutilizza ciò che è arrivato sul sito.</numerusform>
            <numerusform>%n storie non sono state pubblicate; pubblicando di nuovo si riutilizza ciò che è arrivato sul sito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
</context>
<context>
    <name>Spill::RedemptionDialog</name>
    <message>
        <source>Link Redemption</source>
        <translation>Collega un riscatto</translation>
    </message>
    <message>
        <source>Where did it work out? Both posts will mention each other.</source>
        <translation>Dove è andata bene? I due post si citeranno a vicenda.</translation>
    </message>
    <message>
        <source>A later &amp;story in this library:</source>
        <translation>Una &amp;storia successiva in questa libreria:</translation>
    </message>
    <message>
        <source>Loading stories…</source>
        <translation>Caricamento delle storie…</translation>
    </message>
    <message>
        <source>A post &amp;elsewhere:</source>
        <translation>Un post &amp;altrove:</translation>
    </message>
    <message>
        <source>&amp;Redeemed on:</source>
        <translation>&amp;Riscattato il:</translation>
    </message>
    <message>
        <source>The stories could not be read: %1</source>
        <translation>Impossibile leggere le storie: %1</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Storia senza titolo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An address that starts with https:// or http://</source>
        <translation>Un indirizzo che inizi con https:// o http://</translation>
    </message>
</context>
<context>
    <name>Spill::RedemptionEdit</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Storia senza titolo</translation>
    </message>
    <message>
        <source>Redeemed by %1 on %2.</source>
        <translation>Riscattato da %1 il %2.</translation>
    </message>
    <message>
        <source>Redeemed by %1.</source>
        <translation>Riscattato da %1.</translation>
    </message>
    <message>
        <source>This story redeems “%1”.</source>
        <translation>Questa storia riscatta «%1».</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Riscatto</translation>
    </message>
    <message>
        <source>Did you try again? Link the story or post where it worked: both posts will mention each other</source>
        <translation>Ci hai riprovato? Collega la storia o il post in cui è andata bene: i due post si citeranno a vicenda</translation>
    </message>
    <message>
        <source>Link Rede&amp;mption…</source>
        <translation>C&amp;ollega un riscatto…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Scollega</translation>
    </message>
    <message>
        <source>Link Redemption</source>
        <translation>Collega un riscatto</translation>
    </message>
    <message>
        <source>Unlink Redemption</source>
        <translation>Scollega il riscatto</translation>
    </message>
    <message>
        <source>Not redeemed yet.</source>
        <translation>Non ancora riscattato.</translation>
    </message>
</context>
<context>
    <name>Spill::RevisionsDialog</name>
    <message>
        <source>Story History</source>
        <translation>Cronologia della storia</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versioni salvate</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Testo della versione selezionata</translation>
    </message>
    <message>
        <source>Select a version to read it.</source>
        <translation>Seleziona una versione per leggerla.</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>Ripristina questa versione</translation>
    </message>
    <message numerus="yes">
        <source>Spill keeps a version every %n minute(s) of writing, when the status changes and whenever you save one (Ctrl+Shift+S). Preferences sets how often.</source>
        <translation>
            <numerusform>Spill conserva una versione ogni %n minuto di scrittura, quando cambia lo stato e ogni volta che ne salvi una tu (Ctrl+Shift+S). La frequenza si imposta nelle Preferenze.</numerusform>
            <numerusform>Spill conserva una versione ogni %n minuti di scrittura, quando cambia lo stato e ogni volta che ne salvi una tu (Ctrl+Shift+S). La frequenza si imposta nelle Preferenze.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No versions yet: Spill keeps one as you write.</source>
        <translation>Ancora nessuna versione: Spill ne conserva mentre scrivi.</translation>
    </message>
    <message>
        <source>Saved by you</source>
        <translation>Salvata da te</translation>
    </message>
    <message>
        <source>While writing</source>
        <translation>Durante la scrittura</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Stato cambiato</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Prima di un ripristino</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Storia senza titolo</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(non scritta)</translation>
    </message>
    <message>
        <source>Could not restore this version: %1</source>
        <translation>Impossibile ripristinare questa versione: %1</translation>
    </message>
</context>
<context>
    <name>Spill::SampleStory</name>
    <message>
        <source>The sample story is missing from this build of Spill.</source>
        <translation>In questa build di Spill manca la storia di esempio.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the sample photos: %1</source>
        <translation>Impossibile creare una cartella temporanea per le foto di esempio: %1</translation>
    </message>
    <message>
        <source>Could not copy the sample photo %1.</source>
        <translation>Impossibile copiare la foto di esempio %1.</translation>
    </message>
</context>
<context>
    <name>Spill::SaveStatus</name>
    <message>
        <source>Save status</source>
        <translation>Stato salvataggio</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n s ago</source>
        <translation>
            <numerusform>Salvato · %n s fa</numerusform>
            <numerusform>Salvato · %n s fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n min ago</source>
        <translation>
            <numerusform>Salvato · %n min fa</numerusform>
            <numerusform>Salvato · %n min fa</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Salvato alle %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
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
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Cosa fanno</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Menu %1</translation>
    </message>
    <message>
        <source>Writing a beat</source>
        <translation>Scrivendo una tappa</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Grassetto</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Corsivo</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>On the first line: the beat above</source>
        <translation>Sulla prima riga: la tappa precedente</translation>
    </message>
    <message>
        <source>On the last line: the beat below</source>
        <translation>Sull&apos;ultima riga: la tappa successiva</translation>
    </message>
    <message>
        <source>Photos and clips of a beat</source>
        <translation>Foto e clip di una tappa</translation>
    </message>
    <message>
        <source>Previous photo or clip</source>
        <translation>Foto o clip precedente</translation>
    </message>
    <message>
        <source>Next photo or clip</source>
        <translation>Foto o clip successiva</translation>
    </message>
    <message>
        <source>Move it earlier</source>
        <translation>Sposta indietro</translation>
    </message>
    <message>
        <source>Move it later</source>
        <translation>Sposta avanti</translation>
    </message>
    <message>
        <source>Play a clip; for a photo, write its alt text</source>
        <translation>Riproduci una clip; per una foto, scrivi il testo alternativo</translation>
    </message>
    <message>
        <source>Remove from the story</source>
        <translation>Rimuovi dalla storia</translation>
    </message>
    <message>
        <source>Paste a copied photo</source>
        <translation>Incolla una foto copiata</translation>
    </message>
    <message>
        <source>Playing a clip</source>
        <translation>Riproducendo una clip</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Riproduci/pausa</translation>
    </message>
    <message>
        <source>One second back</source>
        <translation>Un secondo indietro</translation>
    </message>
    <message>
        <source>One second on</source>
        <translation>Un secondo avanti</translation>
    </message>
    <message>
        <source>A frame back</source>
        <translation>Fotogramma indietro</translation>
    </message>
    <message>
        <source>A frame on</source>
        <translation>Fotogramma avanti</translation>
    </message>
    <message>
        <source>Story list and Gallery</source>
        <translation>Elenco delle storie e Galleria</translation>
    </message>
    <message>
        <source>Open the story</source>
        <translation>Apri la storia</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Sposta nel cestino</translation>
    </message>
    <message>
        <source>In the trash: restore</source>
        <translation>Nel cestino: ripristina</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Export the checked stories</source>
        <translation>Esporta le storie spuntate</translation>
    </message>
    <message>
        <source>Copy HTML</source>
        <translation>Copia HTML</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Copia Markdown</translation>
    </message>
    <message>
        <source>Copy for WordPress</source>
        <translation>Copia per WordPress</translation>
    </message>
    <message>
        <source>First photo or clip</source>
        <translation>Prima foto o primo clip</translation>
    </message>
    <message>
        <source>Last photo or clip</source>
        <translation>Ultima foto o ultimo clip</translation>
    </message>
    <message>
        <source>To the start</source>
        <translation>All&apos;inizio</translation>
    </message>
    <message>
        <source>To the end</source>
        <translation>Alla fine</translation>
    </message>
    <message>
        <source>On a beat&apos;s heading: suggestions, or no heading</source>
        <translation>Sull&apos;intestazione di una tappa: suggerimenti, o nessuna intestazione</translation>
    </message>
    <message>
        <source>Go to the story&apos;s step 1 to 5</source>
        <translation>Vai al passo da 1 a 5 della storia</translation>
    </message>
</context>
<context>
    <name>Spill::Sidebar</name>
    <message>
        <source>Places</source>
        <translation>Sezioni</translation>
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
        <translation>Come doveva venire</translation>
    </message>
    <message>
        <source>What I got</source>
        <translation>Com&apos;è venuto</translation>
    </message>
    <message>
        <source>Add a dream photo</source>
        <translation>Aggiungi foto del sogno</translation>
    </message>
    <message>
        <source>Add a reality photo</source>
        <translation>Aggiungi foto della realtà</translation>
    </message>
    <message>
        <source>The photo of how it should have looked</source>
        <translation>La foto di come doveva venire</translation>
    </message>
    <message>
        <source>The photo of how it really turned out</source>
        <translation>La foto di come è venuto davvero</translation>
    </message>
    <message>
        <source>Intended and actual</source>
        <translation>Sogno e realtà</translation>
    </message>
</context>
<context>
    <name>Spill::SpellChecker</name>
    <message>
        <source>Spelling is not checked: no dictionary for %1 is installed.</source>
        <translation>Ortografia non controllata: non è installato nessun dizionario per %1.</translation>
    </message>
    <message>
        <source>Spelling is not checked: the dictionary %1 could not be read (%2).</source>
        <translation>Ortografia non controllata: impossibile leggere il dizionario %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Spill::SpellMenu</name>
    <message>
        <source>No suggestions</source>
        <translation>Nessun suggerimento</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Aggiungi «%1» al dizionario</translation>
    </message>
</context>
<context>
    <name>Spill::SpellingPage</name>
    <message>
        <source>mirepoix</source>
        <translation>mirepoix</translation>
    </message>
    <message>
        <source>Add &amp;to Dictionary</source>
        <translation>Aggiungi al &amp;dizionario</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>R&amp;imuovi</translation>
    </message>
    <message>
        <source>Lan&amp;guage of new stories:</source>
        <translation>&amp;Lingua delle nuove storie:</translation>
    </message>
    <message>
        <source>Your w&amp;ords, which Spill never underlines:</source>
        <translation>Le &amp;tue parole, che Spill non sottolinea mai:</translation>
    </message>
    <message>
        <source>New &amp;word:</source>
        <translation>&amp;Nuova parola:</translation>
    </message>
    <message>
        <source>Kept in %1, one word per line.</source>
        <translation>Salvate in %1, una parola per riga.</translation>
    </message>
    <message>
        <source>The system&apos;s language: %1</source>
        <translation>La lingua del sistema: %1</translation>
    </message>
</context>
<context>
    <name>Spill::StoryCardDelegate</name>
    <message>
        <source>Redeemed</source>
        <translation>Riscattato</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Storia senza titolo</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etichette: %1</translation>
    </message>
</context>
<context>
    <name>Spill::StoryController</name>
    <message>
        <source>there is nothing to keep yet, so write something first</source>
        <translation>non c&apos;è ancora niente da conservare, quindi prima scrivi qualcosa</translation>
    </message>
    <message>
        <source>its last changes could not be saved</source>
        <translation>non è stato possibile salvare le sue ultime modifiche</translation>
    </message>
</context>
<context>
    <name>Spill::StoryDocument</name>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Digitazione</translation>
    </message>
    <message>
        <source>Add Photo</source>
        <translation>Aggiungi foto</translation>
    </message>
    <message>
        <source>Add %1 Photos</source>
        <translation>Aggiungi %1 foto</translation>
    </message>
    <message>
        <source>Add Clip</source>
        <translation>Aggiungi clip</translation>
    </message>
    <message>
        <source>Add %1 Clips</source>
        <translation>Aggiungi %1 clip</translation>
    </message>
    <message>
        <source>Add %1 Photos and Clips</source>
        <translation>Aggiungi %1 foto e clip</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>Piatto</translation>
    </message>
    <message>
        <source>Recipe Link</source>
        <translation>Link alla ricetta</translation>
    </message>
    <message>
        <source>Published Link</source>
        <translation>Link pubblicato</translation>
    </message>
    <message>
        <source>What Went Wrong</source>
        <translation>Cosa è andato storto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>What I changed</source>
        <translation>Cosa ho cambiato</translation>
    </message>
    <message>
        <source>The fixed recipe</source>
        <translation>La ricetta corretta</translation>
    </message>
    <message>
        <source>Link Redemption</source>
        <translation>Collega un riscatto</translation>
    </message>
    <message>
        <source>Unlink Redemption</source>
        <translation>Scollega il riscatto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Intestazione</translation>
    </message>
    <message>
        <source>Hide Heading</source>
        <translation>Nascondi intestazione</translation>
    </message>
    <message>
        <source>Default Heading</source>
        <translation>Intestazione predefinita</translation>
    </message>
    <message>
        <source>Remove Clip</source>
        <translation>Rimuovi clip</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>Rimuovi foto</translation>
    </message>
    <message>
        <source>Move Clip</source>
        <translation>Sposta clip</translation>
    </message>
    <message>
        <source>Move Photo</source>
        <translation>Sposta foto</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Cambia ruolo</translation>
    </message>
    <message>
        <source>Describe Clip</source>
        <translation>Descrivi clip</translation>
    </message>
    <message>
        <source>Describe Photo</source>
        <translation>Descrivi foto</translation>
    </message>
    <message>
        <source>Mark as Decorative</source>
        <translation>Segna come decorativa</translation>
    </message>
    <message>
        <source>Unmark as Decorative</source>
        <translation>Togli «decorativa»</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Didascalia</translation>
    </message>
    <message>
        <source>Poster Frame</source>
        <translation>Fotogramma di copertina</translation>
    </message>
    <message>
        <source>Unmark as Edited</source>
        <translation>Togli «modificata»</translation>
    </message>
    <message>
        <source>Mark as Edited</source>
        <translation>Segna come modificata</translation>
    </message>
    <message>
        <source>Why Not Edited</source>
        <translation>Perché non modificata</translation>
    </message>
    <message>
        <source>Edit Media</source>
        <translation>Modifica media</translation>
    </message>
</context>
<context>
    <name>Spill::StoryEditor</name>
    <message>
        <source>Story editor</source>
        <translation>Editor della storia</translation>
    </message>
    <message>
        <source>Story page</source>
        <translation>Pagina della storia</translation>
    </message>
    <message>
        <source>Story coach</source>
        <translation>Coach della storia</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>Vai a «%1»</translation>
    </message>
</context>
<context>
    <name>Spill::StoryFileOpener</name>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Questo file non può essere importato.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be imported: this library is open read-only.</source>
        <translation>&quot;%1&quot; non può essere importata: questa libreria è aperta in sola lettura.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Storia senza titolo</translation>
    </message>
    <message>
        <source>Import a Story</source>
        <translation>Importa una storia</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot; into your library?</source>
        <translation>Importare &quot;%1&quot; nella tua libreria?</translation>
    </message>
    <message>
        <source>From %1. Its photos and clips are copied into the library; the file itself is left as it is.</source>
        <translation>Da %1. Le sue foto e i suoi clip vengono copiati nella libreria; il file resta com&apos;è.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not imported; nothing of it was kept.</source>
        <translation>&quot;%1&quot; non è stata importata; non se n&apos;è tenuto nulla.</translation>
    </message>
    <message>
        <source>From %1. The file itself is left as it is.</source>
        <translation>Da %1. Il file resta com&apos;è.</translation>
    </message>
</context>
<context>
    <name>Spill::StoryListModel</name>
    <message>
        <source>Untitled story</source>
        <translation>Storia senza titolo</translation>
    </message>
    <message>
        <source>trashed %1</source>
        <translation>cestinata %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h fa</numerusform>
            <numerusform>%n h fa</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ieri</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::StoryListPanel</name>
    <message>
        <source>Stories</source>
        <translation>Storie</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <source>New story (%1)</source>
        <translation>Nuova storia (%1)</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Nuova storia</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Cestino</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Sposta nel cestino</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Mostra il cestino</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Svuota cestino…</translation>
    </message>
    <message>
        <source>Back to stories</source>
        <translation>Torna alle storie</translation>
    </message>
    <message>
        <source>Back to the stories</source>
        <translation>Torna alle storie</translation>
    </message>
</context>
<context>
    <name>Spill::TagEdit</name>
    <message>
        <source>Tag suggestions</source>
        <translation>Etichette suggerite</translation>
    </message>
</context>
<context>
    <name>Spill::TrashPreview</name>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Take the story out of the trash and open it (Enter in the list)</source>
        <translation>Togli la storia dal cestino e aprila (Enter nell&apos;elenco)</translation>
    </message>
    <message>
        <source>The trashed story</source>
        <translation>La storia nel cestino</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Storia senza titolo</translation>
    </message>
    <message>
        <source>In the trash since %1. Restore it to edit it again.</source>
        <translation>Nel cestino dal %1. Ripristinala per modificarla di nuovo.</translation>
    </message>
    <message>
        <source>In the trash. Restore it to edit it again.</source>
        <translation>Nel cestino. Ripristinala per modificarla di nuovo.</translation>
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
        <translation>Posizione nella clip</translation>
    </message>
    <message>
        <source>Use this frame as &amp;poster</source>
        <translation>Usa questo fotogramma come &amp;copertina</translation>
    </message>
    <message>
        <source>Shown before the clip plays, in the editor and the exported post</source>
        <translation>Mostrato prima che parta la clip, nell&apos;editor e nel post esportato</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>%1 cannot be played: %2</source>
        <translation>Impossibile riprodurre %1: %2</translation>
    </message>
    <message>
        <source>Poster frame set to %1</source>
        <translation>Copertina impostata a %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
</context>
<context>
    <name>Spill::WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <source>Every kitchen fail is a story</source>
        <translation>Ogni disastro in cucina è una storia</translation>
    </message>
    <message>
        <source>The collapsed soufflé, the split custard, the blender that exploded: readers trust the creator who shows the burnt edges. Spill walks you through five short beats, from the dish you meant to make to the question you ask your readers.</source>
        <translation>Il soufflé afflosciato, la crema impazzita, il frullatore esploso: i lettori si fidano di chi mostra i bordi bruciati. Spill ti guida in cinque brevi tappe, dal piatto che volevi preparare alla domanda che fai ai tuoi lettori.</translation>
    </message>
    <message>
        <source>Start your first story</source>
        <translation>Inizia la tua prima storia</translation>
    </message>
    <message>
        <source>Add a sample story</source>
        <translation>Aggiungi una storia di esempio</translation>
    </message>
    <message>
        <source>A finished story, to see what a good one looks like</source>
        <translation>Una storia finita, per vedere com&apos;è fatta una storia ben riuscita</translation>
    </message>
</context>
<context>
    <name>Spill::WordPressSiteDialog</name>
    <message>
        <source>Add WordPress Site</source>
        <translation>Aggiungi sito WordPress</translation>
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
        <translation>Crea una password per le applicazioni in WordPress in Utenti &gt; Profilo &gt; Password per le applicazioni. Spill la conserva nel portachiavi di sistema, mai nei propri file.</translation>
    </message>
    <message>
        <source>&amp;Check Connection</source>
        <translation>&amp;Verifica connessione</translation>
    </message>
    <message>
        <source>&amp;Add Site</source>
        <translation>&amp;Aggiungi sito</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation>&amp;Password per le applicazioni:</translation>
    </message>
    <message>
        <source>Type the site&apos;s address.</source>
        <translation>Scrivi l&apos;indirizzo del sito.</translation>
    </message>
    <message>
        <source>“%1” is not a website address (http or https).</source>
        <translation>«%1» non è l&apos;indirizzo di un sito web (http o https).</translation>
    </message>
    <message>
        <source>Type your WordPress user name.</source>
        <translation>Scrivi il tuo nome utente WordPress.</translation>
    </message>
    <message>
        <source>Paste the application password.</source>
        <translation>Incolla la password per le applicazioni.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica…</translation>
    </message>
</context>
<context>
    <name>Spill::WordPressSites</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
</context>
<context>
    <name>Spill::WordPressSitesPage</name>
    <message>
        <source>Spill publishes stories straight to these WordPress sites, photos and clips included.</source>
        <translation>Spill pubblica le storie direttamente su questi siti WordPress, foto e clip comprese.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Your &amp;blogs:</source>
        <translation>I tuoi &amp;blog:</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;Nuovo sito…</translation>
    </message>
    <message>
        <source>&amp;Check Connection</source>
        <translation>&amp;Verifica connessione</translation>
    </message>
    <message>
        <source>Forget S&amp;ite</source>
        <translation>Dimentica &amp;sito</translation>
    </message>
    <message>
        <source>Forget the site and its password here; nothing on the site changes</source>
        <translation>Dimentica qui il sito e la sua password; sul sito non cambia nulla</translation>
    </message>
    <message>
        <source>No sites yet: add one to publish from Export.</source>
        <translation>Ancora nessun sito: aggiungine uno per pubblicare da Esporta.</translation>
    </message>
    <message>
        <source>Keeping the password…</source>
        <translation>Salvataggio della password…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verifica di %1…</translation>
    </message>
    <message>
        <source>%1 is forgotten here; its posts stay on the site.</source>
        <translation>%1 è stato dimenticato qui; i suoi post restano sul sito.</translation>
    </message>
</context>
<context>
    <name>Spill::WritePlace</name>
    <message>
        <source>Could not duplicate: %1</source>
        <translation>Impossibile duplicare: %1</translation>
    </message>
    <message>
        <source>Story moved to the trash.</source>
        <translation>Storia spostata nel cestino.</translation>
    </message>
    <message>
        <source>Story restored.</source>
        <translation>Storia ripristinata.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Il cestino è vuoto.</translation>
    </message>
    <message>
        <source>Select a story in the trash to see it here.</source>
        <translation>Seleziona una storia nel cestino per vederla qui.</translation>
    </message>
    <message>
        <source>Could not read this story: %1</source>
        <translation>Impossibile leggere questa storia: %1</translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation>Svuotare il cestino?</translation>
    </message>
    <message>
        <source>The stories in the trash and their versions will be deleted for good, with photos no other story uses. This cannot be undone.</source>
        <translation>Le storie nel cestino e le loro versioni verranno eliminate per sempre, insieme alle foto che nessun&apos;altra storia usa. Non si può annullare.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Svuota cestino</translation>
    </message>
    <message>
        <source>Could not empty the trash: %1</source>
        <translation>Impossibile svuotare il cestino: %1</translation>
    </message>
    <message>
        <source>The trash is empty, but some photos stayed: %1</source>
        <translation>Il cestino è vuoto, ma alcune foto sono rimaste: %1</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Scrivi</translation>
    </message>
    <message>
        <source>Could not open the story: %1</source>
        <translation>Impossibile aprire la storia: %1</translation>
    </message>
    <message>
        <source>Your last changes could not be saved, so this was not done.</source>
        <translation>Impossibile salvare le ultime modifiche, quindi non è stato fatto nulla.</translation>
    </message>
    <message>
        <source>This story has no history yet.</source>
        <translation>Questa storia non ha ancora una cronologia.</translation>
    </message>
    <message>
        <source>Version restored. The text before it is kept under History.</source>
        <translation>Versione ripristinata. Il testo precedente resta in Cronologia.</translation>
    </message>
    <message>
        <source>Adding the sample story…</source>
        <translation>Aggiunta della storia di esempio…</translation>
    </message>
    <message>
        <source>Could not add the sample story: %1</source>
        <translation>Impossibile aggiungere la storia di esempio: %1</translation>
    </message>
    <message>
        <source>Version saved. Find it under History.</source>
        <translation>Versione salvata. La trovi in Cronologia.</translation>
    </message>
    <message>
        <source>Could not save a version: %1</source>
        <translation>Impossibile salvare una versione: %1</translation>
    </message>
    <message>
        <source>Could not add the word: %1</source>
        <translation>Impossibile aggiungere la parola: %1</translation>
    </message>
    <message>
        <source>This library is open read-only, so nothing you type can be saved. %1</source>
        <translation>Questa libreria è aperta in sola lettura, quindi niente di ciò che scrivi può essere salvato. %1</translation>
    </message>
    <message>
        <source>Read-only library</source>
        <translation>Libreria in sola lettura</translation>
    </message>
    <message>
        <source>Spelling language of this story</source>
        <translation>Lingua per l&apos;ortografia della storia</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Cronologia…</translation>
    </message>
    <message>
        <source>Story history</source>
        <translation>Cronologia della storia</translation>
    </message>
    <message>
        <source>Earlier versions of this story</source>
        <translation>Versioni precedenti di questa storia</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Nuova storia</translation>
    </message>
    <message>
        <source>Save a &amp;Version</source>
        <translation>Salva una &amp;versione</translation>
    </message>
    <message>
        <source>Story &amp;History…</source>
        <translation>&amp;Cronologia della storia…</translation>
    </message>
    <message>
        <source>Go to the Story &amp;List</source>
        <translation>Vai all&apos;elenco delle &amp;storie</translation>
    </message>
</context>
<context>
    <name>SpillModule</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 non esiste</translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation>a %1 manca %2</translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <source>Ingredient</source>
        <translation>Ingrediente</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Attrezzo</translation>
    </message>
    <message>
        <source>Burnt</source>
        <translation>Bruciato</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Afflosciato</translation>
    </message>
    <message>
        <source>Split or curdled</source>
        <translation>Impazzito o separato</translation>
    </message>
    <message>
        <source>Under- or overcooked</source>
        <translation>Crudo o stracotto</translation>
    </message>
    <message>
        <source>Forgotten ingredient</source>
        <translation>Ingrediente dimenticato</translation>
    </message>
    <message>
        <source>Wrong substitution</source>
        <translation>Sostituzione sbagliata</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Dosi</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Attrezzatura</translation>
    </message>
    <message>
        <source>Spill or drop</source>
        <translation>Rovesciato o caduto</translation>
    </message>
    <message>
        <source>Seasoning</source>
        <translation>Condimento</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Rescued</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <source>Partly rescued</source>
        <translation>Salvato in parte</translation>
    </message>
    <message>
        <source>Binned</source>
        <translation>Buttato</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicata</translation>
    </message>
    <message>
        <source>Dream</source>
        <translation>Sogno</translation>
    </message>
    <message>
        <source>Reality</source>
        <translation>Realtà</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>crop</source>
        <translation>ritaglio</translation>
    </message>
    <message>
        <source>light</source>
        <translation>luce</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>colore</translation>
    </message>
</context>
<context>
    <name>StoryJson</name>
    <message>
        <source>&quot;headings&quot; must be an object</source>
        <translation>«headings» deve essere un oggetto</translation>
    </message>
    <message>
        <source>&quot;headings.%1&quot; must be a string or null</source>
        <translation>«headings.%1» deve essere una stringa o null</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una stringa</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>«%1» deve essere %2, non %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2, not &quot;%3&quot;</source>
        <translation>«%1» deve essere uno tra %2, non «%3»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>«%1» manca</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date and time with a UTC offset, like 2026-11-20T18:30:00+01:00, not &quot;%2&quot;</source>
        <translation>«%1» deve essere una data e ora con scarto UTC, come 2026-11-20T18:30:00+01:00, non «%2»</translation>
    </message>
    <message>
        <source>&quot;format&quot; is &quot;%1&quot;, but this version of Spill reads &quot;%2&quot;</source>
        <translation>«format» è «%1», ma questa versione di Spill legge «%2»</translation>
    </message>
    <message>
        <source>&quot;slug&quot; must use only lowercase letters, digits and single hyphens (at most %1 characters), not &quot;%2&quot;</source>
        <translation>«slug» deve usare solo lettere minuscole, cifre e trattini singoli (al massimo %1 caratteri), non «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a story&apos;s slug, not &quot;%2&quot;</source>
        <translation>«%1» deve essere lo slug di una storia, non «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date like 2026-12-01, not &quot;%2&quot;</source>
        <translation>«%1» deve essere una data come 2026-12-01, non «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>«%1» non deve essere vuoto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a path inside the story&apos;s folder, not &quot;%2&quot;</source>
        <translation>«%1» deve essere un percorso dentro la cartella della storia, non «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of milliseconds, 0 or more, not %2</source>
        <translation>«%1» deve essere un numero intero di millisecondi, 0 o più, non %2</translation>
    </message>
    <message>
        <source>line %1, column %2: JSON syntax error: %3</source>
        <translation>riga %1, colonna %2: errore di sintassi JSON: %3</translation>
    </message>
    <message>
        <source>the file must hold one JSON object, not %1</source>
        <translation>il file deve contenere un solo oggetto JSON, non %1</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>un valore singolo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be kept exactly: %2</source>
        <translation>«%1» non può essere conservato esattamente: %2</translation>
    </message>
    <message>
        <source>%1: media file &quot;%2&quot; must be a path inside the story&apos;s folder</source>
        <translation>%1: il file multimediale «%2» deve essere un percorso dentro la cartella della storia</translation>
    </message>
    <message>
        <source>%1: media file &quot;%2&quot; leads outside the story&apos;s folder</source>
        <translation>%1: il file multimediale «%2» porta fuori dalla cartella della storia</translation>
    </message>
    <message>
        <source>it holds an unpaired surrogate \u%1 (character %2), which is not text</source>
        <translation>contiene un surrogato spaiato \u%1 (carattere %2), che non è testo</translation>
    </message>
    <message>
        <source>it starts with a byte order mark (U+FEFF), which Spill&apos;s reader would drop</source>
        <translation>inizia con un byte order mark (U+FEFF), che il lettore di Spill scarterebbe</translation>
    </message>
    <message>
        <source>it holds the noncharacter U+%1 (character %2), which Spill&apos;s reader would replace</source>
        <translation>contiene il non-carattere U+%1 (carattere %2), che il lettore di Spill sostituirebbe</translation>
    </message>
    <message>
        <source>it holds the character U+%1 (character %2), which Spill cannot keep exactly</source>
        <translation>contiene il carattere U+%1 (carattere %2), che Spill non può conservare esattamente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice; keep the one you mean</source>
        <translation>«%1» compare due volte; tieni il valore che intendi</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>no thumbnail of %1 pixels can be made for %2.%3</source>
        <translation>impossibile creare una miniatura di %1 pixel per %2.%3</translation>
    </message>
    <message>
        <source>%1: the media file is missing from the library</source>
        <translation>%1: il file multimediale manca dalla libreria</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the thumbnail %1 cannot be written (%2)</source>
        <translation>impossibile scrivere la miniatura %1 (%2)</translation>
    </message>
    <message>
        <source>no image or a malformed name</source>
        <translation>nessuna immagine o nome non valido</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>impossibile creare la cartella</translation>
    </message>
    <message>
        <source>encoding failed</source>
        <translation>codifica non riuscita</translation>
    </message>
    <message>
        <source>%1.%2 is not a stored clip</source>
        <translation>%1.%2 non è una clip archiviata</translation>
    </message>
    <message>
        <source>%1: no frame at %2 ms</source>
        <translation>%1: nessun fotogramma a %2 ms</translation>
    </message>
    <message>
        <source>the poster frame %1 cannot be written (%2)</source>
        <translation>impossibile scrivere il fotogramma di copertina %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TransferModule</name>
    <message>
        <source>import, export and publish are not installed (%1)</source>
        <translation>importazione, esportazione e pubblicazione non sono installate (%1)</translation>
    </message>
    <message>
        <source>the share kit cannot be painted (%1)</source>
        <translation>impossibile disegnare il kit di condivisione (%1)</translation>
    </message>
</context>
<context>
    <name>TrashStoriesCommand</name>
    <message>
        <source>Move to Trash</source>
        <translation>Sposta nel cestino</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
</context>
<context>
    <name>VideoModule</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 non esiste</translation>
    </message>
    <message>
        <source>%1 is not Spill&apos;s video module</source>
        <translation>%1 non è il modulo video di Spill</translation>
    </message>
    <message>
        <source>Spill&apos;s video support is not installed (%1)</source>
        <translation>Il supporto video di Spill non è installato (%1)</translation>
    </message>
</context>
<context>
    <name>VideoProbe</name>
    <message>
        <source>the file does not exist</source>
        <translation>il file non esiste</translation>
    </message>
    <message>
        <source>it has no video track</source>
        <translation>non ha una traccia video</translation>
    </message>
    <message>
        <source>the frame at %1 ms could not be converted</source>
        <translation>impossibile convertire il fotogramma a %1 ms</translation>
    </message>
    <message>
        <source>probing did not finish within %1 s</source>
        <translation>l&apos;analisi non è terminata entro %1 s</translation>
    </message>
    <message>
        <source>it is not a playable video (%1)</source>
        <translation>non è un video riproducibile (%1)</translation>
    </message>
    <message>
        <source>it ended before a frame was shown</source>
        <translation>è finito prima che venisse mostrato un fotogramma</translation>
    </message>
    <message>
        <source>--frame needs a time in milliseconds</source>
        <translation>--frame richiede un tempo in millisecondi</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argomento inatteso %1</translation>
    </message>
    <message>
        <source>usage: __probe FILE [--frame MS --out PNG]</source>
        <translation>uso: __probe FILE [--frame MS --out PNG]</translation>
    </message>
    <message>
        <source>encoding failed</source>
        <translation>codifica non riuscita</translation>
    </message>
    <message>
        <source>the frame could not be written to %1 (%2)</source>
        <translation>impossibile scrivere il fotogramma in %1 (%2)</translation>
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
        <translation>nessuna cartella temporanea per il fotogramma (%1)</translation>
    </message>
    <message>
        <source>the video probe %1 could not be started (%2)</source>
        <translation>impossibile avviare l&apos;analizzatore video %1 (%2)</translation>
    </message>
    <message>
        <source>probing took longer than %1 s and was stopped; the file may be damaged</source>
        <translation>l&apos;analisi ha richiesto più di %1 s ed è stata interrotta; il file potrebbe essere danneggiato</translation>
    </message>
    <message>
        <source>the video probe crashed on this file; it is probably damaged</source>
        <translation>l&apos;analizzatore video si è bloccato su questo file; probabilmente è danneggiato</translation>
    </message>
    <message>
        <source>the video probe gave no answer (exit code %1)</source>
        <translation>l&apos;analizzatore video non ha dato risposta (codice di uscita %1)</translation>
    </message>
    <message>
        <source>the video probe failed</source>
        <translation>l&apos;analizzatore video non è riuscito</translation>
    </message>
    <message>
        <source>the poster frame could not be read (%1)</source>
        <translation>impossibile leggere il fotogramma di copertina (%1)</translation>
    </message>
</context>
<context>
    <name>WebPreviewModule</name>
    <message>
        <source>Spill runs as root, where Chromium refuses its sandbox: the preview runs without it</source>
        <translation>Spill è in esecuzione come root, dove Chromium rifiuta la sua sandbox: l&apos;anteprima funziona senza</translation>
    </message>
    <message>
        <source>Chromium&apos;s sandbox is off: %1 is set</source>
        <translation>La sandbox di Chromium è disattivata: %1 è impostata</translation>
    </message>
    <message>
        <source>The browser engine cannot start: this system does not let Chromium build its sandbox (user namespaces are switched off)</source>
        <translation>Il motore del browser non può avviarsi: questo sistema non permette a Chromium di creare la sua sandbox (gli user namespace sono disattivati)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 non esiste</translation>
    </message>
    <message>
        <source>%1 is not Spill&apos;s web preview module</source>
        <translation>%1 non è il modulo di anteprima web di Spill</translation>
    </message>
    <message>
        <source>Spill&apos;s browser engine for the preview is not installed (%1)</source>
        <translation>Il motore del browser di Spill per l&apos;anteprima non è installato (%1)</translation>
    </message>
</context>
<context>
    <name>WindowModule</name>
    <message>
        <source>Spill&apos;s window is not installed (%1)</source>
        <translation>La finestra di Spill non è installata (%1)</translation>
    </message>
</context>
<context>
    <name>WordPress</name>
    <message>
        <source>%1 on %2 may not upload files or write posts: give the user the Author role or higher</source>
        <translation>%1 su %2 non può caricare file o scrivere post: assegna all&apos;utente il ruolo Autore o superiore</translation>
    </message>
    <message>
        <source>%1 took the file but gave no id for it</source>
        <translation>%1 ha accettato il file ma non ha fornito un id</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 non ha risposto in tempo</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times in a row, so Spill stopped: check the site&apos;s address and its redirect rules</source>
        <translation>%1 ha reindirizzato più di %2 volte di fila, quindi Spill si è fermato: controlla l&apos;indirizzo del sito e le sue regole di reindirizzamento</translation>
    </message>
    <message>
        <source>%1 sent Spill on to %2, which is not a secure address, so Spill stopped: your application password never goes out unencrypted</source>
        <translation>%1 ha mandato Spill a %2, che non è un indirizzo sicuro, quindi Spill si è fermato: la tua password per le applicazioni non viaggia mai in chiaro</translation>
    </message>
    <message>
        <source>%1 sent Spill on to %2, another server, so Spill stopped: your application password goes to %1 only. If the blog has moved, use its new address</source>
        <translation>%1 ha mandato Spill a %2, un altro server, quindi Spill si è fermato: la tua password per le applicazioni va solo a %1. Se il blog si è trasferito, usa il suo nuovo indirizzo</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed (%2): check the address, or the site&apos;s certificate</source>
        <translation>la connessione sicura a %1 non è riuscita (%2): controlla l&apos;indirizzo o il certificato del sito</translation>
    </message>
    <message>
        <source>%1 was not found: check the address and the network</source>
        <translation>%1 non trovato: controlla l&apos;indirizzo e la rete</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the address right and the site up?</source>
        <translation>%1 ha rifiutato la connessione: l&apos;indirizzo è giusto e il sito è online?</translation>
    </message>
    <message>
        <source>%1 closed the connection before it answered</source>
        <translation>%1 ha chiuso la connessione prima di rispondere</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2)</source>
        <translation>%1 non è raggiungibile (%2)</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Stato HTTP %1</translation>
    </message>
    <message>
        <source>%1 (HTTP status %2)</source>
        <translation>%1 (stato HTTP %2)</translation>
    </message>
    <message>
        <source>%1 refused the file as too large: its server&apos;s upload limit is lower (HTTP status 413)</source>
        <translation>%1 ha rifiutato il file perché troppo grande: il limite di caricamento del suo server è più basso (stato HTTP 413)</translation>
    </message>
    <message>
        <source>the REST API of %1 is switched off or blocked, so Spill cannot publish there: %2</source>
        <translation>l&apos;API REST di %1 è disattivata o bloccata, quindi Spill non può pubblicarci: %2</translation>
    </message>
    <message>
        <source>%1 did not accept the user name and application password: %2</source>
        <translation>%1 non ha accettato il nome utente e la password per le applicazioni: %2</translation>
    </message>
    <message>
        <source>%1 does not let this user do that: %2</source>
        <translation>%1 non permette a questo utente di farlo: %2</translation>
    </message>
    <message>
        <source>%1 has no such item: %2</source>
        <translation>%1 non ha questo elemento: %2</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 ha risposto con un errore: %2</translation>
    </message>
    <message>
        <source>%1 looks like WordPress, but its REST API does not answer, so Spill cannot publish there: it may be switched off by a plugin</source>
        <translation>%1 sembra WordPress, ma la sua API REST non risponde, quindi Spill non può pubblicarci: potrebbe averla disattivata un plugin</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a WordPress site (no REST API at /wp-json/ or /?rest_route=/)</source>
        <translation>%1 risponde, ma non è un sito WordPress (nessuna API REST in /wp-json/ o /?rest_route=/)</translation>
    </message>
    <message>
        <source>%1 answered, but not with what WordPress sends (%2)</source>
        <translation>%1 ha risposto, ma non con ciò che invia WordPress (%2)</translation>
    </message>
</context>
<context>
    <name>WordPressModule</name>
    <message>
        <source>publishing to WordPress is not installed (%1)</source>
        <translation>la pubblicazione su WordPress non è installata (%1)</translation>
    </message>
</context>
<context>
    <name>WordPressPublish</name>
    <message>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: %2: %3</source>
        <translation>Storia «%1»: %2: %3</translation>
    </message>
    <message>
        <source>preparing the photos and clips</source>
        <translation>durante la preparazione delle foto e delle clip</translation>
    </message>
    <message>
        <source>checking %1 on the site</source>
        <translation>durante la verifica di %1 sul sito</translation>
    </message>
    <message>
        <source>looking for %1 on the site</source>
        <translation>durante la ricerca di %1 sul sito</translation>
    </message>
    <message>
        <source>From the story “%1” (%2)</source>
        <translation>Dalla storia «%1» (%2)</translation>
    </message>
    <message>
        <source>setting the alt text and caption of %1</source>
        <translation>durante l&apos;impostazione di testo alternativo e didascalia di %1</translation>
    </message>
    <message>
        <source>Uploading the poster of %1 (%2 of %3)</source>
        <translation>Caricamento della copertina di %1 (%2 di %3)</translation>
    </message>
    <message>
        <source>Uploading clip %1 (%2 of %3)</source>
        <translation>Caricamento della clip %1 (%2 di %3)</translation>
    </message>
    <message>
        <source>Uploading photo %1 (%2 of %3)</source>
        <translation>Caricamento della foto %1 (%2 di %3)</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>durante il caricamento di %1</translation>
    </message>
    <message>
        <source>finding or creating the tag &quot;%1&quot;</source>
        <translation>durante la ricerca o la creazione dell&apos;etichetta «%1»</translation>
    </message>
    <message>
        <source>finding or creating the category &quot;%1&quot;</source>
        <translation>durante la ricerca o la creazione della categoria «%1»</translation>
    </message>
    <message>
        <source>looking for an earlier post of this story</source>
        <translation>durante la ricerca di un post precedente di questa storia</translation>
    </message>
    <message>
        <source>sending the post</source>
        <translation>durante l&apos;invio del post</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: its post %2 is gone from the site: a new post was made</source>
        <translation>Storia «%1»: il suo post %2 non è più sul sito: è stato creato un nuovo post</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: media %2 could not be attached to the post: %3</source>
        <translation>Storia «%1»: impossibile allegare il media %2 al post: %3</translation>
    </message>
</context>
</TS>
