<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddTagCommand</name>
    <message>
        <source>Add Tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
</context>
<context>
    <name>BeatHeading</name>
    <message>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <source>What I was making</source>
        <translation>Lo que quería cocinar</translation>
    </message>
    <message>
        <source>The dream</source>
        <translation>El sueño</translation>
    </message>
    <message>
        <source>Where it went sideways</source>
        <translation>Dónde se torció todo</translation>
    </message>
    <message>
        <source>The moment it turned</source>
        <translation>Cuando todo cambió</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <source>The rescue</source>
        <translation>El rescate</translation>
    </message>
    <message>
        <source>What I did about it</source>
        <translation>Lo que hice al respecto</translation>
    </message>
    <message>
        <source>Damage control</source>
        <translation>Control de daños</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Lo que aprendí</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>La próxima vez</translation>
    </message>
    <message>
        <source>The takeaway</source>
        <translation>La conclusión</translation>
    </message>
    <message>
        <source>Over to you</source>
        <translation>Ahora te toca a ti</translation>
    </message>
    <message>
        <source>Your turn</source>
        <translation>Tu turno</translation>
    </message>
    <message>
        <source>Have you been there?</source>
        <translation>¿Te ha pasado alguna vez?</translation>
    </message>
</context>
<context>
    <name>Beats</name>
    <message>
        <source>Intended dish</source>
        <translation>Plato previsto</translation>
    </message>
    <message>
        <source>What were you making, and how was it meant to turn out?</source>
        <translation>¿Qué estabas cocinando y cómo tenía que quedar?</translation>
    </message>
    <message>
        <source>Paint the picture you had in your head: the recipe, the occasion, and the look and taste you were after.</source>
        <translation>Pinta la imagen que tenías en la cabeza: la receta, la ocasión y el aspecto y el sabor que buscabas.</translation>
    </message>
    <message>
        <source>It was my sister&apos;s birthday, and I wanted a cheese soufflé that rose a proud five centimetres above the ramekin: golden on top, trembling inside, the kind you rush to the table before it sighs.</source>
        <translation>Era el cumpleaños de mi hermana y quería un suflé de queso que subiera, orgulloso, cinco centímetros por encima del molde: dorado por arriba, tembloroso por dentro, de esos que llevas corriendo a la mesa antes de que suspire.</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <source>When did it go sideways, and what did it look like?</source>
        <translation>¿Cuándo se torció y qué aspecto tenía?</translation>
    </message>
    <message>
        <source>Name the moment it turned. Readers trust you more when you show the burnt edge than when you only mention it.</source>
        <translation>Nombra el momento en que todo cambió. Tus lectores confían más en ti cuando enseñas el borde quemado que cuando solo lo mencionas.</translation>
    </message>
    <message>
        <source>Twenty minutes in I opened the oven, just to check. A gust of cool air rolled in and the soufflé folded in on itself like a bouncy castle at closing time.</source>
        <translation>A los veinte minutos abrí el horno, solo para mirar. Entró una ráfaga de aire frío y el suflé se desplomó sobre sí mismo como un castillo hinchable a la hora de cerrar.</translation>
    </message>
    <message>
        <source>Salvage</source>
        <translation>Rescate</translation>
    </message>
    <message>
        <source>What did you do about it? Rescued, reinvented, or binned?</source>
        <translation>¿Qué hiciste al respecto? ¿Lo rescataste, lo reinventaste o acabó en la basura?</translation>
    </message>
    <message>
        <source>Tell readers what happened next: a rescue, a clever reinvention, or an honest trip to the bin.</source>
        <translation>Cuenta a tus lectores qué pasó después: un rescate, una reinvención ingeniosa o un viaje honesto a la basura.</translation>
    </message>
    <message>
        <source>I spooned the cheesy puddle onto toast, scattered chives over it and called it soufflé rarebit. My sister asked for seconds, so I am counting it as half a win.</source>
        <translation>Serví el charco de queso sobre pan tostado, le eché cebollino por encima y lo llamé «suflé rarebit». Mi hermana repitió, así que lo cuento como media victoria.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>What will you do differently next time?</source>
        <translation>¿Qué harás distinto la próxima vez?</translation>
    </message>
    <message>
        <source>Turn the fail into one tip a reader can use tonight. Be specific: a temperature, a time, a tool.</source>
        <translation>Convierte el desastre en un consejo que un lector pueda usar esta misma noche. Sé concreto: una temperatura, un tiempo, un utensilio.</translation>
    </message>
    <message>
        <source>Keep the oven door shut for the first 25 minutes. If you must look, switch on the oven light: a soufflé needs steady heat until its walls have set.</source>
        <translation>Mantén la puerta del horno cerrada los primeros 25 minutos. Si tienes que mirar, enciende la luz del horno: un suflé necesita calor constante hasta que sus paredes cuajen.</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Llamada a la acción</translation>
    </message>
    <message>
        <source>What do you ask your readers?</source>
        <translation>¿Qué les preguntas a tus lectores?</translation>
    </message>
    <message>
        <source>End with a question readers can answer in the comments, so your fail starts a conversation.</source>
        <translation>Termina con una pregunta que tus lectores puedan responder en los comentarios, para que tu desastre abra una conversación.</translation>
    </message>
    <message>
        <source>Which dish humbled you last? Tell me about your most dramatic collapse in the comments, and bonus points for photos.</source>
        <translation>¿Qué plato te bajó los humos la última vez? Cuéntame en los comentarios tu derrumbe más dramático, y si hay fotos, mejor todavía.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>media: %1</source>
        <translation>medios: %1</translation>
    </message>
    <message>
        <source>media: missing %1 (&quot;%2&quot; in the story &quot;%3&quot;); expected in %4</source>
        <translation>medios: falta %1 («%2» en la historia «%3»); se esperaba en %4</translation>
    </message>
    <message>
        <source>a file without a hash</source>
        <translation>un archivo sin hash</translation>
    </message>
    <message>
        <source>media: leftover temporary file %1 from an interrupted import (not deleted; remove it when no Spill is running)</source>
        <translation>medios: archivo temporal sobrante %1 de una importación interrumpida (no se ha borrado; elimínalo cuando no haya ningún Spill en marcha)</translation>
    </message>
    <message>
        <source>media: %1 is not used by any story or revision (an interrupted import may have left it; not deleted)</source>
        <translation>medios: %1 no lo usa ninguna historia ni revisión (puede que lo haya dejado una importación interrumpida; no se ha borrado)</translation>
    </message>
    <message>
        <source>library: %1</source>
        <translation>biblioteca: %1</translation>
    </message>
    <message numerus="yes">
        <source>media: %n files referenced, all present</source>
        <translation>
            <numerusform>medios: %n archivo referenciado, presente</numerusform>
            <numerusform>medios: %n archivos referenciados, todos presentes</numerusform>
        </translation>
    </message>
    <message>
        <source>the library file %1 is damaged (see the report above); restore a copy from %2</source>
        <translation>el archivo de la biblioteca %1 está dañado (mira el informe de arriba); restaura una copia desde %2</translation>
    </message>
    <message>
        <source>the stories&apos; media could not be checked</source>
        <translation>no se pudieron comprobar los medios de las historias</translation>
    </message>
    <message>
        <source>the library file %1 is damaged (see the report above), and there is no backup of it in %2</source>
        <translation>el archivo de la biblioteca %1 está dañado (mira el informe de arriba) y no hay ninguna copia de seguridad en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n media files used by stories are missing from the library</source>
        <translation>
            <numerusform>falta en la biblioteca %n archivo multimedia usado por historias</numerusform>
            <numerusform>faltan en la biblioteca %n archivos multimedia usados por historias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipRemux</name>
    <message>
        <source>Cannot remux the clip %1: %2</source>
        <translation>No se puede remultiplexar el clip %1: %2</translation>
    </message>
    <message>
        <source>it is not an MP4, MOV or WebM video (%1)</source>
        <translation>no es un video MP4, MOV ni WebM (%1)</translation>
    </message>
    <message>
        <source>its streams cannot be read (%1)</source>
        <translation>sus flujos no se pueden leer (%1)</translation>
    </message>
    <message>
        <source>Spill cannot write .%1 clips</source>
        <translation>Spill no puede escribir clips .%1</translation>
    </message>
    <message>
        <source>it holds no audio or video</source>
        <translation>no contiene audio ni video</translation>
    </message>
    <message>
        <source>it cannot be read to the end (%1)</source>
        <translation>no se puede leer hasta el final (%1)</translation>
    </message>
</context>
<context>
    <name>ClipRemuxModule</name>
    <message>
        <source>the clip remux module could not be loaded: %1</source>
        <translation>no se pudo cargar el módulo de remultiplexado de clips: %1</translation>
    </message>
    <message>
        <source>Cannot remux the clip %1: %2</source>
        <translation>No se puede remultiplexar el clip %1: %2</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <source>Readers need the dish you dreamed of to feel what was at stake.</source>
        <translation>Los lectores necesitan el plato con el que soñabas para sentir lo que estaba en juego.</translation>
    </message>
    <message>
        <source>This is the moment readers recognise from their own kitchens.</source>
        <translation>Este es el momento que los lectores reconocen de sus propias cocinas.</translation>
    </message>
    <message>
        <source>What you did next is the useful, often funny part readers remember.</source>
        <translation>Lo que hiciste después es la parte útil, y a menudo divertida, que los lectores recuerdan.</translation>
    </message>
    <message>
        <source>The lesson turns your fail into a tip readers can trust.</source>
        <translation>La lección convierte tu desastre en un consejo del que los lectores pueden fiarse.</translation>
    </message>
    <message>
        <source>Ending with a question invites readers to share their own fails.</source>
        <translation>Terminar con una pregunta invita a los lectores a compartir sus propios desastres.</translation>
    </message>
    <message>
        <source>Give your story a title</source>
        <translation>Ponle un título a tu historia</translation>
    </message>
    <message>
        <source>The title is the first thing readers see, in feeds and in search results.</source>
        <translation>El título es lo primero que ven los lectores, en los feeds y en los resultados de búsqueda.</translation>
    </message>
    <message numerus="yes">
        <source>The title is short: %n characters</source>
        <translation>
            <numerusform>El título es corto: %n carácter</numerusform>
            <numerusform>El título es corto: %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>A title of 20 to 70 characters gives readers enough to get curious.</source>
        <translation>Un título de 20 a 70 caracteres da a los lectores lo justo para despertar su curiosidad.</translation>
    </message>
    <message numerus="yes">
        <source>The title is long: %n characters</source>
        <translation>
            <numerusform>El título es largo: %n carácter</numerusform>
            <numerusform>El título es largo: %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Feeds and search results cut titles after about 70 characters, so readers may miss the end.</source>
        <translation>Los feeds y los resultados de búsqueda cortan los títulos a partir de unos 70 caracteres, así que los lectores pueden perderse el final.</translation>
    </message>
    <message>
        <source>The title length is just right</source>
        <translation>El título tiene la longitud justa</translation>
    </message>
    <message>
        <source>Titles of 20 to 70 characters show in full wherever readers find them.</source>
        <translation>Los títulos de 20 a 70 caracteres se ven completos dondequiera que los lectores los encuentren.</translation>
    </message>
    <message>
        <source>Write “%1”</source>
        <translation>Escribe «%1»</translation>
    </message>
    <message>
        <source>All five beats are written</source>
        <translation>Los cinco pasos están escritos</translation>
    </message>
    <message>
        <source>A whole arc, from plan to lesson, is what makes a fail worth reading.</source>
        <translation>Un arco completo, del plan a la lección, es lo que hace que un desastre merezca la pena leerse.</translation>
    </message>
    <message>
        <source>Your fail is on camera</source>
        <translation>Tu desastre está en imágenes</translation>
    </message>
    <message>
        <source>A photo of what went wrong earns more trust than any description.</source>
        <translation>Una foto de lo que salió mal genera más confianza que cualquier descripción.</translation>
    </message>
    <message>
        <source>Show what went wrong</source>
        <translation>Muestra lo que salió mal</translation>
    </message>
    <message>
        <source>A photo or clip of the mishap lets readers see it, trust you, and laugh along.</source>
        <translation>Una foto o un clip del desastre permite a los lectores verlo, confiar en ti y reírse contigo.</translation>
    </message>
    <message>
        <source>Describe clip %1</source>
        <translation>Describe el clip %1</translation>
    </message>
    <message>
        <source>Describe photo %1</source>
        <translation>Describe la foto %1</translation>
    </message>
    <message>
        <source>Readers using a screen reader hear this description; if it only decorates, mark it decorative instead.</source>
        <translation>Los lectores que usan un lector de pantalla oyen esta descripción; si solo es decorativa, márcala como decorativa.</translation>
    </message>
    <message>
        <source>Say what clip %1 shows</source>
        <translation>Di qué muestra el clip %1</translation>
    </message>
    <message>
        <source>Say what photo %1 shows</source>
        <translation>Di qué muestra la foto %1</translation>
    </message>
    <message>
        <source>A screen reader reads “%1” aloud, which tells a listener nothing about your dish.</source>
        <translation>Un lector de pantalla lee «%1» en voz alta, y eso no le dice nada de tu plato a quien escucha.</translation>
    </message>
    <message>
        <source>Every photo and clip is described</source>
        <translation>Todas las fotos y clips están descritos</translation>
    </message>
    <message>
        <source>Readers who use a screen reader get the whole story too.</source>
        <translation>Los lectores que usan un lector de pantalla también reciben la historia completa.</translation>
    </message>
    <message>
        <source>Its file says it was changed after it was taken.</source>
        <translation>Su archivo indica que se modificó después de tomarla.</translation>
    </message>
    <message>
        <source>Its file says %1 changed it after it was taken.</source>
        <translation>Su archivo indica que %1 la modificó después de tomarla.</translation>
    </message>
    <message>
        <source>Say why photo %1 is not marked edited</source>
        <translation>Di por qué la foto %1 no está marcada como editada</translation>
    </message>
    <message>
        <source>Readers trust a post that says what was changed; if the file is wrong, say why.</source>
        <translation>Los lectores confían en una entrada que dice qué se modificó; si el archivo se equivoca, explica por qué.</translation>
    </message>
    <message>
        <source>The lesson gives readers a tip</source>
        <translation>La lección da un consejo a los lectores</translation>
    </message>
    <message>
        <source>Something to try tonight is what brings readers back.</source>
        <translation>Algo que probar esta misma noche es lo que hace volver a los lectores.</translation>
    </message>
    <message>
        <source>Turn the lesson into a tip</source>
        <translation>Convierte la lección en un consejo</translation>
    </message>
    <message>
        <source>Readers remember a fail that hands them something to do: a temperature, a time, a “next time, …”.</source>
        <translation>Los lectores recuerdan un desastre que les da algo que hacer: una temperatura, un tiempo, un «la próxima vez…».</translation>
    </message>
    <message>
        <source>The lesson names what caused it</source>
        <translation>La lección nombra la causa</translation>
    </message>
    <message>
        <source>Readers see how the change led to the fail, and what to do instead.</source>
        <translation>Los lectores ven cómo el cambio provocó el desastre y qué hacer en su lugar.</translation>
    </message>
    <message>
        <source>Link the lesson to what caused it</source>
        <translation>Relaciona la lección con la causa</translation>
    </message>
    <message>
        <source>You marked “%1” as what caused the fail: say in the lesson what to do about it.</source>
        <translation>Marcaste «%1» como la causa del desastre: di en la lección qué hacer al respecto.</translation>
    </message>
    <message>
        <source>Your call to action asks a question</source>
        <translation>Tu llamada a la acción hace una pregunta</translation>
    </message>
    <message>
        <source>A question gives readers an easy way into the comments.</source>
        <translation>Una pregunta les abre a los lectores una puerta fácil a los comentarios.</translation>
    </message>
    <message>
        <source>End with a question</source>
        <translation>Termina con una pregunta</translation>
    </message>
    <message>
        <source>Readers answer questions: ask one and they will share their own fails.</source>
        <translation>Los lectores responden preguntas: haz una y compartirán sus propios desastres.</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lectura</numerusform>
            <numerusform>%n min de lectura</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowing how long a story takes helps readers settle in and read to the end.</source>
        <translation>Saber cuánto se tarda en leer una historia ayuda a los lectores a acomodarse y leer hasta el final.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>there is no library at %1</source>
        <translation>no hay ninguna biblioteca en %1</translation>
    </message>
    <message>
        <source>another Spill has the library %1 open; close it and try again. Nothing was changed.</source>
        <translation>otro Spill tiene abierta la biblioteca %1; ciérralo y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>the library %1 was saved by a newer version of Spill; update Spill to change it. Nothing was changed.</source>
        <translation>la biblioteca %1 se guardó con una versión más reciente de Spill; actualiza Spill para modificarla. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>the library folder %1 cannot be written. Nothing was changed.</source>
        <translation>no se puede escribir en la carpeta de la biblioteca %1. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>there is no story &quot;%1&quot; in the library %2 (see &apos;spill list&apos;)</source>
        <translation>no hay ninguna historia «%1» en la biblioteca %2 (consulta «spill list»)</translation>
    </message>
    <message>
        <source>Try &apos;spill --help&apos; for more information.</source>
        <translation>Prueba «spill --help» para más información.</translation>
    </message>
    <message>
        <source>the window cannot be opened from here</source>
        <translation>la ventana no se puede abrir desde aquí</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido «%1»</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>la opción «%1» necesita un valor</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; does not apply to &apos;%2&apos;</source>
        <translation>la opción «%1» no se aplica a «%2»</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a command before it</source>
        <translation>la opción «%1» necesita un comando delante</translation>
    </message>
    <message>
        <source>option &apos;--library&apos; needs a folder</source>
        <translation>la opción «--library» necesita una carpeta</translation>
    </message>
    <message>
        <source>option &apos;--limit&apos; needs a whole number above zero, not &apos;%1&apos;</source>
        <translation>la opción «--limit» necesita un número entero mayor que cero, no «%1»</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos; (choose from %2)</source>
        <translation>formato de exportación desconocido «%1» (elige entre %2)</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (choose from draft, publish)</source>
        <translation>estado desconocido «%1» (elige entre draft, publish)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for &apos;%2&apos;</source>
        <translation>opción desconocida «%1» para «%2»</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opción desconocida «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no argument &apos;%2&apos;</source>
        <translation>«%1» no admite el argumento «%2»</translation>
    </message>
    <message>
        <source>&apos;import&apos; needs at least one story file (FILE.json)</source>
        <translation>«import» necesita al menos un archivo de historia (ARCHIVO.json)</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs words to look for</source>
        <translation>«search» necesita palabras que buscar</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --format (%1)</source>
        <translation>«export» necesita --format (%1)</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --out DIR, the folder to write into</source>
        <translation>«export» necesita --out CARPETA, la carpeta donde escribir</translation>
    </message>
    <message>
        <source>&apos;export&apos; takes either --all or story slugs, not both</source>
        <translation>«export» admite --all o slugs de historias, no ambos</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --all or the slugs of the stories to export</source>
        <translation>«export» necesita --all o los slugs de las historias que quieres exportar</translation>
    </message>
    <message>
        <source>&apos;--theme&apos; applies to the html formats, not &apos;%1&apos;</source>
        <translation>«--theme» se aplica a los formatos html, no a «%1»</translation>
    </message>
    <message>
        <source>&apos;--share-kit&apos; applies to the markdown and html formats, not &apos;json&apos;</source>
        <translation>«--share-kit» se aplica a los formatos markdown y html, no a «json»</translation>
    </message>
    <message>
        <source>&apos;publish&apos; needs --site URL, the WordPress site&apos;s address</source>
        <translation>«publish» necesita --site URL, la dirección del sitio de WordPress</translation>
    </message>
    <message>
        <source>&apos;--site&apos; needs an http or https address, not &apos;%1&apos;</source>
        <translation>«--site» necesita una dirección http o https, no «%1»</translation>
    </message>
    <message>
        <source>&apos;publish&apos; needs --user NAME, the WordPress user</source>
        <translation>«publish» necesita --user NAME, el usuario de WordPress</translation>
    </message>
    <message>
        <source>&apos;publish&apos; takes either --all or story slugs, not both</source>
        <translation>«publish» admite --all o slugs de historias, no ambos</translation>
    </message>
    <message>
        <source>&apos;publish&apos; needs --all or the slugs of the stories to publish</source>
        <translation>«publish» necesita --all o los slugs de las historias que quieres publicar</translation>
    </message>
    <message>
        <source>add stories from spill-story/1 JSON files</source>
        <translation>añadir historias desde archivos JSON spill-story/1</translation>
    </message>
    <message>
        <source>list the stories in the library</source>
        <translation>listar las historias de la biblioteca</translation>
    </message>
    <message>
        <source>one JSON array, every field</source>
        <translation>un array JSON con todos los campos</translation>
    </message>
    <message>
        <source>find stories by title, dish, beats and tags</source>
        <translation>buscar historias por título, plato, pasos y etiquetas</translation>
    </message>
    <message>
        <source>one JSON array of the hits</source>
        <translation>un array JSON de los resultados</translation>
    </message>
    <message>
        <source>at most N hits (20)</source>
        <translation>como mucho N resultados (20)</translation>
    </message>
    <message>
        <source>write stories as posts or spill-story/1 files</source>
        <translation>escribir historias como entradas o archivos spill-story/1</translation>
    </message>
    <message>
        <source>markdown, hugo, jekyll, html, html-single or json</source>
        <translation>markdown, hugo, jekyll, html, html-single o json</translation>
    </message>
    <message>
        <source>the folder to write into</source>
        <translation>la carpeta donde escribir</translation>
    </message>
    <message>
        <source>the html formats&apos; theme</source>
        <translation>el tema de los formatos html</translation>
    </message>
    <message>
        <source>the blog takes comments, so posts invite them</source>
        <translation>el blog admite comentarios y las entradas invitan a dejarlos</translation>
    </message>
    <message>
        <source>pin and square images, alt text and a social caption in _share-kit/SLUG/</source>
        <translation>imágenes de pin y cuadradas, texto alternativo y pie para redes en _share-kit/SLUG/</translation>
    </message>
    <message>
        <source>every story, or name them</source>
        <translation>todas las historias, o nómbralas</translation>
    </message>
    <message>
        <source>publish stories to a WordPress site; the application password is read from SPILL_WP_APP_PASSWORD or the keyring</source>
        <translation>publicar historias en un sitio WordPress; la contraseña de aplicación se lee de SPILL_WP_APP_PASSWORD o del llavero</translation>
    </message>
    <message>
        <source>the site&apos;s address</source>
        <translation>la dirección del sitio</translation>
    </message>
    <message>
        <source>the WordPress user</source>
        <translation>el usuario de WordPress</translation>
    </message>
    <message>
        <source>draft (the default) or publish</source>
        <translation>draft (por defecto) o publish</translation>
    </message>
    <message>
        <source>open the posts to comments</source>
        <translation>abrir las entradas a comentarios</translation>
    </message>
    <message>
        <source>check the library&apos;s integrity</source>
        <translation>comprobar la integridad de la biblioteca</translation>
    </message>
    <message>
        <source>use the library in DIR instead of the default</source>
        <translation>usar la biblioteca de DIR en lugar de la predeterminada</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>mostrar esta ayuda</translation>
    </message>
    <message>
        <source>show Spill&apos;s version</source>
        <translation>mostrar la versión de Spill</translation>
    </message>
    <message>
        <source>Spill turns a kitchen mishap into an honest, well-told post.</source>
        <translation>Spill convierte un desastre en la cocina en una entrada honesta y bien contada.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>See &apos;man spill&apos; for every command&apos;s options.</source>
        <translation>Todas las opciones de cada comando: &apos;man spill&apos;.</translation>
    </message>
    <message>
        <source>with no command: open the window on a new story</source>
        <translation>sin comando: abrir la ventana con una historia nueva</translation>
    </message>
    <message>
        <source>Usage: spill [--library DIR] [--new-story] [COMMAND | FILE.json...]</source>
        <translation>Uso: spill [--library DIR] [--new-story] [COMANDO | ARCHIVO.json...]</translation>
    </message>
    <message>
        <source>With no command, Spill opens its window; story files named instead (FILE.json) are offered for import there.</source>
        <translation>Sin comando, Spill abre su ventana; los archivos de historia indicados en su lugar (ARCHIVO.json) se ofrecen allí para importarlos.</translation>
    </message>
</context>
<context>
    <name>ContainerProbe</name>
    <message>
        <source>it is not an MP4, MOV or WebM video (%1)</source>
        <translation>no es un video MP4, MOV ni WebM (%1)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>sin memoria</translation>
    </message>
</context>
<context>
    <name>DuplicateStoryCommand</name>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Story &quot;%1&quot;: another story in this export already uses the slug &quot;%2&quot;</source>
        <translation>Historia «%1»: otra historia de esta exportación ya usa el slug «%2»</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: a Jekyll post needs a date (the field created)</source>
        <translation>Historia «%1»: una entrada de Jekyll necesita una fecha (el campo created)</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: the media file %2 is missing</source>
        <translation>Historia «%1»: falta el archivo multimedia %2</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: %2</source>
        <translation>Historia «%1»: %2</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: the slug &quot;%2&quot; is not a safe file name (lowercase letters, digits and hyphens)</source>
        <translation>Historia «%1»: el slug «%2» no es un nombre de archivo seguro (minúsculas, dígitos y guiones)</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: the clip %2: %3</source>
        <translation>Historia «%1»: el clip %2: %3</translation>
    </message>
    <message>
        <source>Caused it</source>
        <translation>La causa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>The recipe said</source>
        <translation>La receta decía</translation>
    </message>
    <message>
        <source>I did</source>
        <translation>Yo hice</translation>
    </message>
    <message>
        <source>The fail</source>
        <translation>El desastre</translation>
    </message>
    <message>
        <source>What I changed</source>
        <translation>Lo que cambié</translation>
    </message>
    <message>
        <source>edited: %1</source>
        <translation>editada: %1</translation>
    </message>
    <message>
        <source>edited with %1</source>
        <translation>editada con %1</translation>
    </message>
    <message>
        <source>edited after it was taken</source>
        <translation>editada después de tomarla</translation>
    </message>
    <message>
        <source>A clip</source>
        <translation>Un clip</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>Una foto</translation>
    </message>
    <message>
        <source>No capture time:</source>
        <translation>Sin hora de captura:</translation>
    </message>
    <message>
        <source>How it unfolded</source>
        <translation>Cómo sucedió</translation>
    </message>
    <message>
        <source>The fixed recipe</source>
        <translation>La receta corregida</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingredientes</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>The recipe as it should be cooked, corrected after the fail told in “%1”.</source>
        <translation>La receta tal como hay que cocinarla, corregida tras el desastre que cuento en «%1».</translation>
    </message>
    <message>
        <source>Redeemed:</source>
        <translation>Revancha:</translation>
    </message>
    <message>
        <source>I tried again</source>
        <translation>Volví a probar</translation>
    </message>
    <message>
        <source>Where this began:</source>
        <translation>Dónde empezó todo:</translation>
    </message>
    <message>
        <source>an earlier fail</source>
        <translation>un desastre anterior</translation>
    </message>
    <message>
        <source>Nothing written about this yet.</source>
        <translation>Aún no hay nada escrito sobre esto.</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Tell me in the comments.</source>
        <translation>Cuéntamelo en los comentarios.</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>Plato</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The recipe I followed</source>
        <translation>La receta que seguí</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>Lo que quería</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Lo que salió</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Clip too large to embed.</source>
        <translation>El clip es demasiado grande para incrustarlo.</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: the share kit&apos;s %2 could not be encoded as JPEG</source>
        <translation>Historia «%1»: la imagen %2 del kit para compartir no se pudo codificar como JPEG</translation>
    </message>
    <message>
        <source>The theme name &quot;%1&quot; is not valid</source>
        <translation>El nombre de tema «%1» no es válido</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>There is no theme called &quot;%1&quot; in %2</source>
        <translation>No hay ningún tema llamado «%1» en %2</translation>
    </message>
    <message>
        <source>Cannot read the photo %1: %2</source>
        <translation>No se puede leer la foto %1: %2</translation>
    </message>
    <message>
        <source>Cannot encode the photo %1: %2</source>
        <translation>No se puede codificar la foto %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportChanges</name>
    <message>
        <source>the photo %1 is renamed %2</source>
        <translation>la foto %1 pasa a llamarse %2</translation>
    </message>
    <message>
        <source>the photo %1 is scaled down from %2 to %3</source>
        <translation>la foto %1 se reduce de %2 a %3</translation>
    </message>
    <message>
        <source>the photo %1 loses its metadata (EXIF, GPS location, camera)</source>
        <translation>la foto %1 pierde sus metadatos (EXIF, ubicación GPS, cámara)</translation>
    </message>
    <message>
        <source>the clip %1 is larger than %2 MB and is not embedded: its poster frame stands in, with a note</source>
        <translation>el clip %1 pesa más de %2 MB y no se incrusta: en su lugar aparece su fotograma de portada, con una nota</translation>
    </message>
    <message>
        <source>the clip %1 is renamed %2</source>
        <translation>el clip %1 pasa a llamarse %2</translation>
    </message>
    <message>
        <source>the clip %1 loses its metadata (location, dates, device, chapters)</source>
        <translation>el clip %1 pierde sus metadatos (ubicación, fechas, dispositivo, capítulos)</translation>
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
        <translation>cambio: historia «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ExportSink</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Refusing to write %1: the path is not a plain name inside the output folder</source>
        <translation>No se escribirá %1: la ruta no es un nombre simple dentro de la carpeta de salida</translation>
    </message>
    <message>
        <source>Refusing to write %1: it leads outside the output folder</source>
        <translation>No se escribirá %1: lleva fuera de la carpeta de salida</translation>
    </message>
    <message>
        <source>Refusing to write %1: something other than a file is in the way</source>
        <translation>No se escribirá %1: hay algo que no es un archivo en su lugar</translation>
    </message>
    <message>
        <source>Refusing to overwrite %1: Spill did not write that file</source>
        <translation>No se sobrescribirá %1: Spill no escribió ese archivo</translation>
    </message>
    <message>
        <source>Cannot record %1 in %2: %3</source>
        <translation>No se puede registrar %1 en %2: %3</translation>
    </message>
    <message>
        <source>rename failed</source>
        <translation>no se pudo renombrar</translation>
    </message>
    <message>
        <source>Cannot flush the files in %1 to disk</source>
        <translation>No se pueden volcar al disco los archivos de %1</translation>
    </message>
    <message>
        <source>Refusing to export: %1 is a symbolic link, not Spill&apos;s list of the files it wrote there</source>
        <translation>No se exportará: %1 es un enlace simbólico, no la lista de Spill de los archivos que escribió allí</translation>
    </message>
    <message>
        <source>Refusing to export: %1 is a folder, not Spill&apos;s list of the files it wrote there</source>
        <translation>No se exportará: %1 es una carpeta, no la lista de Spill de los archivos que escribió allí</translation>
    </message>
    <message>
        <source>Refusing to export: %1 is a named pipe, not Spill&apos;s list of the files it wrote there</source>
        <translation>No se exportará: %1 es una tubería con nombre, no la lista de Spill de los archivos que escribió allí</translation>
    </message>
    <message>
        <source>Refusing to export: %1 is a device or a socket, not Spill&apos;s list of the files it wrote there</source>
        <translation>No se exportará: %1 es un dispositivo o un socket, no la lista de Spill de los archivos que escribió allí</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>No se puede crear la carpeta %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1: cannot be stored: %2</source>
        <translation>%1: no se puede guardar: %2</translation>
    </message>
    <message>
        <source>%1: the story &quot;%2&quot; that redeemed it is not in this library; imported without that link</source>
        <translation>%1: la historia «%2» que fue su revancha no está en esta biblioteca; se importó sin ese enlace</translation>
    </message>
    <message>
        <source>%1: is not a file</source>
        <translation>%1: no es un archivo</translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1: el archivo no existe</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: media file &quot;%2&quot; does not exist (looked for %3)</source>
        <translation>%1: el archivo multimedia «%2» no existe (se buscó en %3)</translation>
    </message>
    <message>
        <source>%1: media file &quot;%2&quot; was refused: %3</source>
        <translation>%1: se rechazó el archivo multimedia «%2»: %3</translation>
    </message>
    <message>
        <source>%1. Nothing was imported; see &apos;spill check&apos;.</source>
        <translation>%1. No se ha importado nada; consulta «spill check».</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files not imported; nothing was taken from them</source>
        <translation>
            <numerusform>%1 de %n archivo sin importar; no se ha tomado nada de él</numerusform>
            <numerusform>%1 de %n archivos sin importar; no se ha tomado nada de ellos</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; as &quot;%2&quot;</source>
        <translation>«%1» como «%2»</translation>
    </message>
    <message>
        <source>%1: tags kept in the library&apos;s spelling: %2</source>
        <translation>%1: etiquetas guardadas con la grafía de la biblioteca: %2</translation>
    </message>
</context>
<context>
    <name>JsonExportCommand</name>
    <message>
        <source>%1: the media file &quot;%2&quot; (%3) is missing from the library; run &apos;spill check&apos;</source>
        <translation>%1: falta en la biblioteca el archivo multimedia «%2» (%3); ejecuta «spill check»</translation>
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
        <translation>el llavero del sistema no respondió</translation>
    </message>
    <message>
        <source>there is no system keyring (%1)</source>
        <translation>no hay llavero del sistema (%1)</translation>
    </message>
    <message>
        <source>the system keyring refused access (%1)</source>
        <translation>el llavero del sistema denegó el acceso (%1)</translation>
    </message>
    <message>
        <source>the system keyring failed (%1)</source>
        <translation>el llavero del sistema falló (%1)</translation>
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
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>has a damaged header</source>
        <translation>tiene la cabecera dañada</translation>
    </message>
    <message>
        <source>is truncated or damaged</source>
        <translation>está truncado o dañado</translation>
    </message>
    <message>
        <source>The library %1 is open read-only.</source>
        <translation>La biblioteca %1 está abierta en solo lectura.</translation>
    </message>
    <message>
        <source>Another Spill has the library %1 open. It is shown read-only here; close the other Spill to edit.</source>
        <translation>Otro Spill tiene abierta la biblioteca %1. Aquí se muestra en solo lectura; cierra el otro Spill para editarla.</translation>
    </message>
    <message>
        <source>The library %1 was saved by a newer version of Spill. It is shown read-only and will not be changed; update Spill to edit it.</source>
        <translation>La biblioteca %1 se guardó con una versión más reciente de Spill. Se muestra en solo lectura y no se modificará; actualiza Spill para editarla.</translation>
    </message>
    <message>
        <source>The library folder %1 cannot be written. It is shown read-only.</source>
        <translation>No se puede escribir en la carpeta de la biblioteca %1. Se muestra en solo lectura.</translation>
    </message>
    <message>
        <source>The disk holding the library file %1 is full (%2): SQLite needs room beside it even to read it. Free some space and try again. Nothing was changed.</source>
        <translation>El disco donde está el archivo de la biblioteca %1 está lleno (%2): SQLite necesita espacio a su lado incluso para leerlo. Libera algo de espacio y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cannot create the library folder %1</source>
        <translation>No se puede crear la carpeta de la biblioteca %1</translation>
    </message>
    <message>
        <source>There is no library at %1</source>
        <translation>No hay ninguna biblioteca en %1</translation>
    </message>
    <message>
        <source>The library file %1 is empty (0 bytes). It was left untouched; restore a copy from %2, or remove it to start a new library here.</source>
        <translation>El archivo de la biblioteca %1 está vacío (0 bytes). No se ha tocado; restaura una copia desde %2, o elimínalo para empezar una biblioteca nueva aquí.</translation>
    </message>
    <message>
        <source>The library file %1 %2. It was left untouched.</source>
        <translation>El archivo de la biblioteca %1 %2. No se ha tocado.</translation>
    </message>
    <message>
        <source>The library %1 is being created by another Spill</source>
        <translation>Otro Spill está creando la biblioteca %1</translation>
    </message>
    <message>
        <source>The library %1 is empty and cannot be created here</source>
        <translation>La biblioteca %1 está vacía y no se puede crear aquí</translation>
    </message>
    <message>
        <source>Cannot create the library file %1: %2</source>
        <translation>No se puede crear el archivo de la biblioteca %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the library file %1: %2</source>
        <translation>No se puede abrir el archivo de la biblioteca %1: %2</translation>
    </message>
    <message>
        <source>The library %1 is in a read-only folder and has changes SQLite can only read where it may write (%2-wal). Open it once where the folder can be written. Nothing was changed.</source>
        <translation>La biblioteca %1 está en una carpeta de solo lectura y tiene cambios que SQLite solo puede leer donde puede escribir (%2-wal). Ábrela una vez en un lugar donde se pueda escribir en la carpeta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The library %1 is in a read-only folder and cannot be read: %2. Nothing was changed.</source>
        <translation>La biblioteca %1 está en una carpeta de solo lectura y no se puede leer: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The library file %1 is damaged or not a Spill library: %2</source>
        <translation>El archivo de la biblioteca %1 está dañado o no es una biblioteca de Spill: %2</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a Spill library. It was left untouched.</source>
        <translation>El archivo %1 es una base de datos SQLite, pero no una biblioteca de Spill. No se ha tocado.</translation>
    </message>
    <message>
        <source>The library %1 needs an upgrade, which cannot be done while it is read-only</source>
        <translation>La biblioteca %1 necesita una actualización, que no se puede hacer mientras esté en solo lectura</translation>
    </message>
    <message>
        <source>Cannot upgrade the library %1: %2</source>
        <translation>No se puede actualizar la biblioteca %1: %2</translation>
    </message>
    <message>
        <source>The daily backup of %1 failed: %2</source>
        <translation>Falló la copia de seguridad diaria de %1: %2</translation>
    </message>
    <message>
        <source>the library is open read-only</source>
        <translation>la biblioteca está abierta en solo lectura</translation>
    </message>
    <message>
        <source>integrity_check failed: %1</source>
        <translation>integrity_check falló: %1</translation>
    </message>
    <message>
        <source>foreign_key_check failed: %1</source>
        <translation>foreign_key_check falló: %1</translation>
    </message>
    <message>
        <source>the library file is damaged</source>
        <translation>el archivo de la biblioteca está dañado</translation>
    </message>
    <message>
        <source> (and %1 more findings)</source>
        <translation> (y %1 hallazgos más)</translation>
    </message>
    <message>
        <source>cannot read which media files are used</source>
        <translation>no se puede leer qué archivos multimedia se usan</translation>
    </message>
    <message>
        <source>there is no story with id %1</source>
        <translation>no hay ninguna historia con el id %1</translation>
    </message>
    <message>
        <source>cannot save a revision of story %1</source>
        <translation>no se puede guardar una revisión de la historia %1</translation>
    </message>
    <message>
        <source>cannot list the revisions of story %1</source>
        <translation>no se pueden listar las revisiones de la historia %1</translation>
    </message>
    <message>
        <source>cannot read revision %1</source>
        <translation>no se puede leer la revisión %1</translation>
    </message>
    <message>
        <source>there is no such revision</source>
        <translation>no existe esa revisión</translation>
    </message>
    <message>
        <source>the snapshot is damaged</source>
        <translation>la instantánea está dañada</translation>
    </message>
    <message>
        <source>cannot restore revision %1</source>
        <translation>no se puede restaurar la revisión %1</translation>
    </message>
    <message>
        <source>cannot search for &quot;%1&quot;</source>
        <translation>no se puede buscar «%1»</translation>
    </message>
    <message>
        <source>cannot read where story %1 was published</source>
        <translation>no se puede leer dónde se publicó la historia %1</translation>
    </message>
    <message>
        <source>cannot read the files uploaded to %1</source>
        <translation>no se pueden leer los archivos subidos a %1</translation>
    </message>
    <message>
        <source>cannot record where story %1 was published</source>
        <translation>no se puede registrar dónde se publicó la historia %1</translation>
    </message>
    <message>
        <source>no site or post</source>
        <translation>no hay sitio ni entrada</translation>
    </message>
    <message>
        <source>there is no such story</source>
        <translation>no existe esa historia</translation>
    </message>
    <message>
        <source>cannot record the files uploaded to %1</source>
        <translation>no se pueden registrar los archivos subidos a %1</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>no hay sitio</translation>
    </message>
    <message>
        <source>cannot count fails by kind</source>
        <translation>no se pueden contar los desastres por tipo</translation>
    </message>
    <message>
        <source>cannot count fails by month</source>
        <translation>no se pueden contar los desastres por mes</translation>
    </message>
    <message>
        <source>cannot count redemptions</source>
        <translation>no se pueden contar las revanchas</translation>
    </message>
    <message>
        <source>cannot count outcomes</source>
        <translation>no se pueden contar los resultados</translation>
    </message>
    <message>
        <source>cannot look for a story on this day</source>
        <translation>no se puede buscar una historia de este día</translation>
    </message>
    <message>
        <source>cannot create a story</source>
        <translation>no se puede crear una historia</translation>
    </message>
    <message>
        <source>cannot create the story &quot;%1&quot;</source>
        <translation>no se puede crear la historia «%1»</translation>
    </message>
    <message>
        <source>cannot read story %1</source>
        <translation>no se puede leer la historia %1</translation>
    </message>
    <message>
        <source>cannot read story &quot;%1&quot;</source>
        <translation>no se puede leer la historia «%1»</translation>
    </message>
    <message>
        <source>cannot save story %1 &quot;%2&quot;</source>
        <translation>no se puede guardar la historia %1 «%2»</translation>
    </message>
    <message>
        <source>cannot add the tag &quot;%1&quot;</source>
        <translation>no se puede añadir la etiqueta «%1»</translation>
    </message>
    <message>
        <source>not a valid tag</source>
        <translation>no es una etiqueta válida</translation>
    </message>
    <message>
        <source>cannot remove the tag &quot;%1&quot;</source>
        <translation>no se puede quitar la etiqueta «%1»</translation>
    </message>
    <message>
        <source>cannot list tags</source>
        <translation>no se pueden listar las etiquetas</translation>
    </message>
    <message>
        <source>cannot list stories</source>
        <translation>no se pueden listar las historias</translation>
    </message>
    <message>
        <source>cannot count stories</source>
        <translation>no se pueden contar las historias</translation>
    </message>
    <message>
        <source>cannot move story %1 to the trash</source>
        <translation>no se puede mover la historia %1 a la papelera</translation>
    </message>
    <message>
        <source>cannot restore story %1 from the trash</source>
        <translation>no se puede restaurar la historia %1 de la papelera</translation>
    </message>
    <message>
        <source>cannot empty the trash</source>
        <translation>no se puede vaciar la papelera</translation>
    </message>
    <message>
        <source>The library %1 cannot be created: the disk holding it is full (%2). Free some space, or choose another folder.</source>
        <translation>La biblioteca %1 no se puede crear: el disco que la contiene está lleno (%2). Libera espacio o elige otra carpeta.</translation>
    </message>
    <message>
        <source>The library file %1 is empty (0 bytes), and there is no backup of it in %2. It was left untouched; remove it to start a new library here.</source>
        <translation>El archivo de la biblioteca %1 está vacío (0 bytes) y no hay ninguna copia de seguridad en %2. No se ha modificado; elimínalo para crear aquí una biblioteca nueva.</translation>
    </message>
</context>
<context>
    <name>LibraryOpener</name>
    <message>
        <source>Spill cannot open this library</source>
        <translation>Spill no puede abrir esta biblioteca</translation>
    </message>
    <message>
        <source>Choose Another Folder…</source>
        <translation>Elegir otra carpeta…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Choose a Folder for the Library</source>
        <translation>Elige una carpeta para la biblioteca</translation>
    </message>
    <message>
        <source>%1

Nothing in that folder was changed. Choose another folder for the library (an empty one starts a new library), or quit and free some space or fix the folder&apos;s permissions first.</source>
        <translation>%1

No se ha cambiado nada en esa carpeta. Elige otra carpeta para la biblioteca (una vacía empieza una biblioteca nueva), o sal y antes libera algo de espacio o corrige los permisos de la carpeta.</translation>
    </message>
</context>
<context>
    <name>MediaImporter</name>
    <message>
        <source>%1: the import was cancelled</source>
        <translation>%1: se canceló la importación</translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <source>the JPEG data is truncated or damaged</source>
        <translation>los datos JPEG están truncados o dañados</translation>
    </message>
    <message>
        <source>%1: its duration is unknown, so it cannot be checked against the limit of %2 minutes</source>
        <translation>%1: se desconoce su duración, así que no se puede comprobar con el límite de %2 minutos</translation>
    </message>
    <message>
        <source>%1: it lasts %2 s; Spill takes clips of up to %3 minutes</source>
        <translation>%1: dura %2 s; Spill acepta clips de hasta %3 minutos</translation>
    </message>
    <message>
        <source>%1 is not a media hash</source>
        <translation>%1 no es un hash de medios</translation>
    </message>
    <message>
        <source>%1 cannot be deleted (%2)</source>
        <translation>%1 no se puede borrar (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Spill takes JPEG, PNG and WebP photos and MP4, WebM and MOV videos only</source>
        <translation>Spill solo acepta fotos JPEG, PNG y WebP y videos MP4, WebM y MOV</translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation>el archivo ya no existe</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>it is %1 MB; Spill takes files of up to %2 MB</source>
        <translation>ocupa %1 MB; Spill acepta archivos de hasta %2 MB</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>its content is not a JPEG, PNG or WebP image</source>
        <translation>su contenido no es una imagen JPEG, PNG ni WebP</translation>
    </message>
    <message>
        <source>its content is not an MP4, WebM or MOV video</source>
        <translation>su contenido no es un video MP4, WebM ni MOV</translation>
    </message>
    <message>
        <source>the library&apos;s media folder %1 cannot be created</source>
        <translation>no se puede crear la carpeta de medios de la biblioteca %1</translation>
    </message>
    <message>
        <source>the library&apos;s media folder %1 is not writable (%2)</source>
        <translation>no se puede escribir en la carpeta de medios de la biblioteca %1 (%2)</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>se canceló la importación</translation>
    </message>
    <message>
        <source>reading failed (%1)</source>
        <translation>falló la lectura (%1)</translation>
    </message>
    <message>
        <source>copying into %1 failed (%2)</source>
        <translation>falló la copia a %1 (%2)</translation>
    </message>
    <message>
        <source>it cannot be stored as %1 (%2)</source>
        <translation>no se puede guardar como %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PhotoDecode</name>
    <message>
        <source>it is not a readable %1 image (%2)</source>
        <translation>no es una imagen %1 legible (%2)</translation>
    </message>
    <message>
        <source>its header gives no valid size</source>
        <translation>su cabecera no indica un tamaño válido</translation>
    </message>
    <message>
        <source>its header claims %1 x %2 pixels, more than the %3 megapixels Spill accepts</source>
        <translation>su cabecera indica %1 x %2 píxeles, más de los %3 megapíxeles que acepta Spill</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>no se puede abrir (%1)</translation>
    </message>
    <message>
        <source>it cannot be decoded (%1)</source>
        <translation>no se puede decodificar (%1)</translation>
    </message>
</context>
<context>
    <name>PhotoMetadataModule</name>
    <message>
        <source>the photo metadata module could not be loaded: %1</source>
        <translation>no se pudo cargar el módulo de metadatos de fotos: %1</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>the keyring has none for %1 on this site</source>
        <translation>el llavero no tiene ninguna para %1 en este sitio</translation>
    </message>
    <message>
        <source>no application password for %1 (%2): set SPILL_WP_APP_PASSWORD to one made in WordPress under Users &gt; Profile &gt; Application Passwords, or keep it in the keyring from Spill&apos;s Preferences</source>
        <translation>no hay contraseña de aplicación para %1 (%2): define SPILL_WP_APP_PASSWORD con una creada en WordPress en Usuarios &gt; Perfil &gt; Contraseñas de aplicación, o guárdala en el llavero desde las Preferencias de Spill</translation>
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
        <translation>Historia «%1»: el clip %2 no tiene fotograma de portada (%3)</translation>
    </message>
    <message>
        <source>The format %1 has no preview</source>
        <translation>El formato %1 no tiene vista previa</translation>
    </message>
    <message>
        <source>Story %1 could not be loaded: %2</source>
        <translation>No se pudo cargar la historia %1: %2</translation>
    </message>
    <message>
        <source>The format %1 cannot be exported</source>
        <translation>El formato %1 no se puede exportar</translation>
    </message>
    <message>
        <source>there is no theme called &quot;%1&quot;; the themes are: %2 (your own go in %3)</source>
        <translation>no hay ningún tema llamado «%1»; los temas son: %2 (los tuyos van en %3)</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>no story matches &quot;%1&quot;</source>
        <translation>ninguna historia coincide con «%1»</translation>
    </message>
</context>
<context>
    <name>SiteCheck</name>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Conectado a %1 como %2.</translation>
    </message>
</context>
<context>
    <name>SitePassword</name>
    <message>
        <source>The system keyring has no application password for %1.</source>
        <translation>El llavero del sistema no tiene ninguna contraseña de aplicación para %1.</translation>
    </message>
    <message>
        <source>Spill keeps application passwords in the system keyring, but %1. It asks each time and keeps the password only while it publishes.</source>
        <translation>Spill guarda las contraseñas de aplicación en el llavero del sistema, pero %1. Te la pedirá cada vez y solo la guardará mientras publica.</translation>
    </message>
    <message>
        <source>Application Password</source>
        <translation>Contraseña de aplicación</translation>
    </message>
    <message>
        <source>%1

Application password for %2 (WordPress: Users &gt; Profile &gt; Application Passwords):</source>
        <translation>%1

Contraseña de aplicación para %2 (WordPress: Usuarios &gt; Perfil &gt; Contraseñas de aplicación):</translation>
    </message>
    <message>
        <source>The application password for %1 is kept in the system keyring.</source>
        <translation>La contraseña de aplicación para %1 se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The application password for %1 could not be kept: %2. Spill will ask for it when it publishes.</source>
        <translation>No se pudo guardar la contraseña de aplicación para %1: %2. Spill te la pedirá cuando publique.</translation>
    </message>
</context>
<context>
    <name>SitePublish</name>
    <message>
        <source>&quot;%1&quot; is not the address of a website (http or https)</source>
        <translation>«%1» no es la dirección de un sitio web (http o https)</translation>
    </message>
    <message>
        <source>Story %1 could not be read: %2</source>
        <translation>No se pudo leer la historia %1: %2</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: its photos and clips are on %2, but the library could not keep that, so publishing will look for them there again: %3</source>
        <translation>Historia «%1»: sus fotos y clips están en %2, pero la biblioteca no pudo guardarlo, así que al publicar se volverán a buscar allí: %3</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot; is post %2 on %3, but the library could not keep that: %4</source>
        <translation>La historia «%1» es la entrada %2 en %3, pero la biblioteca no pudo guardarlo: %4</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot; was published, but its status could not be saved: %2</source>
        <translation>La historia «%1» se publicó, pero no se pudo guardar su estado: %2</translation>
    </message>
</context>
<context>
    <name>Spill::BarChart</name>
    <message>
        <source>Nothing to count yet</source>
        <translation>Aún no hay nada que contar</translation>
    </message>
    <message>
        <source>Selected: %1. </source>
        <translation>Seleccionado: %1. </translation>
    </message>
</context>
<context>
    <name>Spill::BeatSection</name>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Paso %1 de %2 · %3</translation>
    </message>
    <message>
        <source>Show an example</source>
        <translation>Ver un ejemplo</translation>
    </message>
    <message>
        <source>Example for “%1”</source>
        <translation>Ejemplo para «%1»</translation>
    </message>
    <message>
        <source>Photos and clips for “%1”</source>
        <translation>Fotos y clips para «%1»</translation>
    </message>
    <message>
        <source>Write your answer here…</source>
        <translation>Escribe aquí tu respuesta…</translation>
    </message>
    <message>
        <source>Hide the example</source>
        <translation>Ocultar el ejemplo</translation>
    </message>
    <message>
        <source>Hide the example for “%1”</source>
        <translation>Ocultar el ejemplo para «%1»</translation>
    </message>
    <message>
        <source>Show an example for “%1”</source>
        <translation>Ver un ejemplo para «%1»</translation>
    </message>
</context>
<context>
    <name>Spill::BeatStepList</name>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message numerus="yes">
        <source>Started · %n words</source>
        <translation>
            <numerusform>Empezado · %n palabra</numerusform>
            <numerusform>Empezado · %n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n words</source>
        <translation>
            <numerusform>Hecho · %n palabra</numerusform>
            <numerusform>Hecho · %n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>The five beats of the story; Enter jumps to one</source>
        <translation>Los cinco pasos de la historia; Enter salta a uno</translation>
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
        <translation>Lo que cambié de la receta</translation>
    </message>
    <message numerus="yes">
        <source>What I changed from the recipe (%n)</source>
        <translation>
            <numerusform>Lo que cambié de la receta (%n)</numerusform>
            <numerusform>Lo que cambié de la receta (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ingredients swapped, times cut, temperatures guessed: readers trust a fail that shows what was done differently.</source>
        <translation>Ingredientes sustituidos, tiempos recortados, temperaturas a ojo: los lectores confían en un desastre que muestra qué se hizo distinto.</translation>
    </message>
    <message>
        <source>One row per change. Tick the one you think caused the fail.</source>
        <translation>Una fila por cambio. Marca el que crees que causó el desastre.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>The recipe said</source>
        <translation>La receta decía</translation>
    </message>
    <message>
        <source>I did</source>
        <translation>Yo hice</translation>
    </message>
    <message>
        <source>Caused the fail</source>
        <translation>Causó el desastre</translation>
    </message>
    <message>
        <source>Columns of what I changed</source>
        <translation>Columnas de lo que cambié</translation>
    </message>
    <message>
        <source>Rows of what I changed</source>
        <translation>Filas de lo que cambié</translation>
    </message>
    <message>
        <source>Add Change</source>
        <translation>Añadir cambio</translation>
    </message>
    <message>
        <source>Remove Change</source>
        <translation>Quitar cambio</translation>
    </message>
    <message>
        <source>Select all changes</source>
        <translation>Seleccionar todos los cambios</translation>
    </message>
</context>
<context>
    <name>Spill::ChipGroup</name>
    <message>
        <source>Failure kinds</source>
        <translation>Tipos de desastre</translation>
    </message>
    <message>
        <source>Failure kind; Space toggles it</source>
        <translation>Tipo de desastre; Space lo marca o desmarca</translation>
    </message>
</context>
<context>
    <name>Spill::CoachPanel</name>
    <message>
        <source>Story coach</source>
        <translation>Asistente de la historia</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Looking good</source>
        <translation>Todo en orden</translation>
    </message>
    <message>
        <source>Nothing to fix. This story is ready for readers.</source>
        <translation>Nada que corregir. Esta historia está lista para los lectores.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation>
            <numerusform>%n cosa que revisar.</numerusform>
            <numerusform>%n cosas que revisar.</numerusform>
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
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar tod&amp;o</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
</context>
<context>
    <name>Spill::EvidenceTimelineView</name>
    <message>
        <source>How it unfolded</source>
        <translation>Cómo sucedió</translation>
    </message>
    <message>
        <source>Your photos and clips in the order they were taken, by the times their files give; the post shows the same list</source>
        <translation>Tus fotos y clips en el orden en que se tomaron, según las horas que indican sus archivos; la entrada muestra la misma lista</translation>
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
        <translation>sin hora de captura</translation>
    </message>
</context>
<context>
    <name>Spill::ExportChangesView</name>
    <message>
        <source>Changes on the way out</source>
        <translation>Cambios al exportar</translation>
    </message>
    <message>
        <source>Changes on the &amp;way out</source>
        <translation>Cam&amp;bios al exportar</translation>
    </message>
</context>
<context>
    <name>Spill::ExportPlace</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Could not list the stories: %1</source>
        <translation>No se pudieron listar las historias: %1</translation>
    </message>
    <message>
        <source>Stories to export</source>
        <translation>Historias para exportar</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Marcar to&amp;das</translation>
    </message>
    <message>
        <source>Check every story</source>
        <translation>Marcar todas las historias</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Marcar nin&amp;guna</translation>
    </message>
    <message>
        <source>Uncheck every story</source>
        <translation>Desmarcar todas las historias</translation>
    </message>
    <message>
        <source>Checked stories</source>
        <translation>Historias marcadas</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>&amp;Historias</translation>
    </message>
    <message>
        <source>One story checked</source>
        <translation>Una historia marcada</translation>
    </message>
    <message numerus="yes">
        <source>%n stories checked</source>
        <translation>
            <numerusform>%n historia marcada</numerusform>
            <numerusform>%n historias marcadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an output folder first</source>
        <translation>Primero elige una carpeta de salida</translation>
    </message>
    <message>
        <source>Check the stories to export first</source>
        <translation>Primero marca las historias que quieres exportar</translation>
    </message>
    <message>
        <source>No stories yet: write one first</source>
        <translation>Aún no hay historias: escribe una primero</translation>
    </message>
    <message>
        <source>Pick a story to see its preview</source>
        <translation>Elige una historia para ver su vista previa</translation>
    </message>
    <message>
        <source>The story open in Write could not be saved, so nothing was exported: see the message in Write.</source>
        <translation>No se pudo guardar la historia abierta en Escribir, así que no se ha exportado nada: mira el mensaje en Escribir.</translation>
    </message>
    <message>
        <source>Saving the story open in Write…</source>
        <translation>Guardando la historia abierta en Escribir…</translation>
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
        <translation>Carpeta HTML</translation>
    </message>
    <message>
        <source>Single HTML file</source>
        <translation>Archivo HTML único</translation>
    </message>
    <message>
        <source>Spill stories (JSON)</source>
        <translation>Historias de Spill (JSON)</translation>
    </message>
</context>
<context>
    <name>Spill::ExportPreviewPane</name>
    <message>
        <source>What the preview shows</source>
        <translation>Qué muestra la vista previa</translation>
    </message>
    <message>
        <source>Post source</source>
        <translation>Código de la entrada</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>&amp;Copy HTML</source>
        <translation>C&amp;opiar HTML</translation>
    </message>
    <message>
        <source>Copy HTML</source>
        <translation>Copiar HTML</translation>
    </message>
    <message>
        <source>Copies the post&apos;s article, images included, as HTML (Ctrl+Shift+C). Paste it into WordPress or any web editor; the blog&apos;s own theme styles it.</source>
        <translation>Copia el artículo de la entrada, con imágenes, como HTML (Ctrl+Shift+C). Pégalo en WordPress o en cualquier editor web; el propio tema del blog le da estilo.</translation>
    </message>
    <message>
        <source>Copy Mar&amp;kdown</source>
        <translation>Copiar Mar&amp;kdown</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Copiar Markdown</translation>
    </message>
    <message>
        <source>Copies the post as Markdown with its front matter (Ctrl+Shift+M)</source>
        <translation>Copia la entrada como Markdown con su front matter (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Cop&amp;y for WordPress</source>
        <translation>Copiar &amp;para WordPress</translation>
    </message>
    <message>
        <source>Copy for WordPress</source>
        <translation>Copiar para WordPress</translation>
    </message>
    <message>
        <source>Copies the post as WordPress blocks, to paste into the block editor&apos;s code view (Ctrl+Shift+W). With a WordPress site set in Preferences, its photos and clips are uploaded there first; without, they are left out.</source>
        <translation>Copia la entrada como bloques de WordPress, para pegarla en la vista de código del editor de bloques (Ctrl+Shift+W). Si hay un sitio de WordPress configurado en Preferencias, sus fotos y clips se suben allí primero; si no, se omiten.</translation>
    </message>
    <message>
        <source>Open &amp;in browser</source>
        <translation>Abrir en el na&amp;vegador</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Opens the rendered page in your web browser</source>
        <translation>Abre la página renderizada en tu navegador web</translation>
    </message>
    <message>
        <source>Ren&amp;dered</source>
        <translation>&amp;Renderizado</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Renderizando…</translation>
    </message>
    <message>
        <source>The preview could not be written to %1: %2</source>
        <translation>No se pudo escribir la vista previa en %1: %2</translation>
    </message>
    <message>
        <source>So&amp;urce: %1</source>
        <translation>Cód&amp;igo: %1</translation>
    </message>
    <message>
        <source>The single HTML file as the export writes it, in the theme &quot;%1&quot;.</source>
        <translation>El archivo HTML único tal como lo escribe la exportación, con el tema «%1».</translation>
    </message>
    <message>
        <source>The post in the theme &quot;%1&quot;, as the export writes it; here its photos are inside the page, in the export they are files beside it.</source>
        <translation>La entrada con el tema «%1», tal como la escribe la exportación; aquí sus fotos están dentro de la página, en la exportación son archivos a su lado.</translation>
    </message>
    <message>
        <source>The story as the theme &quot;%1&quot; shows it. The interchange file itself has no look; its text is on the right.</source>
        <translation>La historia tal como la muestra el tema «%1». El archivo de intercambio en sí no tiene aspecto; su texto está a la derecha.</translation>
    </message>
    <message>
        <source>This Markdown as the theme &quot;%1&quot; shows it. On your blog, the blog&apos;s own theme gives it its look.</source>
        <translation>Este Markdown tal como lo muestra el tema «%1». En tu blog, es el propio tema del blog el que le da su aspecto.</translation>
    </message>
    <message>
        <source>Opened &quot;%1&quot; in your web browser</source>
        <translation>Se abrió «%1» en tu navegador web</translation>
    </message>
    <message>
        <source>No web browser could open %1</source>
        <translation>Ningún navegador web pudo abrir %1</translation>
    </message>
    <message>
        <source>Copied the HTML of &quot;%1&quot;</source>
        <translation>Se copió el HTML de «%1»</translation>
    </message>
    <message>
        <source>Copied the Markdown of &quot;%1&quot;</source>
        <translation>Se copió el Markdown de «%1»</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot; for WordPress: paste it into the block editor&apos;s code view</source>
        <translation>Se copió «%1» para WordPress: pégalo en la vista de código del editor de bloques</translation>
    </message>
    <message numerus="yes">
        <source>Copied &quot;%1&quot; for WordPress without its %n photos and clips: add your WordPress site in Preferences and they are uploaded first</source>
        <translation>
            <numerusform>Se copió «%1» para WordPress sin su %n foto o clip: añade tu sitio de WordPress en Preferencias y se subirá primero</numerusform>
            <numerusform>Se copió «%1» para WordPress sin sus %n fotos y clips: añade tu sitio de WordPress en Preferencias y se subirán primero</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::ExportRunPanel</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Export the checked stories</source>
        <translation>Exportar las historias marcadas</translation>
    </message>
    <message>
        <source>Publish to &amp;WordPress…</source>
        <translation>Publicar en &amp;WordPress…</translation>
    </message>
    <message>
        <source>Post the checked stories to a WordPress site, photos and clips included (Ctrl+Shift+P)</source>
        <translation>Publicar las historias marcadas en un sitio de WordPress, con fotos y clips (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>%v of %m stories</source>
        <translation>%v de %m historias</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Stop after the story being written; what is written stays</source>
        <translation>Parar tras la historia que se está escribiendo; lo ya escrito se queda</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Resumen de la exportación</translation>
    </message>
    <message>
        <source>O&amp;pen folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the output folder</source>
        <translation>Abrir la carpeta de salida</translation>
    </message>
    <message>
        <source>Export errors and notes</source>
        <translation>Errores y notas de la exportación</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Hay una exportación en curso</translation>
    </message>
    <message>
        <source>Write the checked stories to the folder (Ctrl+E)</source>
        <translation>Escribir las historias marcadas en la carpeta (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cancelled after exporting one story to %1</source>
        <translation>Cancelado tras exportar una historia a %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after exporting %n stories to %1</source>
        <translation>
            <numerusform>Cancelado tras exportar %n historia a %1</numerusform>
            <numerusform>Cancelado tras exportar %n historias a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported one story to %1</source>
        <translation>Se exportó una historia a %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stories to %1</source>
        <translation>
            <numerusform>Se exportó %n historia a %1</numerusform>
            <numerusform>Se exportaron %n historias a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>· one problem, listed below</source>
        <translation>· un problema, listado abajo</translation>
    </message>
    <message numerus="yes">
        <source>· %n problems, listed below</source>
        <translation>
            <numerusform>· %n problema, listado abajo</numerusform>
            <numerusform>· %n problemas, listados abajo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::ExportShareKitView</name>
    <message>
        <source>Social caption</source>
        <translation>Pie de foto para redes</translation>
    </message>
    <message>
        <source>Copy Caption</source>
        <translation>Copiar pie de foto</translation>
    </message>
    <message>
        <source>Copy the social caption</source>
        <translation>Copiar el pie de foto para redes</translation>
    </message>
    <message>
        <source>Copied the caption</source>
        <translation>Pie de foto copiado</translation>
    </message>
    <message>
        <source>Copy Alt Text</source>
        <translation>Copiar texto alternativo</translation>
    </message>
    <message>
        <source>Copy the pictures&apos; alt text</source>
        <translation>Copiar el texto alternativo de las imágenes</translation>
    </message>
    <message>
        <source>Copied the alt text</source>
        <translation>Texto alternativo copiado</translation>
    </message>
    <message>
        <source>No pictures: the story has no dream or reality photo.</source>
        <translation>Sin imágenes: la historia no tiene foto del sueño ni de la realidad.</translation>
    </message>
    <message>
        <source>Share kit, written beside the post</source>
        <translation>Kit para compartir, escrito junto a la entrada</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
</context>
<context>
    <name>Spill::ExportStoryModel</name>
    <message>
        <source>Untitled story</source>
        <translation>Historia sin título</translation>
    </message>
    <message>
        <source>%1
Last changed %2</source>
        <translation>%1
Último cambio: %2</translation>
    </message>
    <message>
        <source>%1
%2 · last changed %3</source>
        <translation>%1
%2 · último cambio: %3</translation>
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
        <translation>Markdown, Hugo y Jekyll escriben archivos Markdown con front matter; los formatos HTML escriben páginas terminadas con un tema; JSON guarda las historias completas, con sus medios, para otra biblioteca</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <source>Where the exported files go</source>
        <translation>Dónde van los archivos exportados</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Exami&amp;nar…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Elegir la carpeta de salida</translation>
    </message>
    <message>
        <source>Blog has co&amp;mments</source>
        <translation>El blog tiene co&amp;mentarios</translation>
    </message>
    <message>
        <source>Ends each post by inviting readers to answer in the comments. Leave it off for a blog or page without comments.</source>
        <translation>Termina cada entrada invitando a los lectores a responder en los comentarios. Déjalo desactivado para un blog o una página sin comentarios.</translation>
    </message>
    <message>
        <source>Share kit</source>
        <translation>Kit para compartir</translation>
    </message>
    <message>
        <source>Also makes a share kit beside each post: a tall pin and a square of each of the dream and the reality with the title, their alt text, and a caption for social posts.</source>
        <translation>Crea también un kit para compartir junto a cada entrada: un pin vertical y un cuadrado del sueño y otro de la realidad con el título, su texto alternativo y un pie de foto para redes sociales.</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Carpeta de &amp;salida:</translation>
    </message>
    <message>
        <source>How the HTML pages look</source>
        <translation>Qué aspecto tienen las páginas HTML</translation>
    </message>
    <message>
        <source>Markdown formats are styled by the blog&apos;s own theme; the preview uses this one</source>
        <translation>Los formatos Markdown toman el estilo del propio tema del blog; la vista previa usa este</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
</context>
<context>
    <name>Spill::ExportTargetsPage</name>
    <message>
        <source>(no folder)</source>
        <translation>(sin carpeta)</translation>
    </message>
    <message>
        <source>Forget Last Targ&amp;et</source>
        <translation>Olvidar el último &amp;destino</translation>
    </message>
    <message>
        <source>Export opens on Markdown, the default theme and no folder</source>
        <translation>Exportar se abre con Markdown, el tema predeterminado y sin carpeta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Re&amp;membered for each format and folder:</source>
        <translation>&amp;Recordado para cada formato y carpeta:</translation>
    </message>
    <message>
        <source>Export opens on Markdown, with no folder chosen.</source>
        <translation>Exportar se abre con Markdown, sin ninguna carpeta elegida.</translation>
    </message>
    <message>
        <source>Export opens on %1, theme “%2”, into %3.</source>
        <translation>Exportar se abre con %1, tema «%2», en %3.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Invites comments</source>
        <translation>Invita a comentar</translation>
    </message>
    <message>
        <source>No comments</source>
        <translation>Sin comentarios</translation>
    </message>
</context>
<context>
    <name>Spill::FindBar</name>
    <message>
        <source>Find in the story</source>
        <translation>Buscar en la historia</translation>
    </message>
    <message>
        <source>Find in this story</source>
        <translation>Buscar en esta historia</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation>Buscar la siguiente coincidencia (Enter)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Buscar anterior</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Buscar la coincidencia anterior (Shift+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Cerrar la barra de búsqueda (Escape)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>Spill::FixedRecipeEdit</name>
    <message>
        <source>The fixed recipe</source>
        <translation>La receta corregida</translation>
    </message>
    <message>
        <source>How you would cook it now that you know better. Only a story with a fixed recipe tells search engines it holds a recipe; the failed attempt never does.</source>
        <translation>Cómo la cocinarías ahora que sabes más. Solo una historia con receta corregida les dice a los buscadores que contiene una receta; el intento fallido nunca lo hace.</translation>
    </message>
    <message>
        <source>One ingredient or step a line. The post shows them as lists after the lesson.</source>
        <translation>Un ingrediente o paso por línea. La entrada los muestra como listas después de la lección.</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingredientes</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Ingredients of the fixed recipe</source>
        <translation>Ingredientes de la receta corregida</translation>
    </message>
    <message>
        <source>4 eggs, separated
50 g Gruyère, grated</source>
        <translation>4 huevos, con las claras separadas
50 g de Gruyère rallado</translation>
    </message>
    <message>
        <source>Method of the fixed recipe</source>
        <translation>Preparación de la receta corregida</translation>
    </message>
    <message>
        <source>Heat the oven to 190 °C.
Keep the door shut for the first 25 minutes.</source>
        <translation>Calienta el horno a 190 °C.
Mantén la puerta cerrada los primeros 25 minutos.</translation>
    </message>
</context>
<context>
    <name>Spill::GalleryFilterBar</name>
    <message>
        <source>Find stories</source>
        <translation>Buscar historias</translation>
    </message>
    <message>
        <source>Search titles, dishes and beats</source>
        <translation>Buscar en títulos, platos y pasos</translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Buscar historias</translation>
    </message>
    <message>
        <source>All failure kinds</source>
        <translation>Todos los tipos de desastre</translation>
    </message>
    <message>
        <source>Failure kind</source>
        <translation>Tipo de desastre</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Redeemed or not</source>
        <translation>Con revancha o no</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Revancha</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Con revancha</translation>
    </message>
    <message>
        <source>Not redeemed yet</source>
        <translation>Aún sin revancha</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>En&amp;tre</translation>
    </message>
    <message>
        <source>Only stories created between two dates</source>
        <translation>Solo historias creadas entre dos fechas</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creadas desde</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Creadas hasta</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Date created</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Sort direction</source>
        <translation>Sentido del orden</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Stories shown</source>
        <translation>Historias mostradas</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Ordenar:</translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n historia</numerusform>
            <numerusform>%n historias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n stories</source>
        <translation>
            <numerusform>%1 de %n historia</numerusform>
            <numerusform>%1 de %n historias</numerusform>
        </translation>
    </message>
    <message>
        <source>Z to A</source>
        <translation>De la Z a la A</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>De la A a la Z</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Antiguas primero</translation>
    </message>
    <message>
        <source>Descending order</source>
        <translation>Orden descendente</translation>
    </message>
    <message>
        <source>Ascending order</source>
        <translation>Orden ascendente</translation>
    </message>
</context>
<context>
    <name>Spill::GalleryModel</name>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
</context>
<context>
    <name>Spill::GalleryPlace</name>
    <message>
        <source>Gallery</source>
        <translation>Galería</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <source>No stories yet. The fails you write in Write gather here.</source>
        <translation>Aún no hay historias. Los desastres que escribas en Escribir se reúnen aquí.</translation>
    </message>
    <message>
        <source>No story matches these filters.</source>
        <translation>Ninguna historia coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n selected stories:</source>
        <translation>
            <numerusform>Etiqueta para %n historia seleccionada:</numerusform>
            <numerusform>Etiqueta para %n historias seleccionadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot; added.</source>
        <translation>Etiqueta «%1» añadida.</translation>
    </message>
    <message numerus="yes">
        <source>%n stories moved to the trash.</source>
        <translation>
            <numerusform>%n historia movida a la papelera.</numerusform>
            <numerusform>%n historias movidas a la papelera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::GalleryView</name>
    <message>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <source>Past fails as cards. Enter opens the current story, Delete moves the selected ones to the trash.</source>
        <translation>Desastres pasados en forma de tarjetas. Enter abre la historia actual, Delete mueve las seleccionadas a la papelera.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation>&amp;Exportar seleccionadas…</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Añadir e&amp;tiqueta…</translation>
    </message>
    <message>
        <source>Move to t&amp;rash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
</context>
<context>
    <name>Spill::GettingStartedDialog</name>
    <message>
        <source>bold</source>
        <translation>negrita</translation>
    </message>
    <message>
        <source>bold (Ctrl+B)</source>
        <translation>negrita (Ctrl+B)</translation>
    </message>
    <message>
        <source>italic</source>
        <translation>cursiva</translation>
    </message>
    <message>
        <source>italic (Ctrl+I)</source>
        <translation>cursiva (Ctrl+I)</translation>
    </message>
    <message>
        <source>words</source>
        <translation>palabras</translation>
    </message>
    <message>
        <source>a link (Ctrl+K)</source>
        <translation>un enlace (Ctrl+K)</translation>
    </message>
    <message>
        <source>eggs</source>
        <translation>huevos</translation>
    </message>
    <message>
        <source>a list; 1. for a numbered one</source>
        <translation>una lista; 1. para una numerada</translation>
    </message>
    <message>
        <source>a quote</source>
        <translation>una cita</translation>
    </message>
    <message>
        <source>sugar</source>
        <translation>azúcar</translation>
    </message>
    <message>
        <source>struck through</source>
        <translation>tachado</translation>
    </message>
    <message>
        <source>a table, with a |---|---| line under its head</source>
        <translation>una tabla, con una línea |---|---| bajo su encabezado</translation>
    </message>
    <message>
        <source>A fail, told well</source>
        <translation>Un desastre bien contado</translation>
    </message>
    <message>
        <source>Spill turns a kitchen mishap into a post your readers can trust. Write it in five beats; the coach on the right says what a reader would miss, and the post is ready when you are.</source>
        <translation>Spill convierte un desastre en la cocina en una entrada en la que tus lectores pueden confiar. Escríbela en cinco pasos; el asistente de la derecha te dice qué echaría en falta un lector, y la entrada estará lista cuando tú lo estés.</translation>
    </message>
    <message>
        <source>The five beats</source>
        <translation>Los cinco pasos</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+5 jump to a beat. Each beat has a heading for your readers; its menu (Alt+Down) suggests others or hides it.</source>
        <translation>Ctrl+1 a Ctrl+5 saltan a un paso. Cada paso tiene un encabezado para tus lectores; su menú (Alt+Down) sugiere otros o lo oculta.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Add photos and short clips to the beat they belong to: drop them on it, paste a copied photo, or use “Add photo or clip”. The dream and reality pair, how it should have looked and how it turned out, leads the post. Describe each photo for readers who cannot see it, and pick a clip&apos;s poster frame in its player.</source>
        <translation>Añade fotos y clips cortos al paso al que pertenecen: suéltalos encima, pega una foto copiada o usa «Añadir foto o clip». La pareja sueño y realidad, cómo debería haber quedado y cómo quedó, encabeza la entrada. Describe cada foto para los lectores que no pueden verla y elige el fotograma de portada de un clip en su reproductor.</translation>
    </message>
    <message>
        <source>Out into the world</source>
        <translation>Al mundo</translation>
    </message>
    <message>
        <source>Export writes the post as Markdown, for Hugo or Jekyll, or as HTML, with its photos beside it; the preview shows the post as readers will see it. The Gallery keeps every fail, to find again and to see what goes wrong most.</source>
        <translation>Exportar escribe la entrada como Markdown, para Hugo o Jekyll, o como HTML, con sus fotos al lado; la vista previa muestra la entrada tal como la verán los lectores. La Galería guarda todos los desastres, para volver a encontrarlos y ver qué sale mal más a menudo.</translation>
    </message>
    <message>
        <source>Markdown in a beat</source>
        <translation>Markdown en un paso</translation>
    </message>
    <message>
        <source>A beat is plain text with a little Markdown:</source>
        <translation>Un paso es texto sin formato con un poco de Markdown:</translation>
    </message>
    <message>
        <source>A blank line starts a new paragraph. The beat&apos;s heading is set above it, so a beat needs no headings of its own.</source>
        <translation>Una línea en blanco empieza un párrafo nuevo. El encabezado del paso va encima, así que un paso no necesita encabezados propios.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Cómo empezar</translation>
    </message>
    <message>
        <source>Getting started with Spill</source>
        <translation>Cómo empezar con Spill</translation>
    </message>
</context>
<context>
    <name>Spill::HeadingEdit</name>
    <message>
        <source>Heading above “%1”</source>
        <translation>Encabezado sobre «%1»</translation>
    </message>
    <message>
        <source>What readers see above this part of the post</source>
        <translation>Lo que ven los lectores encima de esta parte de la entrada</translation>
    </message>
    <message>
        <source>The heading readers see above this part of the post. Type your own, pick a suggestion from the menu beside it (Alt+Down), or clear it for none.</source>
        <translation>El encabezado que ven los lectores encima de esta parte de la entrada. Escribe el tuyo, elige una sugerencia del menú de al lado (Alt+Down) o bórralo para no tener ninguno.</translation>
    </message>
    <message>
        <source>No heading in the post</source>
        <translation>Sin encabezado en la entrada</translation>
    </message>
    <message>
        <source>Heading suggestions for “%1”</source>
        <translation>Sugerencias de encabezado para «%1»</translation>
    </message>
    <message>
        <source>Other headings, the default, or none</source>
        <translation>Otros encabezados, el predeterminado o ninguno</translation>
    </message>
    <message>
        <source>&amp;No Heading</source>
        <translation>&amp;Sin encabezado</translation>
    </message>
</context>
<context>
    <name>Spill::LookCloserPanel</name>
    <message>
        <source>Look closer</source>
        <translation>Mirar de cerca</translation>
    </message>
    <message>
        <source>Select a story to look closer.</source>
        <translation>Selecciona una historia para mirarla de cerca.</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>Lo que quería</translation>
    </message>
    <message>
        <source>No dream photo yet</source>
        <translation>Aún no hay foto del sueño</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Lo que salió</translation>
    </message>
    <message>
        <source>No reality photo yet</source>
        <translation>Aún no hay foto de la realidad</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>&amp;Open in Write</source>
        <translation>&amp;Abrir en Escribir</translation>
    </message>
    <message>
        <source>Opens this story in the guided editor</source>
        <translation>Abre esta historia en el editor guiado</translation>
    </message>
    <message>
        <source>The five beats</source>
        <translation>Los cinco pasos</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Historia sin título</translation>
    </message>
</context>
<context>
    <name>Spill::MainWindow</name>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galería</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Biblioteca: %1</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>The daily backup did not succeed: %1</source>
        <translation>La copia de seguridad diaria no se pudo hacer: %1</translation>
    </message>
    <message>
        <source>Current place</source>
        <translation>Sección actual</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Publish to WordPress…</source>
        <translation>&amp;Publicar en WordPress…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Cómo empezar</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Spill</source>
        <translation>&amp;Acerca de Spill</translation>
    </message>
    <message>
        <source>About Spill</source>
        <translation>Acerca de Spill</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spill %1&lt;/h3&gt;&lt;p&gt;Turn a kitchen mishap into an honest, well-told post.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spill %1&lt;/h3&gt;&lt;p&gt;Convierte un desastre en la cocina en una entrada honesta y bien contada.&lt;/p&gt;&lt;p&gt;Publicado bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;</source>
        <translation>&quot;%1&quot; importada</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;. %2</source>
        <translation>&quot;%1&quot; importada. %2</translation>
    </message>
</context>
<context>
    <name>Spill::MediaImportQueue</name>
    <message>
        <source>%1: Spill takes only JPEG, PNG and WebP photos and MP4, WebM and MOV clips</source>
        <translation>%1: Spill solo acepta fotos JPEG, PNG y WebP y clips MP4, WebM y MOV</translation>
    </message>
    <message>
        <source>Pasted photo %1.png</source>
        <translation>Foto pegada %1.png</translation>
    </message>
    <message>
        <source>%1: the pasted photo could not be saved for import</source>
        <translation>%1: no se pudo guardar la foto pegada para importarla</translation>
    </message>
    <message>
        <source>%1: this photo or clip is already in the story</source>
        <translation>%1: esta foto o clip ya está en la historia</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported: the import was cancelled</source>
        <translation>
            <numerusform>%n archivo sin importar: se canceló la importación</numerusform>
            <numerusform>%n archivos sin importar: se canceló la importación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::MediaItemEditor</name>
    <message>
        <source>Photo details</source>
        <translation>Detalles de la foto</translation>
    </message>
    <message>
        <source>What the photo shows, for readers who cannot see it</source>
        <translation>Qué muestra la foto, para los lectores que no pueden verla</translation>
    </message>
    <message>
        <source>Decorative (no alt text needed)</source>
        <translation>Decorativa (no necesita texto alternativo)</translation>
    </message>
    <message>
        <source>Shown under the photo in the post</source>
        <translation>Se muestra bajo la foto en la entrada</translation>
    </message>
    <message>
        <source>Mark as edited in the &amp;post</source>
        <translation>&amp;Marcar como editada en la entrada</translation>
    </message>
    <message>
        <source>The photo&apos;s file says it was changed after it was taken; the post&apos;s caption says so</source>
        <translation>El archivo de la foto indica que se modificó después de tomarla; el pie de foto de la entrada lo dice</translation>
    </message>
    <message>
        <source>Why the post should not call it edited</source>
        <translation>Por qué la entrada no debería llamarla editada</translation>
    </message>
    <message>
        <source>Play and pick a poster frame…</source>
        <translation>Reproducir y elegir un fotograma de portada…</translation>
    </message>
    <message>
        <source>Remove from story</source>
        <translation>Quitar de la historia</translation>
    </message>
    <message>
        <source>The file stays in the library</source>
        <translation>El archivo se queda en la biblioteca</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Ro&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>Te&amp;xto alternativo:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>Pie &amp;de foto:</translation>
    </message>
    <message>
        <source>Its file:</source>
        <translation>Su archivo:</translation>
    </message>
    <message>
        <source>&amp;Why not:</source>
        <translation>P&amp;or qué no:</translation>
    </message>
    <message>
        <source>Clip details</source>
        <translation>Detalles del clip</translation>
    </message>
    <message>
        <source>What the clip shows, for readers who cannot see it</source>
        <translation>Qué muestra el clip, para los lectores que no pueden verlo</translation>
    </message>
    <message>
        <source>Shown under the clip in the post</source>
        <translation>Se muestra bajo el clip en la entrada</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>Captura: %1</translation>
    </message>
    <message>
        <source>No capture time</source>
        <translation>Sin hora de captura</translation>
    </message>
    <message>
        <source>Last written by %1</source>
        <translation>Última escritura: %1</translation>
    </message>
    <message>
        <source>Edited after it was taken</source>
        <translation>Editado después de la captura</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>Editado: %1</translation>
    </message>
    <message>
        <source>Not edited, as far as it says</source>
        <translation>No editado, según el archivo</translation>
    </message>
</context>
<context>
    <name>Spill::MediaStrip</name>
    <message>
        <source>Photos and clips for “%1”</source>
        <translation>Fotos y clips para «%1»</translation>
    </message>
    <message>
        <source>Arrows choose an item, Ctrl+arrows move it, Delete takes it out of the story, Ctrl+Z undoes, Enter opens its details or plays it.</source>
        <translation>Las flechas eligen un elemento, Ctrl+flechas lo mueven, Delete lo quita de la historia, Ctrl+Z lo deshace, Enter abre sus detalles o lo reproduce.</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>Importando %1 de %2: %3</translation>
    </message>
    <message>
        <source>Add photo or clip…</source>
        <translation>Añadir foto o clip…</translation>
    </message>
    <message>
        <source>Or drop files here, or paste a photo with Ctrl+V</source>
        <translation>O suelta archivos aquí, o pega una foto con Ctrl+V</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Files that were not imported</source>
        <translation>Archivos que no se importaron</translation>
    </message>
    <message>
        <source>The clip cannot be played</source>
        <translation>El clip no se puede reproducir</translation>
    </message>
    <message>
        <source>Photos and clips (%1)</source>
        <translation>Fotos y clips (%1)</translation>
    </message>
    <message>
        <source>Add photos or clips to “%1”</source>
        <translation>Añadir fotos o clips a «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importando %n archivo…</numerusform>
            <numerusform>Importando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>No importados:</translation>
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
        <translation>Editado</translation>
    </message>
</context>
<context>
    <name>Spill::MessageBar</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo what was just done</source>
        <translation>Deshacer lo que se acaba de hacer</translation>
    </message>
</context>
<context>
    <name>Spill::MetadataPanel</name>
    <message>
        <source>Story details</source>
        <translation>Detalles de la historia</translation>
    </message>
    <message>
        <source>Give your story a title</source>
        <translation>Ponle un título a tu historia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Cheese soufflé</source>
        <translation>Suflé de queso</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>Plato</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Recipe link</source>
        <translation>Enlace a la receta</translation>
    </message>
    <message>
        <source>The web address of the recipe you followed</source>
        <translation>La dirección web de la receta que seguiste</translation>
    </message>
    <message>
        <source>baking, eggs, birthday</source>
        <translation>repostería, huevos, cumpleaños</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Separa las etiquetas con comas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>https://your-blog.example/…</source>
        <translation>https://your-blog.example/…</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Publicada en</translation>
    </message>
    <message>
        <source>The web address of the published post</source>
        <translation>La dirección web de la entrada publicada</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>&amp;Dish</source>
        <translation>&amp;Plato</translation>
    </message>
    <message>
        <source>&amp;Recipe link</source>
        <translation>E&amp;nlace a la receta</translation>
    </message>
    <message>
        <source>&amp;Kind of fail</source>
        <translation>&amp;Tipo de desastre</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>&amp;Published at</source>
        <translation>Publicada e&amp;n</translation>
    </message>
    <message>
        <source>This does not look like a web address. Use one that starts with https:// or http://.</source>
        <translation>Esto no parece una dirección web. Usa una que empiece por https:// o http://.</translation>
    </message>
</context>
<context>
    <name>Spill::OnThisDayCard</name>
    <message>
        <source>On this day</source>
        <translation>Tal día como hoy</translation>
    </message>
    <message>
        <source>On this day, a year ago</source>
        <translation>Tal día como hoy, hace un año</translation>
    </message>
    <message>
        <source>Open story</source>
        <translation>Abrir historia</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Historia sin título</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Abre %1</translation>
    </message>
</context>
<context>
    <name>Spill::PatternsView</name>
    <message>
        <source>Patterns</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <source>Click a bar, or select it and press Enter, to see those stories.</source>
        <translation>Haz clic en una barra, o selecciónala y pulsa Enter, para ver esas historias.</translation>
    </message>
    <message>
        <source>Fails by &amp;kind</source>
        <translation>Desastres por &amp;tipo</translation>
    </message>
    <message>
        <source>Fails by &amp;month, last twelve months</source>
        <translation>Desastres por &amp;mes, últimos doce meses</translation>
    </message>
    <message>
        <source>How they &amp;ended</source>
        <translation>Cómo &amp;acabaron</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n fails</source>
        <translation>
            <numerusform>%1: %n desastre</numerusform>
            <numerusform>%1: %n desastres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stories (%2%)</source>
        <translation>
            <numerusform>%1: %n historia (%2%)</numerusform>
            <numerusform>%1: %n historias (%2%)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrarlas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n fails redeemed (%2%).</source>
        <translation>
            <numerusform>%1 de %n desastre con revancha (%2%).</numerusform>
            <numerusform>%1 de %n desastres con revancha (%2%).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median time to redemption: %n days.</source>
        <translation>
            <numerusform>Mediana de tiempo hasta la revancha: %n día.</numerusform>
            <numerusform>Mediana de tiempo hasta la revancha: %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::PersonalDictionary</name>
    <message>
        <source>Cannot read the personal dictionary %1: %2</source>
        <translation>No se puede leer el diccionario personal %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the personal dictionary %1: %2</source>
        <translation>No se puede guardar el diccionario personal %1: %2</translation>
    </message>
</context>
<context>
    <name>Spill::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>&amp;Spelling</source>
        <translation>Orto&amp;grafía</translation>
    </message>
    <message>
        <source>E&amp;xport Targets</source>
        <translation>&amp;Destinos de exportación</translation>
    </message>
    <message>
        <source>Word&amp;Press</source>
        <translation>Word&amp;Press</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Follow the s&amp;ystem</source>
        <translation>Seguir el &amp;sistema</translation>
    </message>
    <message>
        <source>How Spill looks. The change shows at once.</source>
        <translation>Cómo se ve Spill. El cambio se aplica al instante.</translation>
    </message>
    <message>
        <source>Following the system, Spill is dark when the desktop&apos;s settings portal prefers dark, or when the GTK theme is a dark one (GTK_THEME ending in &quot;:dark&quot; or &quot;-dark&quot;); otherwise light.</source>
        <translation>Al seguir el sistema, Spill se ve oscuro cuando el portal de configuración del escritorio prefiere el modo oscuro, o cuando el tema GTK es oscuro (GTK_THEME termina en «:dark» o «-dark»); si no, se ve claro.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between versions</source>
        <translation>Minutos entre versiones</translation>
    </message>
    <message>
        <source>While you write, History keeps a version of the story every so many minutes (none while you are away), and one whenever the status changes or you save one. From %1 to %2 minutes; %3 unless you choose otherwise.</source>
        <translation>Mientras escribes, el Historial guarda una versión de la historia cada tantos minutos (ninguna mientras no estás), y otra cada vez que cambia el estado o guardas una. De %1 a %2 minutos; %3 si no eliges otra cosa.</translation>
    </message>
    <message>
        <source>Keep a version e&amp;very:</source>
        <translation>Guardar una versión &amp;cada:</translation>
    </message>
</context>
<context>
    <name>Spill::PreviewBrowser</name>
    <message>
        <source>Preview message</source>
        <translation>Mensaje de la vista previa</translation>
    </message>
    <message>
        <source>Starting the browser engine…</source>
        <translation>Iniciando el motor del navegador…</translation>
    </message>
    <message>
        <source>Rendered post</source>
        <translation>Entrada renderizada</translation>
    </message>
    <message>
        <source>%1

Open in browser shows the same page in your web browser.</source>
        <translation>%1

«Abrir en el navegador» muestra la misma página en tu navegador web.</translation>
    </message>
    <message>
        <source>The browser engine could not show %1.

Open in browser shows the same page in your web browser.</source>
        <translation>El motor del navegador no pudo mostrar %1.

«Abrir en el navegador» muestra la misma página en tu navegador web.</translation>
    </message>
</context>
<context>
    <name>Spill::PublishDialog</name>
    <message>
        <source>Copy for WordPress</source>
        <translation>Copiar para WordPress</translation>
    </message>
    <message>
        <source>Publish to WordPress</source>
        <translation>Publicar en WordPress</translation>
    </message>
    <message>
        <source>WordPress site</source>
        <translation>Sitio de WordPress</translation>
    </message>
    <message>
        <source>Add Si&amp;te…</source>
        <translation>Añadir si&amp;tio…</translation>
    </message>
    <message>
        <source>As a &amp;draft, to finish in WordPress</source>
        <translation>Como &amp;borrador, para terminarla en WordPress</translation>
    </message>
    <message>
        <source>Publish &amp;now</source>
        <translation>Publicar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Schedule for</source>
        <translation>Progra&amp;mar para</translation>
    </message>
    <message>
        <source>Publish on</source>
        <translation>Publicar el</translation>
    </message>
    <message>
        <source>The blog takes c&amp;omments: the post invites them</source>
        <translation>El blog acepta c&amp;omentarios: la entrada invita a dejarlos</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;itio:</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <source>Publishing step</source>
        <translation>Etapa de la publicación</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progreso de la subida</translation>
    </message>
    <message>
        <source>Publishing summary</source>
        <translation>Resumen de la publicación</translation>
    </message>
    <message>
        <source>Publishing errors and notes</source>
        <translation>Errores y notas de la publicación</translation>
    </message>
    <message>
        <source>&amp;Upload and Copy</source>
        <translation>&amp;Subir y copiar</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>The story&apos;s photos and clips go to the site&apos;s media library first, each with its alt text and caption; then the post is copied as blocks that show them, to paste into the block editor&apos;s code view. No post is made.</source>
        <translation>Las fotos y clips de la historia van primero a la biblioteca de medios del sitio, cada uno con su texto alternativo y su pie de foto; luego la entrada se copia como bloques que los muestran, para pegarla en la vista de código del editor de bloques. No se crea ninguna entrada.</translation>
    </message>
    <message numerus="yes">
        <source>%n story goes to the site with its photos and clips; one published before updates its post.</source>
        <translation>
            <numerusform>%n historia va al sitio con sus fotos y clips; si ya se publicó antes, se actualiza su entrada.</numerusform>
            <numerusform>%n historias van al sitio con sus fotos y clips; las ya publicadas antes actualizan su entrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <source>Add a WordPress site first</source>
        <translation>Primero añade un sitio de WordPress</translation>
    </message>
    <message>
        <source>No WordPress site yet: add yours with “Add Site…”. You need its address, your user name and an application password.</source>
        <translation>Aún no hay ningún sitio de WordPress: añade el tuyo con «Añadir sitio…». Necesitas su dirección, tu nombre de usuario y una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>The story open in Write could not be saved, so it was not copied: see the message in Write.</source>
        <translation>No se pudo guardar la historia abierta en Escribir, así que no se ha copiado: mira el mensaje en Escribir.</translation>
    </message>
    <message>
        <source>The story open in Write could not be saved, so it was not published: see the message in Write.</source>
        <translation>No se pudo guardar la historia abierta en Escribir, así que no se ha publicado: mira el mensaje en Escribir.</translation>
    </message>
    <message>
        <source>Story %1 of %2: %3</source>
        <translation>Historia %1 de %2: %3</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message numerus="yes">
        <source>Copied “%1” for WordPress with its photos and clips, which are on the site (%n uploaded now): paste it into the block editor&apos;s code view.</source>
        <translation>
            <numerusform>Se copió «%1» para WordPress con sus fotos y clips, que están en el sitio (%n subido ahora): pégalo en la vista de código del editor de bloques.</numerusform>
            <numerusform>Se copió «%1» para WordPress con sus fotos y clips, que están en el sitio (%n subidos ahora): pégalo en la vista de código del editor de bloques.</numerusform>
        </translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicada</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programada</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>como borrador</translation>
    </message>
    <message>
        <source>“%1” is %2: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;</source>
        <translation>«%1» queda %2: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Cancelled. Nothing of a story that did not finish was kept in the library; publishing again reuses what reached the site.</source>
        <translation>Cancelado. No se guardó en la biblioteca nada de una historia que no terminó; al volver a publicar se reutiliza lo que llegó al sitio.</translation>
    </message>
    <message>
        <source>Nothing was copied; trying again reuses what reached the site.</source>
        <translation>No se copió nada; al volver a intentarlo se reutiliza lo que llegó al sitio.</translation>
    </message>
    <message numerus="yes">
        <source>%n story could not be published; publishing again reuses what reached the site.</source>
        <translation>
            <numerusform>%n historia no se pudo publicar; al volver a publicar se reutiliza lo que llegó al sitio.</numerusform>
            <numerusform>%n historias no se pudieron publicar; al volver a publicar se reutiliza lo que llegó al sitio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>Spill::RedemptionDialog</name>
    <message>
        <source>Link Redemption</source>
        <translation>Enlazar revancha</translation>
    </message>
    <message>
        <source>Where did it work out? Both posts will mention each other.</source>
        <translation>¿Dónde salió bien? Ambas entradas se mencionarán mutuamente.</translation>
    </message>
    <message>
        <source>A later &amp;story in this library:</source>
        <translation>Una &amp;historia posterior de esta biblioteca:</translation>
    </message>
    <message>
        <source>Loading stories…</source>
        <translation>Cargando historias…</translation>
    </message>
    <message>
        <source>A post &amp;elsewhere:</source>
        <translation>Una entrada en &amp;otro sitio:</translation>
    </message>
    <message>
        <source>&amp;Redeemed on:</source>
        <translation>&amp;Revancha el:</translation>
    </message>
    <message>
        <source>The stories could not be read: %1</source>
        <translation>No se pudieron leer las historias: %1</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Historia sin título</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An address that starts with https:// or http://</source>
        <translation>Una dirección que empiece por https:// o http://</translation>
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
        <translation>Historia sin título</translation>
    </message>
    <message>
        <source>Redeemed by %1 on %2.</source>
        <translation>Revancha: %1, el %2.</translation>
    </message>
    <message>
        <source>Redeemed by %1.</source>
        <translation>Revancha: %1.</translation>
    </message>
    <message>
        <source>This story redeems “%1”.</source>
        <translation>Esta historia es la revancha de «%1».</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Revancha</translation>
    </message>
    <message>
        <source>Did you try again? Link the story or post where it worked: both posts will mention each other</source>
        <translation>¿Lo volviste a intentar? Enlaza la historia o la entrada donde salió bien: ambas entradas se mencionarán mutuamente</translation>
    </message>
    <message>
        <source>Link Rede&amp;mption…</source>
        <translation>Enlazar re&amp;vancha…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desenlazar</translation>
    </message>
    <message>
        <source>Link Redemption</source>
        <translation>Enlazar revancha</translation>
    </message>
    <message>
        <source>Unlink Redemption</source>
        <translation>Desenlazar revancha</translation>
    </message>
    <message>
        <source>Not redeemed yet.</source>
        <translation>Aún sin revancha.</translation>
    </message>
</context>
<context>
    <name>Spill::RevisionsDialog</name>
    <message>
        <source>Story History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versiones guardadas</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Texto de la versión seleccionada</translation>
    </message>
    <message>
        <source>Select a version to read it.</source>
        <translation>Selecciona una versión para leerla.</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message numerus="yes">
        <source>Spill keeps a version every %n minute(s) of writing, when the status changes and whenever you save one (Ctrl+Shift+S). Preferences sets how often.</source>
        <translation>
            <numerusform>Spill guarda una versión cada %n minuto de escritura, cuando cambia el estado y cada vez que guardas una (Ctrl+Shift+S). En Preferencias eliges la frecuencia.</numerusform>
            <numerusform>Spill guarda una versión cada %n minutos de escritura, cuando cambia el estado y cada vez que guardas una (Ctrl+Shift+S). En Preferencias eliges la frecuencia.</numerusform>
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
        <translation>Aún no hay versiones: Spill guarda una mientras escribes.</translation>
    </message>
    <message>
        <source>Saved by you</source>
        <translation>Guardada por ti</translation>
    </message>
    <message>
        <source>While writing</source>
        <translation>Mientras escribías</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de restaurar</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Historia sin título</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(sin escribir)</translation>
    </message>
    <message>
        <source>Could not restore this version: %1</source>
        <translation>No se pudo restaurar esta versión: %1</translation>
    </message>
</context>
<context>
    <name>Spill::SampleStory</name>
    <message>
        <source>The sample story is missing from this build of Spill.</source>
        <translation>Falta la historia de ejemplo en esta compilación de Spill.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the sample photos: %1</source>
        <translation>No se pudo crear una carpeta temporal para las fotos de ejemplo: %1</translation>
    </message>
    <message>
        <source>Could not copy the sample photo %1.</source>
        <translation>No se pudo copiar la foto de ejemplo %1.</translation>
    </message>
</context>
<context>
    <name>Spill::SaveStatus</name>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n s ago</source>
        <translation>
            <numerusform>Guardado · hace %n s</numerusform>
            <numerusform>Guardado · hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n min ago</source>
        <translation>
            <numerusform>Guardado · hace %n min</numerusform>
            <numerusform>Guardado · hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Sin guardar: %1</translation>
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
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Menú %1</translation>
    </message>
    <message>
        <source>Writing a beat</source>
        <translation>Al escribir un paso</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>On the first line: the beat above</source>
        <translation>En la primera línea: el paso anterior</translation>
    </message>
    <message>
        <source>On the last line: the beat below</source>
        <translation>En la última línea: el paso siguiente</translation>
    </message>
    <message>
        <source>Photos and clips of a beat</source>
        <translation>Fotos y clips de un paso</translation>
    </message>
    <message>
        <source>Previous photo or clip</source>
        <translation>Foto o clip anterior</translation>
    </message>
    <message>
        <source>Next photo or clip</source>
        <translation>Foto o clip siguiente</translation>
    </message>
    <message>
        <source>Move it earlier</source>
        <translation>Moverlo antes</translation>
    </message>
    <message>
        <source>Move it later</source>
        <translation>Moverlo después</translation>
    </message>
    <message>
        <source>Play a clip; for a photo, write its alt text</source>
        <translation>Reproducir un clip; en una foto, escribir su texto alternativo</translation>
    </message>
    <message>
        <source>Remove from the story</source>
        <translation>Quitar de la historia</translation>
    </message>
    <message>
        <source>Paste a copied photo</source>
        <translation>Pegar una foto copiada</translation>
    </message>
    <message>
        <source>Playing a clip</source>
        <translation>Al reproducir un clip</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <source>One second back</source>
        <translation>Un segundo atrás</translation>
    </message>
    <message>
        <source>One second on</source>
        <translation>Un segundo adelante</translation>
    </message>
    <message>
        <source>A frame back</source>
        <translation>Un fotograma atrás</translation>
    </message>
    <message>
        <source>A frame on</source>
        <translation>Un fotograma adelante</translation>
    </message>
    <message>
        <source>Story list and Gallery</source>
        <translation>Lista de historias y Galería</translation>
    </message>
    <message>
        <source>Open the story</source>
        <translation>Abrir la historia</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>In the trash: restore</source>
        <translation>En la papelera: restaurar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the checked stories</source>
        <translation>Exportar las historias marcadas</translation>
    </message>
    <message>
        <source>Copy HTML</source>
        <translation>Copiar HTML</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Copiar Markdown</translation>
    </message>
    <message>
        <source>Copy for WordPress</source>
        <translation>Copiar para WordPress</translation>
    </message>
    <message>
        <source>First photo or clip</source>
        <translation>Primera foto o primer clip</translation>
    </message>
    <message>
        <source>Last photo or clip</source>
        <translation>Última foto o último clip</translation>
    </message>
    <message>
        <source>To the start</source>
        <translation>Al principio</translation>
    </message>
    <message>
        <source>To the end</source>
        <translation>Al final</translation>
    </message>
    <message>
        <source>On a beat&apos;s heading: suggestions, or no heading</source>
        <translation>En el encabezado de un paso: sugerencias o sin encabezado</translation>
    </message>
    <message>
        <source>Go to the story&apos;s step 1 to 5</source>
        <translation>Ir al paso 1 a 5 de la historia</translation>
    </message>
</context>
<context>
    <name>Spill::Sidebar</name>
    <message>
        <source>Places</source>
        <translation>Secciones</translation>
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
        <translation>Lo que quería</translation>
    </message>
    <message>
        <source>What I got</source>
        <translation>Lo que salió</translation>
    </message>
    <message>
        <source>Add a dream photo</source>
        <translation>Añadir foto del sueño</translation>
    </message>
    <message>
        <source>Add a reality photo</source>
        <translation>Añadir foto de la realidad</translation>
    </message>
    <message>
        <source>The photo of how it should have looked</source>
        <translation>La foto de cómo debería haber quedado</translation>
    </message>
    <message>
        <source>The photo of how it really turned out</source>
        <translation>La foto de cómo quedó en realidad</translation>
    </message>
    <message>
        <source>Intended and actual</source>
        <translation>Sueño y realidad</translation>
    </message>
</context>
<context>
    <name>Spill::SpellChecker</name>
    <message>
        <source>Spelling is not checked: no dictionary for %1 is installed.</source>
        <translation>No se revisa la ortografía: no hay ningún diccionario instalado para %1.</translation>
    </message>
    <message>
        <source>Spelling is not checked: the dictionary %1 could not be read (%2).</source>
        <translation>No se revisa la ortografía: no se pudo leer el diccionario %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Spill::SpellMenu</name>
    <message>
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Añadir «%1» al diccionario</translation>
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
        <translation>Añadir al &amp;diccionario</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Lan&amp;guage of new stories:</source>
        <translation>&amp;Idioma de las historias nuevas:</translation>
    </message>
    <message>
        <source>Your w&amp;ords, which Spill never underlines:</source>
        <translation>Tus &amp;palabras, que Spill nunca subraya:</translation>
    </message>
    <message>
        <source>New &amp;word:</source>
        <translation>Palabra &amp;nueva:</translation>
    </message>
    <message>
        <source>Kept in %1, one word per line.</source>
        <translation>Guardadas en %1, una palabra por línea.</translation>
    </message>
    <message>
        <source>The system&apos;s language: %1</source>
        <translation>El idioma del sistema: %1</translation>
    </message>
</context>
<context>
    <name>Spill::StoryCardDelegate</name>
    <message>
        <source>Redeemed</source>
        <translation>Con revancha</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Historia sin título</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
</context>
<context>
    <name>Spill::StoryController</name>
    <message>
        <source>there is nothing to keep yet, so write something first</source>
        <translation>todavía no hay nada que guardar, así que primero escribe algo</translation>
    </message>
    <message>
        <source>its last changes could not be saved</source>
        <translation>no se pudieron guardar sus últimos cambios</translation>
    </message>
</context>
<context>
    <name>Spill::StoryDocument</name>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Add Photo</source>
        <translation>Añadir foto</translation>
    </message>
    <message>
        <source>Add %1 Photos</source>
        <translation>Añadir %1 fotos</translation>
    </message>
    <message>
        <source>Add Clip</source>
        <translation>Añadir clip</translation>
    </message>
    <message>
        <source>Add %1 Clips</source>
        <translation>Añadir %1 clips</translation>
    </message>
    <message>
        <source>Add %1 Photos and Clips</source>
        <translation>Añadir %1 fotos y clips</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>Plato</translation>
    </message>
    <message>
        <source>Recipe Link</source>
        <translation>Enlace a la receta</translation>
    </message>
    <message>
        <source>Published Link</source>
        <translation>Enlace publicado</translation>
    </message>
    <message>
        <source>What Went Wrong</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>What I changed</source>
        <translation>Lo que cambié</translation>
    </message>
    <message>
        <source>The fixed recipe</source>
        <translation>La receta corregida</translation>
    </message>
    <message>
        <source>Link Redemption</source>
        <translation>Enlazar revancha</translation>
    </message>
    <message>
        <source>Unlink Redemption</source>
        <translation>Desenlazar revancha</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Hide Heading</source>
        <translation>Ocultar encabezado</translation>
    </message>
    <message>
        <source>Default Heading</source>
        <translation>Encabezado predeterminado</translation>
    </message>
    <message>
        <source>Remove Clip</source>
        <translation>Quitar clip</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <source>Move Clip</source>
        <translation>Mover clip</translation>
    </message>
    <message>
        <source>Move Photo</source>
        <translation>Mover foto</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Describe Clip</source>
        <translation>Describir clip</translation>
    </message>
    <message>
        <source>Describe Photo</source>
        <translation>Describir foto</translation>
    </message>
    <message>
        <source>Mark as Decorative</source>
        <translation>Marcar como decorativa</translation>
    </message>
    <message>
        <source>Unmark as Decorative</source>
        <translation>Desmarcar como decorativa</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>Poster Frame</source>
        <translation>Fotograma de portada</translation>
    </message>
    <message>
        <source>Unmark as Edited</source>
        <translation>Desmarcar como editada</translation>
    </message>
    <message>
        <source>Mark as Edited</source>
        <translation>Marcar como editada</translation>
    </message>
    <message>
        <source>Why Not Edited</source>
        <translation>Por qué no está editada</translation>
    </message>
    <message>
        <source>Edit Media</source>
        <translation>Editar medios</translation>
    </message>
</context>
<context>
    <name>Spill::StoryEditor</name>
    <message>
        <source>Story editor</source>
        <translation>Editor de historias</translation>
    </message>
    <message>
        <source>Story page</source>
        <translation>Página de la historia</translation>
    </message>
    <message>
        <source>Story coach</source>
        <translation>Asistente de la historia</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>Ir a «%1»</translation>
    </message>
</context>
<context>
    <name>Spill::StoryFileOpener</name>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Este archivo no se puede importar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be imported: this library is open read-only.</source>
        <translation>&quot;%1&quot; no se puede importar: esta biblioteca está abierta solo para lectura.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Historia sin título</translation>
    </message>
    <message>
        <source>Import a Story</source>
        <translation>Importar una historia</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot; into your library?</source>
        <translation>¿Importar &quot;%1&quot; a tu biblioteca?</translation>
    </message>
    <message>
        <source>From %1. Its photos and clips are copied into the library; the file itself is left as it is.</source>
        <translation>Desde %1. Sus fotos y clips se copian a la biblioteca; el archivo en sí queda como está.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not imported; nothing of it was kept.</source>
        <translation>&quot;%1&quot; no se importó; no se conservó nada de ella.</translation>
    </message>
    <message>
        <source>From %1. The file itself is left as it is.</source>
        <translation>Desde %1. El archivo en sí queda como está.</translation>
    </message>
</context>
<context>
    <name>Spill::StoryListModel</name>
    <message>
        <source>Untitled story</source>
        <translation>Historia sin título</translation>
    </message>
    <message>
        <source>trashed %1</source>
        <translation>en la papelera %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>justo ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::StoryListPanel</name>
    <message>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>New story (%1)</source>
        <translation>Historia nueva (%1)</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Historia nueva</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Mostrar la papelera</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message>
        <source>Back to stories</source>
        <translation>Volver a las historias</translation>
    </message>
    <message>
        <source>Back to the stories</source>
        <translation>Volver a las historias</translation>
    </message>
</context>
<context>
    <name>Spill::TagEdit</name>
    <message>
        <source>Tag suggestions</source>
        <translation>Sugerencias de etiquetas</translation>
    </message>
</context>
<context>
    <name>Spill::TrashPreview</name>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Take the story out of the trash and open it (Enter in the list)</source>
        <translation>Sacar la historia de la papelera y abrirla (Enter en la lista)</translation>
    </message>
    <message>
        <source>The trashed story</source>
        <translation>La historia en la papelera</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Historia sin título</translation>
    </message>
    <message>
        <source>In the trash since %1. Restore it to edit it again.</source>
        <translation>En la papelera desde %1. Restáurala para volver a editarla.</translation>
    </message>
    <message>
        <source>In the trash. Restore it to edit it again.</source>
        <translation>En la papelera. Restáurala para volver a editarla.</translation>
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
        <translation>Posición en el clip</translation>
    </message>
    <message>
        <source>Use this frame as &amp;poster</source>
        <translation>Usar este fotograma como &amp;portada</translation>
    </message>
    <message>
        <source>Shown before the clip plays, in the editor and the exported post</source>
        <translation>Se muestra antes de que se reproduzca el clip, en el editor y en la entrada exportada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 cannot be played: %2</source>
        <translation>%1 no se puede reproducir: %2</translation>
    </message>
    <message>
        <source>Poster frame set to %1</source>
        <translation>Fotograma de portada fijado en %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>Spill::WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Every kitchen fail is a story</source>
        <translation>Cada desastre en la cocina es una historia</translation>
    </message>
    <message>
        <source>The collapsed soufflé, the split custard, the blender that exploded: readers trust the creator who shows the burnt edges. Spill walks you through five short beats, from the dish you meant to make to the question you ask your readers.</source>
        <translation>El suflé hundido, las natillas cortadas, la batidora que explotó: los lectores confían en quien enseña los bordes quemados. Spill te guía por cinco pasos cortos, desde el plato que querías hacer hasta la pregunta que les haces a tus lectores.</translation>
    </message>
    <message>
        <source>Start your first story</source>
        <translation>Empieza tu primera historia</translation>
    </message>
    <message>
        <source>Add a sample story</source>
        <translation>Añadir historia de ejemplo</translation>
    </message>
    <message>
        <source>A finished story, to see what a good one looks like</source>
        <translation>Una historia terminada, para ver cómo es una buena</translation>
    </message>
</context>
<context>
    <name>Spill::WordPressSiteDialog</name>
    <message>
        <source>Add WordPress Site</source>
        <translation>Añadir sitio de WordPress</translation>
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
        <translation>Crea una contraseña de aplicación en WordPress, en Usuarios &gt; Perfil &gt; Contraseñas de aplicación. Spill la guarda en el llavero del sistema, nunca en sus propios archivos.</translation>
    </message>
    <message>
        <source>&amp;Check Connection</source>
        <translation>&amp;Comprobar conexión</translation>
    </message>
    <message>
        <source>&amp;Add Site</source>
        <translation>&amp;Añadir sitio</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation>Contraseña de a&amp;plicación:</translation>
    </message>
    <message>
        <source>Type the site&apos;s address.</source>
        <translation>Escribe la dirección del sitio.</translation>
    </message>
    <message>
        <source>“%1” is not a website address (http or https).</source>
        <translation>«%1» no es una dirección web (http o https).</translation>
    </message>
    <message>
        <source>Type your WordPress user name.</source>
        <translation>Escribe tu nombre de usuario de WordPress.</translation>
    </message>
    <message>
        <source>Paste the application password.</source>
        <translation>Pega la contraseña de aplicación.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>Spill::WordPressSites</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>Spill::WordPressSitesPage</name>
    <message>
        <source>Spill publishes stories straight to these WordPress sites, photos and clips included.</source>
        <translation>Spill publica historias directamente en estos sitios de WordPress, con fotos y clips.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Your &amp;blogs:</source>
        <translation>Tus &amp;blogs:</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;Nuevo sitio…</translation>
    </message>
    <message>
        <source>&amp;Check Connection</source>
        <translation>&amp;Comprobar conexión</translation>
    </message>
    <message>
        <source>Forget S&amp;ite</source>
        <translation>Olvidar s&amp;itio</translation>
    </message>
    <message>
        <source>Forget the site and its password here; nothing on the site changes</source>
        <translation>Olvidar el sitio y su contraseña aquí; en el sitio no cambia nada</translation>
    </message>
    <message>
        <source>No sites yet: add one to publish from Export.</source>
        <translation>Aún no hay sitios: añade uno para publicar desde Exportar.</translation>
    </message>
    <message>
        <source>Keeping the password…</source>
        <translation>Guardando la contraseña…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>%1 is forgotten here; its posts stay on the site.</source>
        <translation>%1 se ha olvidado aquí; sus entradas se quedan en el sitio.</translation>
    </message>
</context>
<context>
    <name>Spill::WritePlace</name>
    <message>
        <source>Could not duplicate: %1</source>
        <translation>No se pudo duplicar: %1</translation>
    </message>
    <message>
        <source>Story moved to the trash.</source>
        <translation>Historia movida a la papelera.</translation>
    </message>
    <message>
        <source>Story restored.</source>
        <translation>Historia restaurada.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>Select a story in the trash to see it here.</source>
        <translation>Selecciona una historia de la papelera para verla aquí.</translation>
    </message>
    <message>
        <source>Could not read this story: %1</source>
        <translation>No se pudo leer esta historia: %1</translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation>¿Vaciar la papelera?</translation>
    </message>
    <message>
        <source>The stories in the trash and their versions will be deleted for good, with photos no other story uses. This cannot be undone.</source>
        <translation>Las historias de la papelera y sus versiones se borrarán para siempre, junto con las fotos que no use ninguna otra historia. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <source>Could not empty the trash: %1</source>
        <translation>No se pudo vaciar la papelera: %1</translation>
    </message>
    <message>
        <source>The trash is empty, but some photos stayed: %1</source>
        <translation>La papelera está vacía, pero algunas fotos se han quedado: %1</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Could not open the story: %1</source>
        <translation>No se pudo abrir la historia: %1</translation>
    </message>
    <message>
        <source>Your last changes could not be saved, so this was not done.</source>
        <translation>No se pudieron guardar tus últimos cambios, así que no se ha hecho.</translation>
    </message>
    <message>
        <source>This story has no history yet.</source>
        <translation>Esta historia aún no tiene historial.</translation>
    </message>
    <message>
        <source>Version restored. The text before it is kept under History.</source>
        <translation>Versión restaurada. El texto anterior se guarda en Historial.</translation>
    </message>
    <message>
        <source>Adding the sample story…</source>
        <translation>Añadiendo la historia de ejemplo…</translation>
    </message>
    <message>
        <source>Could not add the sample story: %1</source>
        <translation>No se pudo añadir la historia de ejemplo: %1</translation>
    </message>
    <message>
        <source>Version saved. Find it under History.</source>
        <translation>Versión guardada. La encontrarás en Historial.</translation>
    </message>
    <message>
        <source>Could not save a version: %1</source>
        <translation>No se pudo guardar una versión: %1</translation>
    </message>
    <message>
        <source>Could not add the word: %1</source>
        <translation>No se pudo añadir la palabra: %1</translation>
    </message>
    <message>
        <source>This library is open read-only, so nothing you type can be saved. %1</source>
        <translation>Esta biblioteca está abierta en solo lectura, así que no se puede guardar nada de lo que escribas. %1</translation>
    </message>
    <message>
        <source>Read-only library</source>
        <translation>Biblioteca de solo lectura</translation>
    </message>
    <message>
        <source>Spelling language of this story</source>
        <translation>Idioma de ortografía de esta historia</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Story history</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Earlier versions of this story</source>
        <translation>Versiones anteriores de esta historia</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Nueva historia</translation>
    </message>
    <message>
        <source>Save a &amp;Version</source>
        <translation>Guardar una &amp;versión</translation>
    </message>
    <message>
        <source>Story &amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Go to the Story &amp;List</source>
        <translation>Ir a la &amp;lista de historias</translation>
    </message>
</context>
<context>
    <name>SpillModule</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation>a %1 le falta %2</translation>
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
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Utensilio</translation>
    </message>
    <message>
        <source>Burnt</source>
        <translation>Quemado</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Hundido</translation>
    </message>
    <message>
        <source>Split or curdled</source>
        <translation>Cortado o separado</translation>
    </message>
    <message>
        <source>Under- or overcooked</source>
        <translation>Crudo o pasado</translation>
    </message>
    <message>
        <source>Forgotten ingredient</source>
        <translation>Ingrediente olvidado</translation>
    </message>
    <message>
        <source>Wrong substitution</source>
        <translation>Sustitución errónea</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Utensilios</translation>
    </message>
    <message>
        <source>Spill or drop</source>
        <translation>Derrame o caída</translation>
    </message>
    <message>
        <source>Seasoning</source>
        <translation>Sazón</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Rescued</source>
        <translation>Rescatado</translation>
    </message>
    <message>
        <source>Partly rescued</source>
        <translation>Rescatado a medias</translation>
    </message>
    <message>
        <source>Binned</source>
        <translation>A la basura</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Dream</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Reality</source>
        <translation>Realidad</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>crop</source>
        <translation>recorte</translation>
    </message>
    <message>
        <source>light</source>
        <translation>luz</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>color</translation>
    </message>
</context>
<context>
    <name>StoryJson</name>
    <message>
        <source>&quot;headings&quot; must be an object</source>
        <translation>«headings» debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;headings.%1&quot; must be a string or null</source>
        <translation>«headings.%1» debe ser una cadena o null</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
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
        <translation>un número</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>«%1» debe ser %2, no %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2, not &quot;%3&quot;</source>
        <translation>«%1» debe ser uno de %2, no «%3»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>falta «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date and time with a UTC offset, like 2026-11-20T18:30:00+01:00, not &quot;%2&quot;</source>
        <translation>«%1» debe ser una fecha y hora con desfase UTC, como 2026-11-20T18:30:00+01:00, no «%2»</translation>
    </message>
    <message>
        <source>&quot;format&quot; is &quot;%1&quot;, but this version of Spill reads &quot;%2&quot;</source>
        <translation>«format» es «%1», pero esta versión de Spill lee «%2»</translation>
    </message>
    <message>
        <source>&quot;slug&quot; must use only lowercase letters, digits and single hyphens (at most %1 characters), not &quot;%2&quot;</source>
        <translation>«slug» solo debe usar minúsculas, dígitos y guiones sueltos (como máximo %1 caracteres), no «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a story&apos;s slug, not &quot;%2&quot;</source>
        <translation>«%1» debe ser el slug de una historia, no «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date like 2026-12-01, not &quot;%2&quot;</source>
        <translation>«%1» debe ser una fecha como 2026-12-01, no «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>«%1» no debe estar vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a path inside the story&apos;s folder, not &quot;%2&quot;</source>
        <translation>«%1» debe ser una ruta dentro de la carpeta de la historia, no «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of milliseconds, 0 or more, not %2</source>
        <translation>«%1» debe ser un número entero de milisegundos, 0 o más, no %2</translation>
    </message>
    <message>
        <source>line %1, column %2: JSON syntax error: %3</source>
        <translation>línea %1, columna %2: error de sintaxis JSON: %3</translation>
    </message>
    <message>
        <source>the file must hold one JSON object, not %1</source>
        <translation>el archivo debe contener un único objeto JSON, no %1</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>un valor suelto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be kept exactly: %2</source>
        <translation>«%1» no se puede conservar tal cual: %2</translation>
    </message>
    <message>
        <source>%1: media file &quot;%2&quot; must be a path inside the story&apos;s folder</source>
        <translation>%1: el archivo multimedia «%2» debe ser una ruta dentro de la carpeta de la historia</translation>
    </message>
    <message>
        <source>%1: media file &quot;%2&quot; leads outside the story&apos;s folder</source>
        <translation>%1: el archivo multimedia «%2» lleva fuera de la carpeta de la historia</translation>
    </message>
    <message>
        <source>it holds an unpaired surrogate \u%1 (character %2), which is not text</source>
        <translation>contiene un sustituto sin pareja \u%1 (carácter %2), que no es texto</translation>
    </message>
    <message>
        <source>it starts with a byte order mark (U+FEFF), which Spill&apos;s reader would drop</source>
        <translation>empieza con una marca de orden de bytes (U+FEFF), que el lector de Spill descartaría</translation>
    </message>
    <message>
        <source>it holds the noncharacter U+%1 (character %2), which Spill&apos;s reader would replace</source>
        <translation>contiene el no-carácter U+%1 (carácter %2), que el lector de Spill reemplazaría</translation>
    </message>
    <message>
        <source>it holds the character U+%1 (character %2), which Spill cannot keep exactly</source>
        <translation>contiene el carácter U+%1 (carácter %2), que Spill no puede conservar tal cual</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice; keep the one you mean</source>
        <translation>«%1» aparece dos veces; deja el valor que quieres decir</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>no thumbnail of %1 pixels can be made for %2.%3</source>
        <translation>no se puede crear una miniatura de %1 píxeles para %2.%3</translation>
    </message>
    <message>
        <source>%1: the media file is missing from the library</source>
        <translation>%1: falta el archivo multimedia en la biblioteca</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the thumbnail %1 cannot be written (%2)</source>
        <translation>no se puede escribir la miniatura %1 (%2)</translation>
    </message>
    <message>
        <source>no image or a malformed name</source>
        <translation>no hay imagen o el nombre es incorrecto</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>encoding failed</source>
        <translation>falló la codificación</translation>
    </message>
    <message>
        <source>%1.%2 is not a stored clip</source>
        <translation>%1.%2 no es un clip guardado</translation>
    </message>
    <message>
        <source>%1: no frame at %2 ms</source>
        <translation>%1: no hay fotograma en %2 ms</translation>
    </message>
    <message>
        <source>the poster frame %1 cannot be written (%2)</source>
        <translation>no se puede escribir el fotograma de portada %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TransferModule</name>
    <message>
        <source>import, export and publish are not installed (%1)</source>
        <translation>importar, exportar y publicar no están instalados (%1)</translation>
    </message>
    <message>
        <source>the share kit cannot be painted (%1)</source>
        <translation>no se puede dibujar el kit para compartir (%1)</translation>
    </message>
</context>
<context>
    <name>TrashStoriesCommand</name>
    <message>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>VideoModule</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is not Spill&apos;s video module</source>
        <translation>%1 no es el módulo de video de Spill</translation>
    </message>
    <message>
        <source>Spill&apos;s video support is not installed (%1)</source>
        <translation>El soporte de video de Spill no está instalado (%1)</translation>
    </message>
</context>
<context>
    <name>VideoProbe</name>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>it has no video track</source>
        <translation>no tiene pista de video</translation>
    </message>
    <message>
        <source>the frame at %1 ms could not be converted</source>
        <translation>no se pudo convertir el fotograma en %1 ms</translation>
    </message>
    <message>
        <source>probing did not finish within %1 s</source>
        <translation>el análisis no terminó en %1 s</translation>
    </message>
    <message>
        <source>it is not a playable video (%1)</source>
        <translation>no es un video reproducible (%1)</translation>
    </message>
    <message>
        <source>it ended before a frame was shown</source>
        <translation>terminó antes de mostrar un fotograma</translation>
    </message>
    <message>
        <source>--frame needs a time in milliseconds</source>
        <translation>--frame necesita un tiempo en milisegundos</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <source>usage: __probe FILE [--frame MS --out PNG]</source>
        <translation>uso: __probe ARCHIVO [--frame MS --out PNG]</translation>
    </message>
    <message>
        <source>encoding failed</source>
        <translation>falló la codificación</translation>
    </message>
    <message>
        <source>the frame could not be written to %1 (%2)</source>
        <translation>no se pudo escribir el fotograma en %1 (%2)</translation>
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
        <translation>no hay carpeta temporal para el fotograma (%1)</translation>
    </message>
    <message>
        <source>the video probe %1 could not be started (%2)</source>
        <translation>no se pudo iniciar el analizador de video %1 (%2)</translation>
    </message>
    <message>
        <source>probing took longer than %1 s and was stopped; the file may be damaged</source>
        <translation>el análisis tardó más de %1 s y se detuvo; puede que el archivo esté dañado</translation>
    </message>
    <message>
        <source>the video probe crashed on this file; it is probably damaged</source>
        <translation>el analizador de video se bloqueó con este archivo; probablemente esté dañado</translation>
    </message>
    <message>
        <source>the video probe gave no answer (exit code %1)</source>
        <translation>el analizador de video no respondió (código de salida %1)</translation>
    </message>
    <message>
        <source>the video probe failed</source>
        <translation>el analizador de video falló</translation>
    </message>
    <message>
        <source>the poster frame could not be read (%1)</source>
        <translation>no se pudo leer el fotograma de portada (%1)</translation>
    </message>
</context>
<context>
    <name>WebPreviewModule</name>
    <message>
        <source>Spill runs as root, where Chromium refuses its sandbox: the preview runs without it</source>
        <translation>Spill se ejecuta como root, y ahí Chromium rechaza su sandbox: la vista previa funciona sin él</translation>
    </message>
    <message>
        <source>Chromium&apos;s sandbox is off: %1 is set</source>
        <translation>El sandbox de Chromium está desactivado: se ha definido %1</translation>
    </message>
    <message>
        <source>The browser engine cannot start: this system does not let Chromium build its sandbox (user namespaces are switched off)</source>
        <translation>El motor del navegador no puede iniciarse: este sistema no permite que Chromium cree su sandbox (los espacios de nombres de usuario están desactivados)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is not Spill&apos;s web preview module</source>
        <translation>%1 no es el módulo de vista previa web de Spill</translation>
    </message>
    <message>
        <source>Spill&apos;s browser engine for the preview is not installed (%1)</source>
        <translation>El motor de navegador de Spill para la vista previa no está instalado (%1)</translation>
    </message>
</context>
<context>
    <name>WindowModule</name>
    <message>
        <source>Spill&apos;s window is not installed (%1)</source>
        <translation>La ventana de Spill no está instalada (%1)</translation>
    </message>
</context>
<context>
    <name>WordPress</name>
    <message>
        <source>%1 on %2 may not upload files or write posts: give the user the Author role or higher</source>
        <translation>%1 en %2 no puede subir archivos ni escribir entradas: dale al usuario el rol de Autor o superior</translation>
    </message>
    <message>
        <source>%1 took the file but gave no id for it</source>
        <translation>%1 aceptó el archivo, pero no le dio ningún id</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 no respondió a tiempo</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times in a row, so Spill stopped: check the site&apos;s address and its redirect rules</source>
        <translation>%1 redirigió más de %2 veces seguidas, así que Spill se detuvo: comprueba la dirección del sitio y sus reglas de redirección</translation>
    </message>
    <message>
        <source>%1 sent Spill on to %2, which is not a secure address, so Spill stopped: your application password never goes out unencrypted</source>
        <translation>%1 envió a Spill a %2, que no es una dirección segura, así que Spill se detuvo: tu contraseña de aplicación nunca sale sin cifrar</translation>
    </message>
    <message>
        <source>%1 sent Spill on to %2, another server, so Spill stopped: your application password goes to %1 only. If the blog has moved, use its new address</source>
        <translation>%1 envió a Spill a %2, otro servidor, así que Spill se detuvo: tu contraseña de aplicación solo va a %1. Si el blog se ha mudado, usa su nueva dirección</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed (%2): check the address, or the site&apos;s certificate</source>
        <translation>falló la conexión segura con %1 (%2): comprueba la dirección o el certificado del sitio</translation>
    </message>
    <message>
        <source>%1 was not found: check the address and the network</source>
        <translation>no se encontró %1: comprueba la dirección y la red</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the address right and the site up?</source>
        <translation>%1 rechazó la conexión: ¿es correcta la dirección y está el sitio en línea?</translation>
    </message>
    <message>
        <source>%1 closed the connection before it answered</source>
        <translation>%1 cerró la conexión antes de responder</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2)</source>
        <translation>no se pudo acceder a %1 (%2)</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>estado HTTP %1</translation>
    </message>
    <message>
        <source>%1 (HTTP status %2)</source>
        <translation>%1 (estado HTTP %2)</translation>
    </message>
    <message>
        <source>%1 refused the file as too large: its server&apos;s upload limit is lower (HTTP status 413)</source>
        <translation>%1 rechazó el archivo por ser demasiado grande: el límite de subida de su servidor es menor (estado HTTP 413)</translation>
    </message>
    <message>
        <source>the REST API of %1 is switched off or blocked, so Spill cannot publish there: %2</source>
        <translation>la API REST de %1 está desactivada o bloqueada, así que Spill no puede publicar allí: %2</translation>
    </message>
    <message>
        <source>%1 did not accept the user name and application password: %2</source>
        <translation>%1 no aceptó el nombre de usuario y la contraseña de aplicación: %2</translation>
    </message>
    <message>
        <source>%1 does not let this user do that: %2</source>
        <translation>%1 no permite a este usuario hacer eso: %2</translation>
    </message>
    <message>
        <source>%1 has no such item: %2</source>
        <translation>%1 no tiene ese elemento: %2</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 respondió con un error: %2</translation>
    </message>
    <message>
        <source>%1 looks like WordPress, but its REST API does not answer, so Spill cannot publish there: it may be switched off by a plugin</source>
        <translation>%1 parece WordPress, pero su API REST no responde, así que Spill no puede publicar allí: puede que la haya desactivado un plugin</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a WordPress site (no REST API at /wp-json/ or /?rest_route=/)</source>
        <translation>%1 responde, pero no es un sitio de WordPress (no hay API REST en /wp-json/ ni en /?rest_route=/)</translation>
    </message>
    <message>
        <source>%1 answered, but not with what WordPress sends (%2)</source>
        <translation>%1 respondió, pero no con lo que envía WordPress (%2)</translation>
    </message>
</context>
<context>
    <name>WordPressModule</name>
    <message>
        <source>publishing to WordPress is not installed (%1)</source>
        <translation>la publicación en WordPress no está instalada (%1)</translation>
    </message>
</context>
<context>
    <name>WordPressPublish</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: %2: %3</source>
        <translation>Historia «%1»: %2: %3</translation>
    </message>
    <message>
        <source>preparing the photos and clips</source>
        <translation>preparando las fotos y clips</translation>
    </message>
    <message>
        <source>checking %1 on the site</source>
        <translation>comprobando %1 en el sitio</translation>
    </message>
    <message>
        <source>looking for %1 on the site</source>
        <translation>buscando %1 en el sitio</translation>
    </message>
    <message>
        <source>From the story “%1” (%2)</source>
        <translation>De la historia «%1» (%2)</translation>
    </message>
    <message>
        <source>setting the alt text and caption of %1</source>
        <translation>configurando el texto alternativo y el pie de foto de %1</translation>
    </message>
    <message>
        <source>Uploading the poster of %1 (%2 of %3)</source>
        <translation>Subiendo la portada de %1 (%2 de %3)</translation>
    </message>
    <message>
        <source>Uploading clip %1 (%2 of %3)</source>
        <translation>Subiendo el clip %1 (%2 de %3)</translation>
    </message>
    <message>
        <source>Uploading photo %1 (%2 of %3)</source>
        <translation>Subiendo la foto %1 (%2 de %3)</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>subiendo %1</translation>
    </message>
    <message>
        <source>finding or creating the tag &quot;%1&quot;</source>
        <translation>buscando o creando la etiqueta «%1»</translation>
    </message>
    <message>
        <source>finding or creating the category &quot;%1&quot;</source>
        <translation>buscando o creando la categoría «%1»</translation>
    </message>
    <message>
        <source>looking for an earlier post of this story</source>
        <translation>buscando una entrada anterior de esta historia</translation>
    </message>
    <message>
        <source>sending the post</source>
        <translation>enviando la entrada</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: its post %2 is gone from the site: a new post was made</source>
        <translation>Historia «%1»: su entrada %2 ya no está en el sitio: se creó una entrada nueva</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: media %2 could not be attached to the post: %3</source>
        <translation>Historia «%1»: no se pudo adjuntar el medio %2 a la entrada: %3</translation>
    </message>
</context>
</TS>
