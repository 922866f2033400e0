<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddTagCommand</name>
    <message>
        <source>Add Tag</source>
        <translation>Étiqueter</translation>
    </message>
</context>
<context>
    <name>BeatHeading</name>
    <message>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <source>What I was making</source>
        <translation>Ce que je préparais</translation>
    </message>
    <message>
        <source>The dream</source>
        <translation>Le rêve</translation>
    </message>
    <message>
        <source>Where it went sideways</source>
        <translation>Là où ça a dérapé</translation>
    </message>
    <message>
        <source>The moment it turned</source>
        <translation>Le moment où tout a basculé</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>The rescue</source>
        <translation>Le sauvetage</translation>
    </message>
    <message>
        <source>What I did about it</source>
        <translation>Comment j&apos;ai réagi</translation>
    </message>
    <message>
        <source>Damage control</source>
        <translation>Limiter les dégâts</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Ce que j&apos;ai appris</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>La prochaine fois</translation>
    </message>
    <message>
        <source>The takeaway</source>
        <translation>À retenir</translation>
    </message>
    <message>
        <source>Over to you</source>
        <translation>À vous de jouer</translation>
    </message>
    <message>
        <source>Your turn</source>
        <translation>À vous</translation>
    </message>
    <message>
        <source>Have you been there?</source>
        <translation>Ça vous est déjà arrivé&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Beats</name>
    <message>
        <source>Intended dish</source>
        <translation>Plat prévu</translation>
    </message>
    <message>
        <source>What were you making, and how was it meant to turn out?</source>
        <translation>Que prépariez-vous, et à quoi cela devait-il ressembler&#xa0;?</translation>
    </message>
    <message>
        <source>Paint the picture you had in your head: the recipe, the occasion, and the look and taste you were after.</source>
        <translation>Décrivez l&apos;image que vous aviez en tête&#xa0;: la recette, l&apos;occasion, l&apos;aspect et le goût que vous visiez.</translation>
    </message>
    <message>
        <source>It was my sister&apos;s birthday, and I wanted a cheese soufflé that rose a proud five centimetres above the ramekin: golden on top, trembling inside, the kind you rush to the table before it sighs.</source>
        <translation>C&apos;était l&apos;anniversaire de ma sœur, et je voulais un soufflé au fromage qui s&apos;élève fièrement de cinq centimètres au-dessus du ramequin&#xa0;: doré dessus, tremblotant dedans, de ceux qu&apos;on apporte à table en courant avant qu&apos;ils ne soupirent.</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui a raté</translation>
    </message>
    <message>
        <source>When did it go sideways, and what did it look like?</source>
        <translation>Quand est-ce que ça a dérapé, et à quoi ça ressemblait&#xa0;?</translation>
    </message>
    <message>
        <source>Name the moment it turned. Readers trust you more when you show the burnt edge than when you only mention it.</source>
        <translation>Nommez le moment où tout a basculé. Vos lecteurs vous font davantage confiance quand vous montrez le bord brûlé que quand vous vous contentez de le mentionner.</translation>
    </message>
    <message>
        <source>Twenty minutes in I opened the oven, just to check. A gust of cool air rolled in and the soufflé folded in on itself like a bouncy castle at closing time.</source>
        <translation>Au bout de vingt minutes, j&apos;ai ouvert le four, juste pour vérifier. Un souffle d&apos;air frais s&apos;est engouffré et le soufflé s&apos;est replié sur lui-même comme un château gonflable à l&apos;heure de la fermeture.</translation>
    </message>
    <message>
        <source>Salvage</source>
        <translation>Sauvetage</translation>
    </message>
    <message>
        <source>What did you do about it? Rescued, reinvented, or binned?</source>
        <translation>Qu&apos;en avez-vous fait&#xa0;? Sauvé, réinventé ou jeté&#xa0;?</translation>
    </message>
    <message>
        <source>Tell readers what happened next: a rescue, a clever reinvention, or an honest trip to the bin.</source>
        <translation>Racontez à vos lecteurs la suite&#xa0;: un sauvetage, une réinvention astucieuse ou un passage honnête par la poubelle.</translation>
    </message>
    <message>
        <source>I spooned the cheesy puddle onto toast, scattered chives over it and called it soufflé rarebit. My sister asked for seconds, so I am counting it as half a win.</source>
        <translation>J&apos;ai versé la flaque de fromage à la cuillère sur des toasts, parsemé de ciboulette et baptisé le tout «&#xa0;soufflé rarebit&#xa0;». Ma sœur en a redemandé, alors je compte ça comme une demi-victoire.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>What will you do differently next time?</source>
        <translation>Que ferez-vous différemment la prochaine fois&#xa0;?</translation>
    </message>
    <message>
        <source>Turn the fail into one tip a reader can use tonight. Be specific: a temperature, a time, a tool.</source>
        <translation>Transformez le raté en une astuce qu&apos;un lecteur peut utiliser dès ce soir. Soyez précis&#xa0;: une température, une durée, un ustensile.</translation>
    </message>
    <message>
        <source>Keep the oven door shut for the first 25 minutes. If you must look, switch on the oven light: a soufflé needs steady heat until its walls have set.</source>
        <translation>Gardez la porte du four fermée pendant les 25 premières minutes. Si vous devez regarder, allumez la lumière du four&#xa0;: un soufflé a besoin d&apos;une chaleur constante jusqu&apos;à ce que ses parois aient pris.</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Appel à l&apos;action</translation>
    </message>
    <message>
        <source>What do you ask your readers?</source>
        <translation>Que demandez-vous à vos lecteurs&#xa0;?</translation>
    </message>
    <message>
        <source>End with a question readers can answer in the comments, so your fail starts a conversation.</source>
        <translation>Terminez par une question à laquelle vos lecteurs peuvent répondre en commentaire, pour que votre raté lance la conversation.</translation>
    </message>
    <message>
        <source>Which dish humbled you last? Tell me about your most dramatic collapse in the comments, and bonus points for photos.</source>
        <translation>Quel plat vous a remis à votre place dernièrement&#xa0;? Racontez-moi votre effondrement le plus spectaculaire en commentaire, et bonus pour les photos.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>media: %1</source>
        <translation>médias&#xa0;: %1</translation>
    </message>
    <message>
        <source>media: missing %1 (&quot;%2&quot; in the story &quot;%3&quot;); expected in %4</source>
        <translation>médias&#xa0;: %1 manquant («&#xa0;%2&#xa0;» dans l&apos;histoire «&#xa0;%3&#xa0;»)&#xa0;; attendu dans %4</translation>
    </message>
    <message>
        <source>a file without a hash</source>
        <translation>un fichier sans empreinte</translation>
    </message>
    <message>
        <source>media: leftover temporary file %1 from an interrupted import (not deleted; remove it when no Spill is running)</source>
        <translation>médias&#xa0;: fichier temporaire %1 restant d&apos;une importation interrompue (non supprimé&#xa0;; supprimez-le quand aucun Spill n&apos;est ouvert)</translation>
    </message>
    <message>
        <source>media: %1 is not used by any story or revision (an interrupted import may have left it; not deleted)</source>
        <translation>médias&#xa0;: %1 n&apos;est utilisé par aucune histoire ni aucune version (une importation interrompue l&apos;a peut-être laissé&#xa0;; non supprimé)</translation>
    </message>
    <message>
        <source>library: %1</source>
        <translation>bibliothèque&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>media: %n files referenced, all present</source>
        <translation>
            <numerusform>médias&#xa0;: %n fichier référencé, présent</numerusform>
            <numerusform>médias&#xa0;: %n fichiers référencés, tous présents</numerusform>
        </translation>
    </message>
    <message>
        <source>the library file %1 is damaged (see the report above); restore a copy from %2</source>
        <translation>le fichier de bibliothèque %1 est endommagé (voir le rapport ci-dessus)&#xa0;; restaurez une copie depuis %2</translation>
    </message>
    <message>
        <source>the stories&apos; media could not be checked</source>
        <translation>les médias des histoires n&apos;ont pas pu être vérifiés</translation>
    </message>
    <message>
        <source>the library file %1 is damaged (see the report above), and there is no backup of it in %2</source>
        <translation>le fichier de bibliothèque %1 est endommagé (voir le rapport ci-dessus), et %2 n&apos;en contient aucune sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>%n media files used by stories are missing from the library</source>
        <translation>
            <numerusform>%n fichier média utilisé par des histoires manque dans la bibliothèque</numerusform>
            <numerusform>%n fichiers médias utilisés par des histoires manquent dans la bibliothèque</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipRemux</name>
    <message>
        <source>Cannot remux the clip %1: %2</source>
        <translation>Impossible de remultiplexer le clip %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not an MP4, MOV or WebM video (%1)</source>
        <translation>ce n&apos;est pas une vidéo MP4, MOV ou WebM (%1)</translation>
    </message>
    <message>
        <source>its streams cannot be read (%1)</source>
        <translation>ses flux ne peuvent pas être lus (%1)</translation>
    </message>
    <message>
        <source>Spill cannot write .%1 clips</source>
        <translation>Spill ne sait pas écrire de clips .%1</translation>
    </message>
    <message>
        <source>it holds no audio or video</source>
        <translation>il ne contient ni son ni image</translation>
    </message>
    <message>
        <source>it cannot be read to the end (%1)</source>
        <translation>il ne peut pas être lu jusqu&apos;au bout (%1)</translation>
    </message>
</context>
<context>
    <name>ClipRemuxModule</name>
    <message>
        <source>the clip remux module could not be loaded: %1</source>
        <translation>le module de remultiplexage des clips n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot remux the clip %1: %2</source>
        <translation>Impossible de remultiplexer le clip %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <source>Readers need the dish you dreamed of to feel what was at stake.</source>
        <translation>Vos lecteurs doivent connaître le plat dont vous rêviez pour sentir ce qui était en jeu.</translation>
    </message>
    <message>
        <source>This is the moment readers recognise from their own kitchens.</source>
        <translation>C&apos;est le moment que vos lecteurs reconnaissent de leur propre cuisine.</translation>
    </message>
    <message>
        <source>What you did next is the useful, often funny part readers remember.</source>
        <translation>Ce que vous avez fait ensuite, c&apos;est la partie utile, souvent drôle, dont vos lecteurs se souviennent.</translation>
    </message>
    <message>
        <source>The lesson turns your fail into a tip readers can trust.</source>
        <translation>La leçon transforme votre raté en une astuce à laquelle vos lecteurs peuvent se fier.</translation>
    </message>
    <message>
        <source>Ending with a question invites readers to share their own fails.</source>
        <translation>Finir par une question invite vos lecteurs à partager leurs propres ratés.</translation>
    </message>
    <message>
        <source>Give your story a title</source>
        <translation>Donnez un titre à votre histoire</translation>
    </message>
    <message>
        <source>The title is the first thing readers see, in feeds and in search results.</source>
        <translation>Le titre est la première chose que voient vos lecteurs, dans les fils d&apos;actualité et les résultats de recherche.</translation>
    </message>
    <message numerus="yes">
        <source>The title is short: %n characters</source>
        <translation>
            <numerusform>Le titre est court&#xa0;: %n caractère</numerusform>
            <numerusform>Le titre est court&#xa0;: %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>A title of 20 to 70 characters gives readers enough to get curious.</source>
        <translation>Un titre de 20 à 70 caractères en dit assez pour éveiller la curiosité des lecteurs.</translation>
    </message>
    <message numerus="yes">
        <source>The title is long: %n characters</source>
        <translation>
            <numerusform>Le titre est long&#xa0;: %n caractère</numerusform>
            <numerusform>Le titre est long&#xa0;: %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Feeds and search results cut titles after about 70 characters, so readers may miss the end.</source>
        <translation>Les fils d&apos;actualité et les résultats de recherche coupent les titres vers 70 caractères&#xa0;: vos lecteurs risquent d&apos;en manquer la fin.</translation>
    </message>
    <message>
        <source>The title length is just right</source>
        <translation>La longueur du titre est parfaite</translation>
    </message>
    <message>
        <source>Titles of 20 to 70 characters show in full wherever readers find them.</source>
        <translation>Un titre de 20 à 70 caractères s&apos;affiche en entier partout où vos lecteurs le trouvent.</translation>
    </message>
    <message>
        <source>Write “%1”</source>
        <translation>Écrivez «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>All five beats are written</source>
        <translation>Les cinq étapes sont écrites</translation>
    </message>
    <message>
        <source>A whole arc, from plan to lesson, is what makes a fail worth reading.</source>
        <translation>Un arc complet, du plan à la leçon, c&apos;est ce qui rend un raté digne d&apos;être lu.</translation>
    </message>
    <message>
        <source>Your fail is on camera</source>
        <translation>Votre raté est en images</translation>
    </message>
    <message>
        <source>A photo of what went wrong earns more trust than any description.</source>
        <translation>Une photo de ce qui a raté inspire plus confiance que n&apos;importe quelle description.</translation>
    </message>
    <message>
        <source>Show what went wrong</source>
        <translation>Montrez ce qui a raté</translation>
    </message>
    <message>
        <source>A photo or clip of the mishap lets readers see it, trust you, and laugh along.</source>
        <translation>Une photo ou un clip du raté permet à vos lecteurs de le voir, de vous faire confiance et d&apos;en rire avec vous.</translation>
    </message>
    <message>
        <source>Describe clip %1</source>
        <translation>Décrivez le clip %1</translation>
    </message>
    <message>
        <source>Describe photo %1</source>
        <translation>Décrivez la photo %1</translation>
    </message>
    <message>
        <source>Readers using a screen reader hear this description; if it only decorates, mark it decorative instead.</source>
        <translation>Les lecteurs qui utilisent un lecteur d&apos;écran entendent cette description&#xa0;; si l&apos;image est purement décorative, marquez-la plutôt comme décorative.</translation>
    </message>
    <message>
        <source>Say what clip %1 shows</source>
        <translation>Dites ce que montre le clip %1</translation>
    </message>
    <message>
        <source>Say what photo %1 shows</source>
        <translation>Dites ce que montre la photo %1</translation>
    </message>
    <message>
        <source>A screen reader reads “%1” aloud, which tells a listener nothing about your dish.</source>
        <translation>Un lecteur d&apos;écran lit «&#xa0;%1&#xa0;» à voix haute, ce qui n&apos;apprend rien sur votre plat à qui l&apos;écoute.</translation>
    </message>
    <message>
        <source>Every photo and clip is described</source>
        <translation>Chaque photo et chaque clip est décrit</translation>
    </message>
    <message>
        <source>Readers who use a screen reader get the whole story too.</source>
        <translation>Les lecteurs qui utilisent un lecteur d&apos;écran ont eux aussi toute l&apos;histoire.</translation>
    </message>
    <message>
        <source>Its file says it was changed after it was taken.</source>
        <translation>Son fichier indique qu&apos;elle a été retouchée après la prise de vue.</translation>
    </message>
    <message>
        <source>Its file says %1 changed it after it was taken.</source>
        <translation>Son fichier indique que %1 l&apos;a retouchée après la prise de vue.</translation>
    </message>
    <message>
        <source>Say why photo %1 is not marked edited</source>
        <translation>Dites pourquoi la photo %1 n&apos;est pas marquée comme retouchée</translation>
    </message>
    <message>
        <source>Readers trust a post that says what was changed; if the file is wrong, say why.</source>
        <translation>Les lecteurs font confiance à un article qui dit ce qui a été modifié&#xa0;; si le fichier se trompe, dites pourquoi.</translation>
    </message>
    <message>
        <source>The lesson gives readers a tip</source>
        <translation>La leçon donne une astuce aux lecteurs</translation>
    </message>
    <message>
        <source>Something to try tonight is what brings readers back.</source>
        <translation>Quelque chose à essayer dès ce soir, c&apos;est ce qui fait revenir les lecteurs.</translation>
    </message>
    <message>
        <source>Turn the lesson into a tip</source>
        <translation>Faites de la leçon une astuce</translation>
    </message>
    <message>
        <source>Readers remember a fail that hands them something to do: a temperature, a time, a “next time, …”.</source>
        <translation>Les lecteurs retiennent un raté qui leur donne quelque chose à faire&#xa0;: une température, une durée, un «&#xa0;la prochaine fois, …&#xa0;».</translation>
    </message>
    <message>
        <source>The lesson names what caused it</source>
        <translation>La leçon nomme la cause</translation>
    </message>
    <message>
        <source>Readers see how the change led to the fail, and what to do instead.</source>
        <translation>Les lecteurs voient comment le changement a mené au raté, et ce qu&apos;il faut faire à la place.</translation>
    </message>
    <message>
        <source>Link the lesson to what caused it</source>
        <translation>Reliez la leçon à la cause</translation>
    </message>
    <message>
        <source>You marked “%1” as what caused the fail: say in the lesson what to do about it.</source>
        <translation>Vous avez marqué «&#xa0;%1&#xa0;» comme cause du raté&#xa0;: dites dans la leçon comment l&apos;éviter.</translation>
    </message>
    <message>
        <source>Your call to action asks a question</source>
        <translation>Votre appel à l&apos;action pose une question</translation>
    </message>
    <message>
        <source>A question gives readers an easy way into the comments.</source>
        <translation>Une question offre aux lecteurs une porte d&apos;entrée facile vers les commentaires.</translation>
    </message>
    <message>
        <source>End with a question</source>
        <translation>Terminez par une question</translation>
    </message>
    <message>
        <source>Readers answer questions: ask one and they will share their own fails.</source>
        <translation>Les lecteurs répondent aux questions&#xa0;: posez-en une et ils partageront leurs propres ratés.</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lecture</numerusform>
            <numerusform>%n min de lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowing how long a story takes helps readers settle in and read to the end.</source>
        <translation>Savoir combien de temps dure une histoire aide les lecteurs à s&apos;installer et à lire jusqu&apos;au bout.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>there is no library at %1</source>
        <translation>il n&apos;y a pas de bibliothèque dans %1</translation>
    </message>
    <message>
        <source>another Spill has the library %1 open; close it and try again. Nothing was changed.</source>
        <translation>un autre Spill a ouvert la bibliothèque %1&#xa0;; fermez-le et réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the library %1 was saved by a newer version of Spill; update Spill to change it. Nothing was changed.</source>
        <translation>la bibliothèque %1 a été enregistrée par une version plus récente de Spill&#xa0;; mettez Spill à jour pour la modifier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the library folder %1 cannot be written. Nothing was changed.</source>
        <translation>impossible d&apos;écrire dans le dossier de bibliothèque %1. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>there is no story &quot;%1&quot; in the library %2 (see &apos;spill list&apos;)</source>
        <translation>la bibliothèque %2 ne contient pas d&apos;histoire «&#xa0;%1&#xa0;» (voir &apos;spill list&apos;)</translation>
    </message>
    <message>
        <source>Try &apos;spill --help&apos; for more information.</source>
        <translation>Essayez &apos;spill --help&apos; pour plus d&apos;informations.</translation>
    </message>
    <message>
        <source>the window cannot be opened from here</source>
        <translation>la fenêtre ne peut pas être ouverte d&apos;ici</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>l&apos;option &apos;%1&apos; attend une valeur</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; does not apply to &apos;%2&apos;</source>
        <translation>l&apos;option &apos;%1&apos; ne s&apos;applique pas à &apos;%2&apos;</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a command before it</source>
        <translation>l&apos;option &apos;%1&apos; doit suivre une commande</translation>
    </message>
    <message>
        <source>option &apos;--library&apos; needs a folder</source>
        <translation>l&apos;option &apos;--library&apos; attend un dossier</translation>
    </message>
    <message>
        <source>option &apos;--limit&apos; needs a whole number above zero, not &apos;%1&apos;</source>
        <translation>l&apos;option &apos;--limit&apos; attend un nombre entier supérieur à zéro, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos; (choose from %2)</source>
        <translation>format d&apos;export inconnu &apos;%1&apos; (au choix&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (choose from draft, publish)</source>
        <translation>statut inconnu &apos;%1&apos; (au choix&#xa0;: draft, publish)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for &apos;%2&apos;</source>
        <translation>option inconnue &apos;%1&apos; pour &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no argument &apos;%2&apos;</source>
        <translation>&apos;%1&apos; n&apos;accepte pas d&apos;argument &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;import&apos; needs at least one story file (FILE.json)</source>
        <translation>&apos;import&apos; attend au moins un fichier d&apos;histoire (FICHIER.json)</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs words to look for</source>
        <translation>&apos;search&apos; attend des mots à rechercher</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --format (%1)</source>
        <translation>&apos;export&apos; attend --format (%1)</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --out DIR, the folder to write into</source>
        <translation>&apos;export&apos; attend --out DOSSIER, le dossier où écrire</translation>
    </message>
    <message>
        <source>&apos;export&apos; takes either --all or story slugs, not both</source>
        <translation>&apos;export&apos; accepte soit --all, soit des slugs d&apos;histoires, pas les deux</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs --all or the slugs of the stories to export</source>
        <translation>&apos;export&apos; attend --all ou les slugs des histoires à exporter</translation>
    </message>
    <message>
        <source>&apos;--theme&apos; applies to the html formats, not &apos;%1&apos;</source>
        <translation>&apos;--theme&apos; s&apos;applique aux formats html, pas à &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;--share-kit&apos; applies to the markdown and html formats, not &apos;json&apos;</source>
        <translation>&apos;--share-kit&apos; s&apos;applique aux formats markdown et html, pas à &apos;json&apos;</translation>
    </message>
    <message>
        <source>&apos;publish&apos; needs --site URL, the WordPress site&apos;s address</source>
        <translation>&apos;publish&apos; attend --site URL, l&apos;adresse du site WordPress</translation>
    </message>
    <message>
        <source>&apos;--site&apos; needs an http or https address, not &apos;%1&apos;</source>
        <translation>&apos;--site&apos; attend une adresse http ou https, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;publish&apos; needs --user NAME, the WordPress user</source>
        <translation>&apos;publish&apos; attend --user NAME, l&apos;utilisateur WordPress</translation>
    </message>
    <message>
        <source>&apos;publish&apos; takes either --all or story slugs, not both</source>
        <translation>&apos;publish&apos; accepte soit --all, soit des slugs d&apos;histoires, pas les deux</translation>
    </message>
    <message>
        <source>&apos;publish&apos; needs --all or the slugs of the stories to publish</source>
        <translation>&apos;publish&apos; attend --all ou les slugs des histoires à publier</translation>
    </message>
    <message>
        <source>add stories from spill-story/1 JSON files</source>
        <translation>ajouter des histoires depuis des fichiers JSON spill-story/1</translation>
    </message>
    <message>
        <source>list the stories in the library</source>
        <translation>lister les histoires de la bibliothèque</translation>
    </message>
    <message>
        <source>one JSON array, every field</source>
        <translation>un tableau JSON, tous les champs</translation>
    </message>
    <message>
        <source>find stories by title, dish, beats and tags</source>
        <translation>trouver des histoires par titre, plat, étapes et étiquettes</translation>
    </message>
    <message>
        <source>one JSON array of the hits</source>
        <translation>un tableau JSON des résultats</translation>
    </message>
    <message>
        <source>at most N hits (20)</source>
        <translation>au plus N résultats (20)</translation>
    </message>
    <message>
        <source>write stories as posts or spill-story/1 files</source>
        <translation>écrire des histoires en articles ou en fichiers spill-story/1</translation>
    </message>
    <message>
        <source>markdown, hugo, jekyll, html, html-single or json</source>
        <translation>markdown, hugo, jekyll, html, html-single ou json</translation>
    </message>
    <message>
        <source>the folder to write into</source>
        <translation>le dossier où écrire</translation>
    </message>
    <message>
        <source>the html formats&apos; theme</source>
        <translation>le thème des formats html</translation>
    </message>
    <message>
        <source>the blog takes comments, so posts invite them</source>
        <translation>le blog accepte les commentaires, les articles y invitent</translation>
    </message>
    <message>
        <source>pin and square images, alt text and a social caption in _share-kit/SLUG/</source>
        <translation>images épingle et carrées, texte alternatif et légende pour les réseaux dans _share-kit/SLUG/</translation>
    </message>
    <message>
        <source>every story, or name them</source>
        <translation>toutes les histoires, ou nommez-les</translation>
    </message>
    <message>
        <source>publish stories to a WordPress site; the application password is read from SPILL_WP_APP_PASSWORD or the keyring</source>
        <translation>publier des histoires sur un site WordPress ; le mot de passe d&apos;application vient de SPILL_WP_APP_PASSWORD ou du trousseau</translation>
    </message>
    <message>
        <source>the site&apos;s address</source>
        <translation>l&apos;adresse du site</translation>
    </message>
    <message>
        <source>the WordPress user</source>
        <translation>l&apos;utilisateur WordPress</translation>
    </message>
    <message>
        <source>draft (the default) or publish</source>
        <translation>draft (par défaut) ou publish</translation>
    </message>
    <message>
        <source>open the posts to comments</source>
        <translation>ouvrir les articles aux commentaires</translation>
    </message>
    <message>
        <source>check the library&apos;s integrity</source>
        <translation>vérifier l&apos;intégrité de la bibliothèque</translation>
    </message>
    <message>
        <source>use the library in DIR instead of the default</source>
        <translation>utiliser la bibliothèque de DIR au lieu de celle par défaut</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <source>show Spill&apos;s version</source>
        <translation>afficher la version de Spill</translation>
    </message>
    <message>
        <source>Spill turns a kitchen mishap into an honest, well-told post.</source>
        <translation>Spill transforme un raté en cuisine en un article honnête et bien raconté.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>See &apos;man spill&apos; for every command&apos;s options.</source>
        <translation>Toutes les options de chaque commande : &apos;man spill&apos;.</translation>
    </message>
    <message>
        <source>with no command: open the window on a new story</source>
        <translation>sans commande : ouvrir la fenêtre sur une nouvelle histoire</translation>
    </message>
    <message>
        <source>Usage: spill [--library DIR] [--new-story] [COMMAND | FILE.json...]</source>
        <translation>Utilisation : spill [--library DIR] [--new-story] [COMMANDE | FICHIER.json...]</translation>
    </message>
    <message>
        <source>With no command, Spill opens its window; story files named instead (FILE.json) are offered for import there.</source>
        <translation>Sans commande, Spill ouvre sa fenêtre ; les fichiers d&apos;histoire nommés à la place (FICHIER.json) y sont proposés à l&apos;importation.</translation>
    </message>
</context>
<context>
    <name>ContainerProbe</name>
    <message>
        <source>it is not an MP4, MOV or WebM video (%1)</source>
        <translation>ce n&apos;est pas une vidéo MP4, MOV ou WebM (%1)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
</context>
<context>
    <name>DuplicateStoryCommand</name>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Story &quot;%1&quot;: another story in this export already uses the slug &quot;%2&quot;</source>
        <translation>Histoire «&#xa0;%1&#xa0;»&#xa0;: une autre histoire de cet export utilise déjà le slug «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: a Jekyll post needs a date (the field created)</source>
        <translation>Histoire «&#xa0;%1&#xa0;»&#xa0;: un article Jekyll a besoin d&apos;une date (le champ created)</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: the media file %2 is missing</source>
        <translation>Histoire «&#xa0;%1&#xa0;»&#xa0;: le fichier média %2 est manquant</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: %2</source>
        <translation>Histoire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: the slug &quot;%2&quot; is not a safe file name (lowercase letters, digits and hyphens)</source>
        <translation>Histoire «&#xa0;%1&#xa0;»&#xa0;: le slug «&#xa0;%2&#xa0;» n&apos;est pas un nom de fichier sûr (lettres minuscules, chiffres et tirets)</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: the clip %2: %3</source>
        <translation>Histoire «&#xa0;%1&#xa0;»&#xa0;: le clip %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Caused it</source>
        <translation>En cause</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>The recipe said</source>
        <translation>La recette disait</translation>
    </message>
    <message>
        <source>I did</source>
        <translation>J&apos;ai fait</translation>
    </message>
    <message>
        <source>The fail</source>
        <translation>Le raté</translation>
    </message>
    <message>
        <source>What I changed</source>
        <translation>Ce que j&apos;ai changé</translation>
    </message>
    <message>
        <source>edited: %1</source>
        <translation>retouchée&#xa0;: %1</translation>
    </message>
    <message>
        <source>edited with %1</source>
        <translation>retouchée avec %1</translation>
    </message>
    <message>
        <source>edited after it was taken</source>
        <translation>retouchée après la prise de vue</translation>
    </message>
    <message>
        <source>A clip</source>
        <translation>Un clip</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>Une photo</translation>
    </message>
    <message>
        <source>No capture time:</source>
        <translation>Sans heure de prise de vue&#xa0;:</translation>
    </message>
    <message>
        <source>How it unfolded</source>
        <translation>Comment ça s&apos;est passé</translation>
    </message>
    <message>
        <source>The fixed recipe</source>
        <translation>La recette corrigée</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingrédients</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>The recipe as it should be cooked, corrected after the fail told in “%1”.</source>
        <translation>La recette telle qu&apos;elle devrait être cuisinée, corrigée après le raté raconté dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Redeemed:</source>
        <translation>Rattrapé&#xa0;:</translation>
    </message>
    <message>
        <source>I tried again</source>
        <translation>J&apos;ai réessayé</translation>
    </message>
    <message>
        <source>Where this began:</source>
        <translation>Là où tout a commencé&#xa0;:</translation>
    </message>
    <message>
        <source>an earlier fail</source>
        <translation>un raté précédent</translation>
    </message>
    <message>
        <source>Nothing written about this yet.</source>
        <translation>Rien d&apos;écrit à ce sujet pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Astuce</translation>
    </message>
    <message>
        <source>Tell me in the comments.</source>
        <translation>Dites-le-moi en commentaire.</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>Plat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>The recipe I followed</source>
        <translation>La recette que j&apos;ai suivie</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Clip too large to embed.</source>
        <translation>Clip trop lourd pour être intégré.</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: the share kit&apos;s %2 could not be encoded as JPEG</source>
        <translation>Histoire «&#xa0;%1&#xa0;»&#xa0;: l&apos;image %2 du kit de partage n&apos;a pas pu être encodée en JPEG</translation>
    </message>
    <message>
        <source>The theme name &quot;%1&quot; is not valid</source>
        <translation>Le nom de thème «&#xa0;%1&#xa0;» n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no theme called &quot;%1&quot; in %2</source>
        <translation>Il n&apos;y a pas de thème nommé «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>Cannot read the photo %1: %2</source>
        <translation>Impossible de lire la photo %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot encode the photo %1: %2</source>
        <translation>Impossible d&apos;encoder la photo %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExportChanges</name>
    <message>
        <source>the photo %1 is renamed %2</source>
        <translation>la photo %1 est renommée %2</translation>
    </message>
    <message>
        <source>the photo %1 is scaled down from %2 to %3</source>
        <translation>la photo %1 est réduite de %2 à %3</translation>
    </message>
    <message>
        <source>the photo %1 loses its metadata (EXIF, GPS location, camera)</source>
        <translation>la photo %1 perd ses métadonnées (EXIF, position GPS, appareil photo)</translation>
    </message>
    <message>
        <source>the clip %1 is larger than %2 MB and is not embedded: its poster frame stands in, with a note</source>
        <translation>le clip %1 dépasse %2 Mo et n&apos;est pas intégré&#xa0;: son image d&apos;affiche le remplace, avec une note</translation>
    </message>
    <message>
        <source>the clip %1 is renamed %2</source>
        <translation>le clip %1 est renommé %2</translation>
    </message>
    <message>
        <source>the clip %1 loses its metadata (location, dates, device, chapters)</source>
        <translation>le clip %1 perd ses métadonnées (lieu, dates, appareil, chapitres)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>note: %1</source>
        <translation>note&#xa0;: %1</translation>
    </message>
    <message>
        <source>change: story &quot;%1&quot;: %2</source>
        <translation>modification&#xa0;: histoire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExportSink</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refusing to write %1: the path is not a plain name inside the output folder</source>
        <translation>Refus d&apos;écrire %1&#xa0;: le chemin n&apos;est pas un simple nom dans le dossier de sortie</translation>
    </message>
    <message>
        <source>Refusing to write %1: it leads outside the output folder</source>
        <translation>Refus d&apos;écrire %1&#xa0;: le chemin mène hors du dossier de sortie</translation>
    </message>
    <message>
        <source>Refusing to write %1: something other than a file is in the way</source>
        <translation>Refus d&apos;écrire %1&#xa0;: autre chose qu&apos;un fichier occupe déjà cet emplacement</translation>
    </message>
    <message>
        <source>Refusing to overwrite %1: Spill did not write that file</source>
        <translation>Refus d&apos;écraser %1&#xa0;: ce fichier n&apos;a pas été écrit par Spill</translation>
    </message>
    <message>
        <source>Cannot record %1 in %2: %3</source>
        <translation>Impossible d&apos;enregistrer %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>rename failed</source>
        <translation>échec du renommage</translation>
    </message>
    <message>
        <source>Cannot flush the files in %1 to disk</source>
        <translation>Impossible d&apos;écrire sur le disque les fichiers de %1</translation>
    </message>
    <message>
        <source>Refusing to export: %1 is a symbolic link, not Spill&apos;s list of the files it wrote there</source>
        <translation>Refus d&apos;exporter&#xa0;: %1 est un lien symbolique, et non la liste des fichiers que Spill y a écrits</translation>
    </message>
    <message>
        <source>Refusing to export: %1 is a folder, not Spill&apos;s list of the files it wrote there</source>
        <translation>Refus d&apos;exporter&#xa0;: %1 est un dossier, et non la liste des fichiers que Spill y a écrits</translation>
    </message>
    <message>
        <source>Refusing to export: %1 is a named pipe, not Spill&apos;s list of the files it wrote there</source>
        <translation>Refus d&apos;exporter&#xa0;: %1 est un tube nommé, et non la liste des fichiers que Spill y a écrits</translation>
    </message>
    <message>
        <source>Refusing to export: %1 is a device or a socket, not Spill&apos;s list of the files it wrote there</source>
        <translation>Refus d&apos;exporter&#xa0;: %1 est un périphérique ou un socket, et non la liste des fichiers que Spill y a écrits</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1: cannot be stored: %2</source>
        <translation>%1&#xa0;: stockage impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the story &quot;%2&quot; that redeemed it is not in this library; imported without that link</source>
        <translation>%1&#xa0;: l&apos;histoire «&#xa0;%2&#xa0;», qui rattrape ce raté, n&apos;est pas dans cette bibliothèque&#xa0;; importé sans ce lien</translation>
    </message>
    <message>
        <source>%1: is not a file</source>
        <translation>%1&#xa0;: n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1: the file does not exist</source>
        <translation>%1&#xa0;: le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1&#xa0;: lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: media file &quot;%2&quot; does not exist (looked for %3)</source>
        <translation>%1&#xa0;: le fichier média «&#xa0;%2&#xa0;» n&apos;existe pas (cherché dans %3)</translation>
    </message>
    <message>
        <source>%1: media file &quot;%2&quot; was refused: %3</source>
        <translation>%1&#xa0;: le fichier média «&#xa0;%2&#xa0;» a été refusé&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1. Nothing was imported; see &apos;spill check&apos;.</source>
        <translation>%1. Rien n&apos;a été importé&#xa0;; voir &apos;spill check&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n files not imported; nothing was taken from them</source>
        <translation>
            <numerusform>%1 sur %n fichier non importé&#xa0;; rien n&apos;en a été repris</numerusform>
            <numerusform>%1 sur %n fichiers non importés&#xa0;; rien n&apos;en a été repris</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; as &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» comme «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: tags kept in the library&apos;s spelling: %2</source>
        <translation>%1&#xa0;: étiquettes gardées dans la graphie de la bibliothèque&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JsonExportCommand</name>
    <message>
        <source>%1: the media file &quot;%2&quot; (%3) is missing from the library; run &apos;spill check&apos;</source>
        <translation>%1&#xa0;: le fichier média «&#xa0;%2&#xa0;» (%3) manque dans la bibliothèque&#xa0;; lancez &apos;spill check&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>the system keyring did not answer</source>
        <translation>le trousseau du système n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>there is no system keyring (%1)</source>
        <translation>il n&apos;y a pas de trousseau système (%1)</translation>
    </message>
    <message>
        <source>the system keyring refused access (%1)</source>
        <translation>le trousseau du système a refusé l&apos;accès (%1)</translation>
    </message>
    <message>
        <source>the system keyring failed (%1)</source>
        <translation>le trousseau du système a échoué (%1)</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <translation>n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>has a damaged header</source>
        <translation>a un en-tête endommagé</translation>
    </message>
    <message>
        <source>is truncated or damaged</source>
        <translation>est tronqué ou endommagé</translation>
    </message>
    <message>
        <source>The library %1 is open read-only.</source>
        <translation>La bibliothèque %1 est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>Another Spill has the library %1 open. It is shown read-only here; close the other Spill to edit.</source>
        <translation>Un autre Spill a ouvert la bibliothèque %1. Elle est affichée ici en lecture seule&#xa0;; fermez l&apos;autre Spill pour la modifier.</translation>
    </message>
    <message>
        <source>The library %1 was saved by a newer version of Spill. It is shown read-only and will not be changed; update Spill to edit it.</source>
        <translation>La bibliothèque %1 a été enregistrée par une version plus récente de Spill. Elle est affichée en lecture seule et ne sera pas modifiée&#xa0;; mettez Spill à jour pour la modifier.</translation>
    </message>
    <message>
        <source>The library folder %1 cannot be written. It is shown read-only.</source>
        <translation>Impossible d&apos;écrire dans le dossier de bibliothèque %1. La bibliothèque est affichée en lecture seule.</translation>
    </message>
    <message>
        <source>The disk holding the library file %1 is full (%2): SQLite needs room beside it even to read it. Free some space and try again. Nothing was changed.</source>
        <translation>Le disque contenant le fichier de bibliothèque %1 est plein (%2)&#xa0;: SQLite a besoin de place à côté, même pour le lire. Libérez de l&apos;espace et réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot create the library folder %1</source>
        <translation>Impossible de créer le dossier de bibliothèque %1</translation>
    </message>
    <message>
        <source>There is no library at %1</source>
        <translation>Il n&apos;y a pas de bibliothèque dans %1</translation>
    </message>
    <message>
        <source>The library file %1 is empty (0 bytes). It was left untouched; restore a copy from %2, or remove it to start a new library here.</source>
        <translation>Le fichier de bibliothèque %1 est vide (0 octet). Il n&apos;a pas été modifié&#xa0;; restaurez une copie depuis %2, ou supprimez-le pour créer ici une nouvelle bibliothèque.</translation>
    </message>
    <message>
        <source>The library file %1 %2. It was left untouched.</source>
        <translation>Le fichier de bibliothèque %1 %2. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The library %1 is being created by another Spill</source>
        <translation>La bibliothèque %1 est en cours de création par un autre Spill</translation>
    </message>
    <message>
        <source>The library %1 is empty and cannot be created here</source>
        <translation>La bibliothèque %1 est vide et ne peut pas être créée ici</translation>
    </message>
    <message>
        <source>Cannot create the library file %1: %2</source>
        <translation>Impossible de créer le fichier de bibliothèque %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open the library file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier de bibliothèque %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The library %1 is in a read-only folder and has changes SQLite can only read where it may write (%2-wal). Open it once where the folder can be written. Nothing was changed.</source>
        <translation>La bibliothèque %1 se trouve dans un dossier en lecture seule et contient des modifications que SQLite ne peut lire que là où il peut écrire (%2-wal). Ouvrez-la une fois à un endroit où le dossier est accessible en écriture. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The library %1 is in a read-only folder and cannot be read: %2. Nothing was changed.</source>
        <translation>La bibliothèque %1 se trouve dans un dossier en lecture seule et ne peut pas être lue&#xa0;: %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The library file %1 is damaged or not a Spill library: %2</source>
        <translation>Le fichier de bibliothèque %1 est endommagé ou n&apos;est pas une bibliothèque Spill&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a Spill library. It was left untouched.</source>
        <translation>Le fichier %1 est une base de données SQLite, mais pas une bibliothèque Spill. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The library %1 needs an upgrade, which cannot be done while it is read-only</source>
        <translation>La bibliothèque %1 doit être mise à niveau, ce qui est impossible tant qu&apos;elle est en lecture seule</translation>
    </message>
    <message>
        <source>Cannot upgrade the library %1: %2</source>
        <translation>Impossible de mettre à niveau la bibliothèque %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The daily backup of %1 failed: %2</source>
        <translation>La sauvegarde quotidienne de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the library is open read-only</source>
        <translation>la bibliothèque est ouverte en lecture seule</translation>
    </message>
    <message>
        <source>integrity_check failed: %1</source>
        <translation>échec de integrity_check&#xa0;: %1</translation>
    </message>
    <message>
        <source>foreign_key_check failed: %1</source>
        <translation>échec de foreign_key_check&#xa0;: %1</translation>
    </message>
    <message>
        <source>the library file is damaged</source>
        <translation>le fichier de bibliothèque est endommagé</translation>
    </message>
    <message>
        <source> (and %1 more findings)</source>
        <translation> (et %1 autres constats)</translation>
    </message>
    <message>
        <source>cannot read which media files are used</source>
        <translation>impossible de lire quels fichiers médias sont utilisés</translation>
    </message>
    <message>
        <source>there is no story with id %1</source>
        <translation>il n&apos;y a pas d&apos;histoire avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>cannot save a revision of story %1</source>
        <translation>impossible d&apos;enregistrer une version de l&apos;histoire %1</translation>
    </message>
    <message>
        <source>cannot list the revisions of story %1</source>
        <translation>impossible de lister les versions de l&apos;histoire %1</translation>
    </message>
    <message>
        <source>cannot read revision %1</source>
        <translation>impossible de lire la version %1</translation>
    </message>
    <message>
        <source>there is no such revision</source>
        <translation>cette version n&apos;existe pas</translation>
    </message>
    <message>
        <source>the snapshot is damaged</source>
        <translation>l&apos;instantané est endommagé</translation>
    </message>
    <message>
        <source>cannot restore revision %1</source>
        <translation>impossible de restaurer la version %1</translation>
    </message>
    <message>
        <source>cannot search for &quot;%1&quot;</source>
        <translation>impossible de rechercher «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot read where story %1 was published</source>
        <translation>impossible de lire où l&apos;histoire %1 a été publiée</translation>
    </message>
    <message>
        <source>cannot read the files uploaded to %1</source>
        <translation>impossible de lire les fichiers envoyés sur %1</translation>
    </message>
    <message>
        <source>cannot record where story %1 was published</source>
        <translation>impossible d&apos;enregistrer où l&apos;histoire %1 a été publiée</translation>
    </message>
    <message>
        <source>no site or post</source>
        <translation>aucun site ni article</translation>
    </message>
    <message>
        <source>there is no such story</source>
        <translation>cette histoire n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot record the files uploaded to %1</source>
        <translation>impossible d&apos;enregistrer les fichiers envoyés sur %1</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>aucun site</translation>
    </message>
    <message>
        <source>cannot count fails by kind</source>
        <translation>impossible de compter les ratés par type</translation>
    </message>
    <message>
        <source>cannot count fails by month</source>
        <translation>impossible de compter les ratés par mois</translation>
    </message>
    <message>
        <source>cannot count redemptions</source>
        <translation>impossible de compter les rattrapages</translation>
    </message>
    <message>
        <source>cannot count outcomes</source>
        <translation>impossible de compter les issues</translation>
    </message>
    <message>
        <source>cannot look for a story on this day</source>
        <translation>impossible de chercher une histoire de ce jour</translation>
    </message>
    <message>
        <source>cannot create a story</source>
        <translation>impossible de créer une histoire</translation>
    </message>
    <message>
        <source>cannot create the story &quot;%1&quot;</source>
        <translation>impossible de créer l&apos;histoire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot read story %1</source>
        <translation>impossible de lire l&apos;histoire %1</translation>
    </message>
    <message>
        <source>cannot read story &quot;%1&quot;</source>
        <translation>impossible de lire l&apos;histoire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot save story %1 &quot;%2&quot;</source>
        <translation>impossible d&apos;enregistrer l&apos;histoire %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>cannot add the tag &quot;%1&quot;</source>
        <translation>impossible d&apos;ajouter l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not a valid tag</source>
        <translation>étiquette non valide</translation>
    </message>
    <message>
        <source>cannot remove the tag &quot;%1&quot;</source>
        <translation>impossible de retirer l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot list tags</source>
        <translation>impossible de lister les étiquettes</translation>
    </message>
    <message>
        <source>cannot list stories</source>
        <translation>impossible de lister les histoires</translation>
    </message>
    <message>
        <source>cannot count stories</source>
        <translation>impossible de compter les histoires</translation>
    </message>
    <message>
        <source>cannot move story %1 to the trash</source>
        <translation>impossible de mettre l&apos;histoire %1 à la corbeille</translation>
    </message>
    <message>
        <source>cannot restore story %1 from the trash</source>
        <translation>impossible de restaurer l&apos;histoire %1 depuis la corbeille</translation>
    </message>
    <message>
        <source>cannot empty the trash</source>
        <translation>impossible de vider la corbeille</translation>
    </message>
    <message>
        <source>The library %1 cannot be created: the disk holding it is full (%2). Free some space, or choose another folder.</source>
        <translation>La bibliothèque %1 ne peut pas être créée&#xa0;: le disque qui la contient est plein (%2). Libérez de la place, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The library file %1 is empty (0 bytes), and there is no backup of it in %2. It was left untouched; remove it to start a new library here.</source>
        <translation>Le fichier de bibliothèque %1 est vide (0 octet), et %2 n&apos;en contient aucune sauvegarde. Il n&apos;a pas été modifié&#xa0;; supprimez-le pour créer ici une nouvelle bibliothèque.</translation>
    </message>
</context>
<context>
    <name>LibraryOpener</name>
    <message>
        <source>Spill cannot open this library</source>
        <translation>Spill ne peut pas ouvrir cette bibliothèque</translation>
    </message>
    <message>
        <source>Choose Another Folder…</source>
        <translation>Choisir un autre dossier…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Choose a Folder for the Library</source>
        <translation>Choisir un dossier pour la bibliothèque</translation>
    </message>
    <message>
        <source>%1

Nothing in that folder was changed. Choose another folder for the library (an empty one starts a new library), or quit and free some space or fix the folder&apos;s permissions first.</source>
        <translation>%1

Rien n&apos;a été modifié dans ce dossier. Choisissez un autre dossier pour la bibliothèque (un dossier vide démarre une nouvelle bibliothèque), ou quittez et commencez par libérer de l&apos;espace ou corriger les droits du dossier.</translation>
    </message>
</context>
<context>
    <name>MediaImporter</name>
    <message>
        <source>%1: the import was cancelled</source>
        <translation>%1&#xa0;: l&apos;importation a été annulée</translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <source>the JPEG data is truncated or damaged</source>
        <translation>les données JPEG sont tronquées ou endommagées</translation>
    </message>
    <message>
        <source>%1: its duration is unknown, so it cannot be checked against the limit of %2 minutes</source>
        <translation>%1&#xa0;: sa durée est inconnue, elle ne peut donc pas être comparée à la limite de %2 minutes</translation>
    </message>
    <message>
        <source>%1: it lasts %2 s; Spill takes clips of up to %3 minutes</source>
        <translation>%1&#xa0;: il dure %2 s&#xa0;; Spill accepte des clips de %3 minutes au plus</translation>
    </message>
    <message>
        <source>%1 is not a media hash</source>
        <translation>%1 n&apos;est pas une empreinte de média</translation>
    </message>
    <message>
        <source>%1 cannot be deleted (%2)</source>
        <translation>impossible de supprimer %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Spill takes JPEG, PNG and WebP photos and MP4, WebM and MOV videos only</source>
        <translation>Spill n&apos;accepte que les photos JPEG, PNG et WebP et les vidéos MP4, WebM et MOV</translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation>le fichier n&apos;existe plus</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>it is %1 MB; Spill takes files of up to %2 MB</source>
        <translation>il fait %1 Mo&#xa0;; Spill accepte des fichiers de %2 Mo au plus</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>il ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>its content is not a JPEG, PNG or WebP image</source>
        <translation>son contenu n&apos;est pas une image JPEG, PNG ou WebP</translation>
    </message>
    <message>
        <source>its content is not an MP4, WebM or MOV video</source>
        <translation>son contenu n&apos;est pas une vidéo MP4, WebM ou MOV</translation>
    </message>
    <message>
        <source>the library&apos;s media folder %1 cannot be created</source>
        <translation>impossible de créer le dossier des médias de la bibliothèque %1</translation>
    </message>
    <message>
        <source>the library&apos;s media folder %1 is not writable (%2)</source>
        <translation>le dossier des médias de la bibliothèque %1 n&apos;est pas accessible en écriture (%2)</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>l&apos;importation a été annulée</translation>
    </message>
    <message>
        <source>reading failed (%1)</source>
        <translation>échec de la lecture (%1)</translation>
    </message>
    <message>
        <source>copying into %1 failed (%2)</source>
        <translation>échec de la copie vers %1 (%2)</translation>
    </message>
    <message>
        <source>it cannot be stored as %1 (%2)</source>
        <translation>il ne peut pas être stocké en %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PhotoDecode</name>
    <message>
        <source>it is not a readable %1 image (%2)</source>
        <translation>ce n&apos;est pas une image %1 lisible (%2)</translation>
    </message>
    <message>
        <source>its header gives no valid size</source>
        <translation>son en-tête n&apos;indique aucune taille valide</translation>
    </message>
    <message>
        <source>its header claims %1 x %2 pixels, more than the %3 megapixels Spill accepts</source>
        <translation>son en-tête annonce %1 x %2 pixels, plus que les %3 mégapixels acceptés par Spill</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>il ne peut pas être ouvert (%1)</translation>
    </message>
    <message>
        <source>it cannot be decoded (%1)</source>
        <translation>il ne peut pas être décodé (%1)</translation>
    </message>
</context>
<context>
    <name>PhotoMetadataModule</name>
    <message>
        <source>the photo metadata module could not be loaded: %1</source>
        <translation>le module des métadonnées photo n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>the keyring has none for %1 on this site</source>
        <translation>le trousseau n&apos;en contient aucun pour %1 sur ce site</translation>
    </message>
    <message>
        <source>no application password for %1 (%2): set SPILL_WP_APP_PASSWORD to one made in WordPress under Users &gt; Profile &gt; Application Passwords, or keep it in the keyring from Spill&apos;s Preferences</source>
        <translation>aucun mot de passe d&apos;application pour %1 (%2)&#xa0;: donnez à SPILL_WP_APP_PASSWORD la valeur d&apos;un mot de passe créé dans WordPress sous Comptes &gt; Profil &gt; Mots de passe d&apos;application, ou conservez-le dans le trousseau depuis les Préférences de Spill</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>Story &quot;%1&quot;: the clip %2 has no poster frame (%3)</source>
        <translation>Histoire «&#xa0;%1&#xa0;»&#xa0;: le clip %2 n&apos;a pas d&apos;image d&apos;affiche (%3)</translation>
    </message>
    <message>
        <source>The format %1 has no preview</source>
        <translation>Le format %1 n&apos;a pas d&apos;aperçu</translation>
    </message>
    <message>
        <source>Story %1 could not be loaded: %2</source>
        <translation>L&apos;histoire %1 n&apos;a pas pu être chargée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The format %1 cannot be exported</source>
        <translation>Le format %1 ne peut pas être exporté</translation>
    </message>
    <message>
        <source>there is no theme called &quot;%1&quot;; the themes are: %2 (your own go in %3)</source>
        <translation>il n&apos;y a pas de thème nommé «&#xa0;%1&#xa0;»&#xa0;; les thèmes sont&#xa0;: %2 (les vôtres vont dans %3)</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>no story matches &quot;%1&quot;</source>
        <translation>aucune histoire ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SiteCheck</name>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
</context>
<context>
    <name>SitePassword</name>
    <message>
        <source>The system keyring has no application password for %1.</source>
        <translation>Le trousseau du système n&apos;a pas de mot de passe d&apos;application pour %1.</translation>
    </message>
    <message>
        <source>Spill keeps application passwords in the system keyring, but %1. It asks each time and keeps the password only while it publishes.</source>
        <translation>Spill conserve les mots de passe d&apos;application dans le trousseau du système, mais %1. Il le demande donc à chaque fois et ne garde le mot de passe que le temps de publier.</translation>
    </message>
    <message>
        <source>Application Password</source>
        <translation>Mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>%1

Application password for %2 (WordPress: Users &gt; Profile &gt; Application Passwords):</source>
        <translation>%1

Mot de passe d&apos;application pour %2 (WordPress&#xa0;: Comptes &gt; Profil &gt; Mots de passe d&apos;application)&#xa0;:</translation>
    </message>
    <message>
        <source>The application password for %1 is kept in the system keyring.</source>
        <translation>Le mot de passe d&apos;application pour %1 est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The application password for %1 could not be kept: %2. Spill will ask for it when it publishes.</source>
        <translation>Le mot de passe d&apos;application pour %1 n&apos;a pas pu être conservé&#xa0;: %2. Spill le demandera au moment de publier.</translation>
    </message>
</context>
<context>
    <name>SitePublish</name>
    <message>
        <source>&quot;%1&quot; is not the address of a website (http or https)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;adresse d&apos;un site web (http ou https)</translation>
    </message>
    <message>
        <source>Story %1 could not be read: %2</source>
        <translation>L&apos;histoire %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: its photos and clips are on %2, but the library could not keep that, so publishing will look for them there again: %3</source>
        <translation>Histoire «&#xa0;%1&#xa0;»&#xa0;: ses photos et clips sont sur %2, mais la bibliothèque n&apos;a pas pu l&apos;enregistrer&#xa0;; la prochaine publication les y cherchera donc à nouveau&#xa0;: %3</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot; is post %2 on %3, but the library could not keep that: %4</source>
        <translation>L&apos;histoire «&#xa0;%1&#xa0;» est l&apos;article %2 sur %3, mais la bibliothèque n&apos;a pas pu l&apos;enregistrer&#xa0;: %4</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot; was published, but its status could not be saved: %2</source>
        <translation>L&apos;histoire «&#xa0;%1&#xa0;» a été publiée, mais son statut n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Spill::BarChart</name>
    <message>
        <source>Nothing to count yet</source>
        <translation>Rien à compter pour l&apos;instant</translation>
    </message>
    <message>
        <source>Selected: %1. </source>
        <translation>Sélection&#xa0;: %1. </translation>
    </message>
</context>
<context>
    <name>Spill::BeatSection</name>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Étape %1 sur %2 · %3</translation>
    </message>
    <message>
        <source>Show an example</source>
        <translation>Voir un exemple</translation>
    </message>
    <message>
        <source>Example for “%1”</source>
        <translation>Exemple pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Photos and clips for “%1”</source>
        <translation>Photos et clips pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Write your answer here…</source>
        <translation>Écrivez votre réponse ici…</translation>
    </message>
    <message>
        <source>Hide the example</source>
        <translation>Masquer l&apos;exemple</translation>
    </message>
    <message>
        <source>Hide the example for “%1”</source>
        <translation>Masquer l&apos;exemple pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Show an example for “%1”</source>
        <translation>Voir un exemple pour «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Spill::BeatStepList</name>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message numerus="yes">
        <source>Started · %n words</source>
        <translation>
            <numerusform>Commencée · %n mot</numerusform>
            <numerusform>Commencée · %n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n words</source>
        <translation>
            <numerusform>Terminée · %n mot</numerusform>
            <numerusform>Terminée · %n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>The five beats of the story; Enter jumps to one</source>
        <translation>Les cinq étapes de l&apos;histoire&#xa0;; Enter mène à l&apos;une d&apos;elles</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Spill::ChangesEdit</name>
    <message>
        <source>What I changed from the recipe</source>
        <translation>Ce que j&apos;ai changé par rapport à la recette</translation>
    </message>
    <message numerus="yes">
        <source>What I changed from the recipe (%n)</source>
        <translation>
            <numerusform>Ce que j&apos;ai changé par rapport à la recette (%n)</numerusform>
            <numerusform>Ce que j&apos;ai changé par rapport à la recette (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ingredients swapped, times cut, temperatures guessed: readers trust a fail that shows what was done differently.</source>
        <translation>Ingrédients remplacés, temps raccourcis, températures devinées&#xa0;: les lecteurs font confiance à un raté qui montre ce qui a été fait autrement.</translation>
    </message>
    <message>
        <source>One row per change. Tick the one you think caused the fail.</source>
        <translation>Une ligne par changement. Cochez celui qui, selon vous, a causé le raté.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>The recipe said</source>
        <translation>La recette disait</translation>
    </message>
    <message>
        <source>I did</source>
        <translation>J&apos;ai fait</translation>
    </message>
    <message>
        <source>Caused the fail</source>
        <translation>A causé le raté</translation>
    </message>
    <message>
        <source>Columns of what I changed</source>
        <translation>Colonnes de ce que j&apos;ai changé</translation>
    </message>
    <message>
        <source>Rows of what I changed</source>
        <translation>Lignes de ce que j&apos;ai changé</translation>
    </message>
    <message>
        <source>Add Change</source>
        <translation>Ajouter un changement</translation>
    </message>
    <message>
        <source>Remove Change</source>
        <translation>Retirer le changement</translation>
    </message>
    <message>
        <source>Select all changes</source>
        <translation>Sélectionner tous les changements</translation>
    </message>
</context>
<context>
    <name>Spill::ChipGroup</name>
    <message>
        <source>Failure kinds</source>
        <translation>Types de raté</translation>
    </message>
    <message>
        <source>Failure kind; Space toggles it</source>
        <translation>Type de raté&#xa0;; Space pour le cocher ou le décocher</translation>
    </message>
</context>
<context>
    <name>Spill::CoachPanel</name>
    <message>
        <source>Story coach</source>
        <translation>Coach de l&apos;histoire</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Looking good</source>
        <translation>Tout est bon</translation>
    </message>
    <message>
        <source>Nothing to fix. This story is ready for readers.</source>
        <translation>Rien à corriger. Cette histoire est prête pour vos lecteurs.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation>
            <numerusform>%n point à examiner.</numerusform>
            <numerusform>%n points à examiner.</numerusform>
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
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refaire</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
</context>
<context>
    <name>Spill::EvidenceTimelineView</name>
    <message>
        <source>How it unfolded</source>
        <translation>Comment ça s&apos;est passé</translation>
    </message>
    <message>
        <source>Your photos and clips in the order they were taken, by the times their files give; the post shows the same list</source>
        <translation>Vos photos et clips dans l&apos;ordre de leur prise de vue, d&apos;après les heures indiquées par leurs fichiers&#xa0;; l&apos;article montre la même liste</translation>
    </message>
    <message>
        <source>clip %1</source>
        <translation>clip %1</translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation>photo %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no capture time</source>
        <translation>pas d&apos;heure de prise de vue</translation>
    </message>
</context>
<context>
    <name>Spill::ExportChangesView</name>
    <message>
        <source>Changes on the way out</source>
        <translation>Ce qui change à l&apos;export</translation>
    </message>
    <message>
        <source>Changes on the &amp;way out</source>
        <translation>Ce qui chan&amp;ge à l&apos;export</translation>
    </message>
</context>
<context>
    <name>Spill::ExportPlace</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Could not list the stories: %1</source>
        <translation>Impossible de lister les histoires&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stories to export</source>
        <translation>Histoires à exporter</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Tout sé&amp;lectionner</translation>
    </message>
    <message>
        <source>Check every story</source>
        <translation>Cocher toutes les histoires</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Vider la sélection</translation>
    </message>
    <message>
        <source>Uncheck every story</source>
        <translation>Décocher toutes les histoires</translation>
    </message>
    <message>
        <source>Checked stories</source>
        <translation>Histoires cochées</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>&amp;Histoires</translation>
    </message>
    <message>
        <source>One story checked</source>
        <translation>Une histoire cochée</translation>
    </message>
    <message numerus="yes">
        <source>%n stories checked</source>
        <translation>
            <numerusform>%n histoire cochée</numerusform>
            <numerusform>%n histoires cochées</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an output folder first</source>
        <translation>Choisissez d&apos;abord un dossier de sortie</translation>
    </message>
    <message>
        <source>Check the stories to export first</source>
        <translation>Cochez d&apos;abord les histoires à exporter</translation>
    </message>
    <message>
        <source>No stories yet: write one first</source>
        <translation>Pas encore d&apos;histoire&#xa0;: écrivez-en une d&apos;abord</translation>
    </message>
    <message>
        <source>Pick a story to see its preview</source>
        <translation>Choisissez une histoire pour voir son aperçu</translation>
    </message>
    <message>
        <source>The story open in Write could not be saved, so nothing was exported: see the message in Write.</source>
        <translation>L&apos;histoire ouverte dans «&#xa0;Écrire&#xa0;» n&apos;a pas pu être enregistrée, rien n&apos;a donc été exporté&#xa0;: voir le message dans «&#xa0;Écrire&#xa0;».</translation>
    </message>
    <message>
        <source>Saving the story open in Write…</source>
        <translation>Enregistrement de l&apos;histoire ouverte dans «&#xa0;Écrire&#xa0;»…</translation>
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
        <translation>Dossier HTML</translation>
    </message>
    <message>
        <source>Single HTML file</source>
        <translation>Fichier HTML unique</translation>
    </message>
    <message>
        <source>Spill stories (JSON)</source>
        <translation>Histoires Spill (JSON)</translation>
    </message>
</context>
<context>
    <name>Spill::ExportPreviewPane</name>
    <message>
        <source>What the preview shows</source>
        <translation>Ce que montre l&apos;aperçu</translation>
    </message>
    <message>
        <source>Post source</source>
        <translation>Source de l&apos;article</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>État de l&apos;aperçu</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>So&amp;urce</translation>
    </message>
    <message>
        <source>&amp;Copy HTML</source>
        <translation>&amp;Copier le HTML</translation>
    </message>
    <message>
        <source>Copy HTML</source>
        <translation>Copier le HTML</translation>
    </message>
    <message>
        <source>Copies the post&apos;s article, images included, as HTML (Ctrl+Shift+C). Paste it into WordPress or any web editor; the blog&apos;s own theme styles it.</source>
        <translation>Copie l&apos;article, images comprises, en HTML (Ctrl+Shift+C). Collez-le dans WordPress ou dans n&apos;importe quel éditeur web&#xa0;; le thème du blog se charge de la mise en forme.</translation>
    </message>
    <message>
        <source>Copy Mar&amp;kdown</source>
        <translation>Copier en Mar&amp;kdown</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Copier en Markdown</translation>
    </message>
    <message>
        <source>Copies the post as Markdown with its front matter (Ctrl+Shift+M)</source>
        <translation>Copie l&apos;article en Markdown avec son front matter (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Cop&amp;y for WordPress</source>
        <translation>Copier pour WordPre&amp;ss</translation>
    </message>
    <message>
        <source>Copy for WordPress</source>
        <translation>Copier pour WordPress</translation>
    </message>
    <message>
        <source>Copies the post as WordPress blocks, to paste into the block editor&apos;s code view (Ctrl+Shift+W). With a WordPress site set in Preferences, its photos and clips are uploaded there first; without, they are left out.</source>
        <translation>Copie l&apos;article en blocs WordPress, à coller dans la vue code de l&apos;éditeur de blocs (Ctrl+Shift+W). Si un site WordPress est configuré dans les Préférences, ses photos et clips y sont d&apos;abord envoyés&#xa0;; sinon, ils sont omis.</translation>
    </message>
    <message>
        <source>Open &amp;in browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Opens the rendered page in your web browser</source>
        <translation>Ouvre la page rendue dans votre navigateur web</translation>
    </message>
    <message>
        <source>Ren&amp;dered</source>
        <translation>R&amp;endu</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendu en cours…</translation>
    </message>
    <message>
        <source>The preview could not be written to %1: %2</source>
        <translation>L&apos;aperçu n&apos;a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>So&amp;urce: %1</source>
        <translation>So&amp;urce&#xa0;: %1</translation>
    </message>
    <message>
        <source>The single HTML file as the export writes it, in the theme &quot;%1&quot;.</source>
        <translation>Le fichier HTML unique tel que l&apos;export l&apos;écrit, avec le thème «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The post in the theme &quot;%1&quot;, as the export writes it; here its photos are inside the page, in the export they are files beside it.</source>
        <translation>L&apos;article avec le thème «&#xa0;%1&#xa0;», tel que l&apos;export l&apos;écrit&#xa0;; ici ses photos sont dans la page, dans l&apos;export ce sont des fichiers à côté.</translation>
    </message>
    <message>
        <source>The story as the theme &quot;%1&quot; shows it. The interchange file itself has no look; its text is on the right.</source>
        <translation>L&apos;histoire telle que le thème «&#xa0;%1&#xa0;» l&apos;affiche. Le fichier d&apos;échange lui-même n&apos;a pas d&apos;apparence&#xa0;; son texte est à droite.</translation>
    </message>
    <message>
        <source>This Markdown as the theme &quot;%1&quot; shows it. On your blog, the blog&apos;s own theme gives it its look.</source>
        <translation>Ce Markdown tel que le thème «&#xa0;%1&#xa0;» l&apos;affiche. Sur votre blog, c&apos;est le thème du blog qui lui donne son apparence.</translation>
    </message>
    <message>
        <source>Opened &quot;%1&quot; in your web browser</source>
        <translation>«&#xa0;%1&#xa0;» ouvert dans votre navigateur web</translation>
    </message>
    <message>
        <source>No web browser could open %1</source>
        <translation>Aucun navigateur web n&apos;a pu ouvrir %1</translation>
    </message>
    <message>
        <source>Copied the HTML of &quot;%1&quot;</source>
        <translation>HTML de «&#xa0;%1&#xa0;» copié</translation>
    </message>
    <message>
        <source>Copied the Markdown of &quot;%1&quot;</source>
        <translation>Markdown de «&#xa0;%1&#xa0;» copié</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot; for WordPress: paste it into the block editor&apos;s code view</source>
        <translation>«&#xa0;%1&#xa0;» copié pour WordPress&#xa0;: collez-le dans la vue code de l&apos;éditeur de blocs</translation>
    </message>
    <message numerus="yes">
        <source>Copied &quot;%1&quot; for WordPress without its %n photos and clips: add your WordPress site in Preferences and they are uploaded first</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» copié pour WordPress sans %n photo ou clip&#xa0;: ajoutez votre site WordPress dans les Préférences pour l&apos;envoyer d&apos;abord</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» copié pour WordPress sans ses %n photos et clips&#xa0;: ajoutez votre site WordPress dans les Préférences pour les envoyer d&apos;abord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::ExportRunPanel</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export the checked stories</source>
        <translation>Exporter les histoires cochées</translation>
    </message>
    <message>
        <source>Publish to &amp;WordPress…</source>
        <translation>Publier sur &amp;WordPress…</translation>
    </message>
    <message>
        <source>Post the checked stories to a WordPress site, photos and clips included (Ctrl+Shift+P)</source>
        <translation>Publier les histoires cochées sur un site WordPress, photos et clips compris (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>%v of %m stories</source>
        <translation>%v sur %m histoires</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <source>Stop after the story being written; what is written stays</source>
        <translation>S&apos;arrêter après l&apos;histoire en cours d&apos;écriture&#xa0;; ce qui est écrit reste</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Résumé de l&apos;export</translation>
    </message>
    <message>
        <source>O&amp;pen folder</source>
        <translation>Ou&amp;vrir le dossier</translation>
    </message>
    <message>
        <source>Open the output folder</source>
        <translation>Ouvrir le dossier de sortie</translation>
    </message>
    <message>
        <source>Export errors and notes</source>
        <translation>Erreurs et notes de l&apos;export</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Un export est en cours</translation>
    </message>
    <message>
        <source>Write the checked stories to the folder (Ctrl+E)</source>
        <translation>Écrire les histoires cochées dans le dossier (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cancelled after exporting one story to %1</source>
        <translation>Annulé après l&apos;export d&apos;une histoire vers %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after exporting %n stories to %1</source>
        <translation>
            <numerusform>Annulé après l&apos;export de %n histoire vers %1</numerusform>
            <numerusform>Annulé après l&apos;export de %n histoires vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported one story to %1</source>
        <translation>Une histoire exportée vers %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stories to %1</source>
        <translation>
            <numerusform>%n histoire exportée vers %1</numerusform>
            <numerusform>%n histoires exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>· one problem, listed below</source>
        <translation>· un problème, détaillé ci-dessous</translation>
    </message>
    <message numerus="yes">
        <source>· %n problems, listed below</source>
        <translation>
            <numerusform>· %n problème, détaillé ci-dessous</numerusform>
            <numerusform>· %n problèmes, détaillés ci-dessous</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::ExportShareKitView</name>
    <message>
        <source>Social caption</source>
        <translation>Légende à partager</translation>
    </message>
    <message>
        <source>Copy Caption</source>
        <translation>Copier la légende</translation>
    </message>
    <message>
        <source>Copy the social caption</source>
        <translation>Copier la légende à partager</translation>
    </message>
    <message>
        <source>Copied the caption</source>
        <translation>Légende copiée</translation>
    </message>
    <message>
        <source>Copy Alt Text</source>
        <translation>Copier le texte alternatif</translation>
    </message>
    <message>
        <source>Copy the pictures&apos; alt text</source>
        <translation>Copier le texte alternatif des images</translation>
    </message>
    <message>
        <source>Copied the alt text</source>
        <translation>Texte alternatif copié</translation>
    </message>
    <message>
        <source>No pictures: the story has no dream or reality photo.</source>
        <translation>Pas d&apos;images&#xa0;: l&apos;histoire n&apos;a ni photo du rêve ni photo de la réalité.</translation>
    </message>
    <message>
        <source>Share kit, written beside the post</source>
        <translation>Kit de partage, écrit à côté de l&apos;article</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 caractères sur %2</translation>
    </message>
</context>
<context>
    <name>Spill::ExportStoryModel</name>
    <message>
        <source>Untitled story</source>
        <translation>Histoire sans titre</translation>
    </message>
    <message>
        <source>%1
Last changed %2</source>
        <translation>%1
Dernière modification&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
%2 · last changed %3</source>
        <translation>%1
%2 · dernière modification&#xa0;: %3</translation>
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
        <translation>Markdown, Hugo et Jekyll écrivent des fichiers Markdown avec front matter&#xa0;; les formats HTML écrivent des pages finies, mises en forme par un thème&#xa0;; JSON conserve les histoires entières, médias compris, pour une autre bibliothèque</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>Where the exported files go</source>
        <translation>Où vont les fichiers exportés</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Choisir le dossier de sortie</translation>
    </message>
    <message>
        <source>Blog has co&amp;mments</source>
        <translation>Le blog a des co&amp;mmentaires</translation>
    </message>
    <message>
        <source>Ends each post by inviting readers to answer in the comments. Leave it off for a blog or page without comments.</source>
        <translation>Termine chaque article en invitant les lecteurs à répondre en commentaire. Laissez décoché pour un blog ou une page sans commentaires.</translation>
    </message>
    <message>
        <source>Share kit</source>
        <translation>Kit de partage</translation>
    </message>
    <message>
        <source>Also makes a share kit beside each post: a tall pin and a square of each of the dream and the reality with the title, their alt text, and a caption for social posts.</source>
        <translation>Crée aussi un kit de partage à côté de chaque article&#xa0;: une grande image verticale à épingler et un carré du rêve et de la réalité, avec le titre, leur texte alternatif et une légende pour les réseaux sociaux.</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Dossier de s&amp;ortie&#xa0;:</translation>
    </message>
    <message>
        <source>How the HTML pages look</source>
        <translation>L&apos;apparence des pages HTML</translation>
    </message>
    <message>
        <source>Markdown formats are styled by the blog&apos;s own theme; the preview uses this one</source>
        <translation>Les formats Markdown sont mis en forme par le thème du blog&#xa0;; l&apos;aperçu utilise celui-ci</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exporter vers un dossier</translation>
    </message>
</context>
<context>
    <name>Spill::ExportTargetsPage</name>
    <message>
        <source>(no folder)</source>
        <translation>(aucun dossier)</translation>
    </message>
    <message>
        <source>Forget Last Targ&amp;et</source>
        <translation>Oublier la dernière d&amp;estination</translation>
    </message>
    <message>
        <source>Export opens on Markdown, the default theme and no folder</source>
        <translation>Exporter s&apos;ouvrira sur Markdown, le thème par défaut et aucun dossier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Ou&amp;blier</translation>
    </message>
    <message>
        <source>Re&amp;membered for each format and folder:</source>
        <translation>&amp;Mémorisé pour chaque format et dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Export opens on Markdown, with no folder chosen.</source>
        <translation>Exporter s&apos;ouvre sur Markdown, sans dossier choisi.</translation>
    </message>
    <message>
        <source>Export opens on %1, theme “%2”, into %3.</source>
        <translation>Exporter s&apos;ouvre sur %1, thème «&#xa0;%2&#xa0;», vers %3.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Invites comments</source>
        <translation>Invite aux commentaires</translation>
    </message>
    <message>
        <source>No comments</source>
        <translation>Sans commentaires</translation>
    </message>
</context>
<context>
    <name>Spill::FindBar</name>
    <message>
        <source>Find in the story</source>
        <translation>Rechercher dans l&apos;histoire</translation>
    </message>
    <message>
        <source>Find in this story</source>
        <translation>Rechercher dans cette histoire</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation>Aller à l&apos;occurrence suivante (Enter)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Rechercher le précédent</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Aller à l&apos;occurrence précédente (Shift+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Escape)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>Spill::FixedRecipeEdit</name>
    <message>
        <source>The fixed recipe</source>
        <translation>La recette corrigée</translation>
    </message>
    <message>
        <source>How you would cook it now that you know better. Only a story with a fixed recipe tells search engines it holds a recipe; the failed attempt never does.</source>
        <translation>Comment vous la cuisineriez maintenant que vous savez. Seule une histoire avec une recette corrigée indique aux moteurs de recherche qu&apos;elle contient une recette&#xa0;; la tentative ratée, jamais.</translation>
    </message>
    <message>
        <source>One ingredient or step a line. The post shows them as lists after the lesson.</source>
        <translation>Un ingrédient ou une instruction par ligne. L&apos;article les affiche sous forme de listes après la leçon.</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingrédients</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Ingredients of the fixed recipe</source>
        <translation>Ingrédients de la recette corrigée</translation>
    </message>
    <message>
        <source>4 eggs, separated
50 g Gruyère, grated</source>
        <translation>4 œufs, blancs et jaunes séparés
50 g de gruyère râpé</translation>
    </message>
    <message>
        <source>Method of the fixed recipe</source>
        <translation>Préparation de la recette corrigée</translation>
    </message>
    <message>
        <source>Heat the oven to 190 °C.
Keep the door shut for the first 25 minutes.</source>
        <translation>Préchauffer le four à 190 °C.
Garder la porte fermée pendant les 25 premières minutes.</translation>
    </message>
</context>
<context>
    <name>Spill::GalleryFilterBar</name>
    <message>
        <source>Find stories</source>
        <translation>Trouver des histoires</translation>
    </message>
    <message>
        <source>Search titles, dishes and beats</source>
        <translation>Rechercher dans les titres, les plats et les étapes</translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Rechercher des histoires</translation>
    </message>
    <message>
        <source>All failure kinds</source>
        <translation>Tous les types de raté</translation>
    </message>
    <message>
        <source>Failure kind</source>
        <translation>Type de raté</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Toutes les issues</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Redeemed or not</source>
        <translation>Rattrapé ou non</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Rattrapage</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Rattrapé</translation>
    </message>
    <message>
        <source>Not redeemed yet</source>
        <translation>Pas encore rattrapé</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Entre le</translation>
    </message>
    <message>
        <source>Only stories created between two dates</source>
        <translation>Seulement les histoires créées entre deux dates</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Créées à partir du</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Créées jusqu&apos;au</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Date created</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Sort direction</source>
        <translation>Sens du tri</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Stories shown</source>
        <translation>Histoires affichées</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Trier&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n histoire</numerusform>
            <numerusform>%n histoires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n stories</source>
        <translation>
            <numerusform>%1 sur %n histoire</numerusform>
            <numerusform>%1 sur %n histoires</numerusform>
        </translation>
    </message>
    <message>
        <source>Z to A</source>
        <translation>De Z à A</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>De A à Z</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>Descending order</source>
        <translation>Ordre décroissant</translation>
    </message>
    <message>
        <source>Ascending order</source>
        <translation>Ordre croissant</translation>
    </message>
</context>
<context>
    <name>Spill::GalleryModel</name>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
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
        <translation>Histoires</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>No stories yet. The fails you write in Write gather here.</source>
        <translation>Pas encore d&apos;histoire. Les ratés que vous écrivez dans «&#xa0;Écrire&#xa0;» se rassemblent ici.</translation>
    </message>
    <message>
        <source>No story matches these filters.</source>
        <translation>Aucune histoire ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Étiqueter</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n selected stories:</source>
        <translation>
            <numerusform>Étiquette pour %n histoire sélectionnée&#xa0;:</numerusform>
            <numerusform>Étiquette pour %n histoires sélectionnées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Étiqueter</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot; added.</source>
        <translation>Étiquette «&#xa0;%1&#xa0;» ajoutée.</translation>
    </message>
    <message numerus="yes">
        <source>%n stories moved to the trash.</source>
        <translation>
            <numerusform>%n histoire mise à la corbeille.</numerusform>
            <numerusform>%n histoires mises à la corbeille.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::GalleryView</name>
    <message>
        <source>Stories</source>
        <translation>Histoires</translation>
    </message>
    <message>
        <source>Past fails as cards. Enter opens the current story, Delete moves the selected ones to the trash.</source>
        <translation>Vos ratés passés, sous forme de cartes. Enter ouvre l&apos;histoire courante, Delete met les histoires sélectionnées à la corbeille.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Export selected…</source>
        <translation>&amp;Exporter la sélection…</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>É&amp;tiqueter…</translation>
    </message>
    <message>
        <source>Move to t&amp;rash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
</context>
<context>
    <name>Spill::GettingStartedDialog</name>
    <message>
        <source>bold</source>
        <translation>gras</translation>
    </message>
    <message>
        <source>bold (Ctrl+B)</source>
        <translation>gras (Ctrl+B)</translation>
    </message>
    <message>
        <source>italic</source>
        <translation>italique</translation>
    </message>
    <message>
        <source>italic (Ctrl+I)</source>
        <translation>italique (Ctrl+I)</translation>
    </message>
    <message>
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <source>a link (Ctrl+K)</source>
        <translation>un lien (Ctrl+K)</translation>
    </message>
    <message>
        <source>eggs</source>
        <translation>œufs</translation>
    </message>
    <message>
        <source>a list; 1. for a numbered one</source>
        <translation>une liste&#xa0;; 1. pour une liste numérotée</translation>
    </message>
    <message>
        <source>a quote</source>
        <translation>une citation</translation>
    </message>
    <message>
        <source>sugar</source>
        <translation>sucre</translation>
    </message>
    <message>
        <source>struck through</source>
        <translation>barré</translation>
    </message>
    <message>
        <source>a table, with a |---|---| line under its head</source>
        <translation>un tableau, avec une ligne |---|---| sous son en-tête</translation>
    </message>
    <message>
        <source>A fail, told well</source>
        <translation>Un raté, bien raconté</translation>
    </message>
    <message>
        <source>Spill turns a kitchen mishap into a post your readers can trust. Write it in five beats; the coach on the right says what a reader would miss, and the post is ready when you are.</source>
        <translation>Spill transforme un raté en cuisine en un article auquel vos lecteurs peuvent se fier. Écrivez-le en cinq étapes&#xa0;; le coach, à droite, signale ce qui manquerait à un lecteur, et l&apos;article est prêt quand vous l&apos;êtes.</translation>
    </message>
    <message>
        <source>The five beats</source>
        <translation>Les cinq étapes</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+5 jump to a beat. Each beat has a heading for your readers; its menu (Alt+Down) suggests others or hides it.</source>
        <translation>Ctrl+1 à Ctrl+5 mènent à une étape. Chaque étape a un intertitre pour vos lecteurs&#xa0;; son menu (Alt+Down) en propose d&apos;autres ou le masque.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Les preuves</translation>
    </message>
    <message>
        <source>Add photos and short clips to the beat they belong to: drop them on it, paste a copied photo, or use “Add photo or clip”. The dream and reality pair, how it should have looked and how it turned out, leads the post. Describe each photo for readers who cannot see it, and pick a clip&apos;s poster frame in its player.</source>
        <translation>Ajoutez des photos et de courts clips à l&apos;étape à laquelle ils appartiennent&#xa0;: déposez-les dessus, collez une photo copiée ou utilisez «&#xa0;Ajouter une photo ou un clip&#xa0;». La paire rêve et réalité, ce à quoi ça aurait dû ressembler et ce que ça a donné, ouvre l&apos;article. Décrivez chaque photo pour les lecteurs qui ne peuvent pas la voir, et choisissez l&apos;image d&apos;affiche d&apos;un clip dans son lecteur.</translation>
    </message>
    <message>
        <source>Out into the world</source>
        <translation>Partager avec le monde</translation>
    </message>
    <message>
        <source>Export writes the post as Markdown, for Hugo or Jekyll, or as HTML, with its photos beside it; the preview shows the post as readers will see it. The Gallery keeps every fail, to find again and to see what goes wrong most.</source>
        <translation>Exporter écrit l&apos;article en Markdown, pour Hugo ou Jekyll, ou en HTML, avec ses photos à côté&#xa0;; l&apos;aperçu montre l&apos;article tel que vos lecteurs le verront. La Galerie garde chaque raté, pour le retrouver et voir ce qui rate le plus souvent.</translation>
    </message>
    <message>
        <source>Markdown in a beat</source>
        <translation>Le Markdown dans une étape</translation>
    </message>
    <message>
        <source>A beat is plain text with a little Markdown:</source>
        <translation>Une étape, c&apos;est du texte simple avec un peu de Markdown&#xa0;:</translation>
    </message>
    <message>
        <source>A blank line starts a new paragraph. The beat&apos;s heading is set above it, so a beat needs no headings of its own.</source>
        <translation>Une ligne vide commence un nouveau paragraphe. L&apos;intertitre de l&apos;étape est placé au-dessus, une étape n&apos;a donc pas besoin de ses propres intertitres.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Getting started with Spill</source>
        <translation>Premiers pas avec Spill</translation>
    </message>
</context>
<context>
    <name>Spill::HeadingEdit</name>
    <message>
        <source>Heading above “%1”</source>
        <translation>Intertitre au-dessus de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>What readers see above this part of the post</source>
        <translation>Ce que les lecteurs voient au-dessus de cette partie de l&apos;article</translation>
    </message>
    <message>
        <source>The heading readers see above this part of the post. Type your own, pick a suggestion from the menu beside it (Alt+Down), or clear it for none.</source>
        <translation>L&apos;intertitre que les lecteurs voient au-dessus de cette partie de l&apos;article. Tapez le vôtre, choisissez une suggestion dans le menu à côté (Alt+Down) ou effacez-le pour n&apos;en avoir aucun.</translation>
    </message>
    <message>
        <source>No heading in the post</source>
        <translation>Pas d&apos;intertitre dans l&apos;article</translation>
    </message>
    <message>
        <source>Heading suggestions for “%1”</source>
        <translation>Suggestions d&apos;intertitre pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Other headings, the default, or none</source>
        <translation>Autres intertitres, celui par défaut, ou aucun</translation>
    </message>
    <message>
        <source>&amp;No Heading</source>
        <translation>&amp;Aucun intertitre</translation>
    </message>
</context>
<context>
    <name>Spill::LookCloserPanel</name>
    <message>
        <source>Look closer</source>
        <translation>De plus près</translation>
    </message>
    <message>
        <source>Select a story to look closer.</source>
        <translation>Sélectionnez une histoire pour la voir de plus près.</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>No dream photo yet</source>
        <translation>Pas encore de photo du rêve</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <source>No reality photo yet</source>
        <translation>Pas encore de photo de la réalité</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>&amp;Open in Write</source>
        <translation>&amp;Ouvrir dans «&#xa0;Écrire&#xa0;»</translation>
    </message>
    <message>
        <source>Opens this story in the guided editor</source>
        <translation>Ouvre cette histoire dans l&apos;éditeur guidé</translation>
    </message>
    <message>
        <source>The five beats</source>
        <translation>Les cinq étapes</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Histoire sans titre</translation>
    </message>
</context>
<context>
    <name>Spill::MainWindow</name>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>The daily backup did not succeed: %1</source>
        <translation>La sauvegarde quotidienne n&apos;a pas réussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Current place</source>
        <translation>Section actuelle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Publish to WordPress…</source>
        <translation>Publier sur &amp;WordPress…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>Pre&amp;miers pas</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Spill</source>
        <translation>À &amp;propos de Spill</translation>
    </message>
    <message>
        <source>About Spill</source>
        <translation>À propos de Spill</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spill %1&lt;/h3&gt;&lt;p&gt;Turn a kitchen mishap into an honest, well-told post.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spill %1&lt;/h3&gt;&lt;p&gt;Transformez un raté en cuisine en un article honnête et bien raconté.&lt;/p&gt;&lt;p&gt;Publié sous la licence GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;» importée</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;. %2</source>
        <translation>«&#xa0;%1&#xa0;» importée. %2</translation>
    </message>
</context>
<context>
    <name>Spill::MediaImportQueue</name>
    <message>
        <source>%1: Spill takes only JPEG, PNG and WebP photos and MP4, WebM and MOV clips</source>
        <translation>%1&#xa0;: Spill n&apos;accepte que les photos JPEG, PNG et WebP et les clips MP4, WebM et MOV</translation>
    </message>
    <message>
        <source>Pasted photo %1.png</source>
        <translation>Photo collée %1.png</translation>
    </message>
    <message>
        <source>%1: the pasted photo could not be saved for import</source>
        <translation>%1&#xa0;: la photo collée n&apos;a pas pu être enregistrée pour l&apos;importation</translation>
    </message>
    <message>
        <source>%1: this photo or clip is already in the story</source>
        <translation>%1&#xa0;: cette photo ou ce clip est déjà dans l&apos;histoire</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported: the import was cancelled</source>
        <translation>
            <numerusform>%n fichier non importé&#xa0;: l&apos;importation a été annulée</numerusform>
            <numerusform>%n fichiers non importés&#xa0;: l&apos;importation a été annulée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::MediaItemEditor</name>
    <message>
        <source>Photo details</source>
        <translation>Détails de la photo</translation>
    </message>
    <message>
        <source>What the photo shows, for readers who cannot see it</source>
        <translation>Ce que montre la photo, pour les lecteurs qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <source>Decorative (no alt text needed)</source>
        <translation>Décorative (pas besoin de texte alternatif)</translation>
    </message>
    <message>
        <source>Shown under the photo in the post</source>
        <translation>Affichée sous la photo dans l&apos;article</translation>
    </message>
    <message>
        <source>Mark as edited in the &amp;post</source>
        <translation>&amp;Marquer comme retouchée dans l&apos;article</translation>
    </message>
    <message>
        <source>The photo&apos;s file says it was changed after it was taken; the post&apos;s caption says so</source>
        <translation>Le fichier de la photo indique qu&apos;elle a été modifiée après la prise de vue&#xa0;; la légende de l&apos;article le mentionne</translation>
    </message>
    <message>
        <source>Why the post should not call it edited</source>
        <translation>Pourquoi l&apos;article ne doit pas la dire retouchée</translation>
    </message>
    <message>
        <source>Play and pick a poster frame…</source>
        <translation>Lire et choisir l&apos;image d&apos;affiche…</translation>
    </message>
    <message>
        <source>Remove from story</source>
        <translation>Retirer de l&apos;histoire</translation>
    </message>
    <message>
        <source>The file stays in the library</source>
        <translation>Le fichier reste dans la bibliothèque</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>Te&amp;xte alternatif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>Lé&amp;gende&#xa0;:</translation>
    </message>
    <message>
        <source>Its file:</source>
        <translation>Son fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Why not:</source>
        <translation>P&amp;ourquoi pas&#xa0;:</translation>
    </message>
    <message>
        <source>Clip details</source>
        <translation>Détails du clip</translation>
    </message>
    <message>
        <source>What the clip shows, for readers who cannot see it</source>
        <translation>Ce que montre le clip, pour les lecteurs qui ne peuvent pas le voir</translation>
    </message>
    <message>
        <source>Shown under the clip in the post</source>
        <translation>Affichée sous le clip dans l&apos;article</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>Prise de vue&#xa0;: %1</translation>
    </message>
    <message>
        <source>No capture time</source>
        <translation>Pas d&apos;heure de prise de vue</translation>
    </message>
    <message>
        <source>Last written by %1</source>
        <translation>Dernière écriture par %1</translation>
    </message>
    <message>
        <source>Edited after it was taken</source>
        <translation>Retouchée après la prise de vue</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>Retouchée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not edited, as far as it says</source>
        <translation>Non retouchée, d&apos;après son fichier</translation>
    </message>
</context>
<context>
    <name>Spill::MediaStrip</name>
    <message>
        <source>Photos and clips for “%1”</source>
        <translation>Photos et clips pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Arrows choose an item, Ctrl+arrows move it, Delete takes it out of the story, Ctrl+Z undoes, Enter opens its details or plays it.</source>
        <translation>Les flèches choisissent un élément, Ctrl+flèches le déplacent, Delete le retire de l&apos;histoire, Ctrl+Z annule, Enter ouvre ses détails ou le lit.</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>Importation de %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Add photo or clip…</source>
        <translation>Ajouter une photo ou un clip…</translation>
    </message>
    <message>
        <source>Or drop files here, or paste a photo with Ctrl+V</source>
        <translation>Ou déposez des fichiers ici, ou collez une photo avec Ctrl+V</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Files that were not imported</source>
        <translation>Fichiers non importés</translation>
    </message>
    <message>
        <source>The clip cannot be played</source>
        <translation>Le clip ne peut pas être lu</translation>
    </message>
    <message>
        <source>Photos and clips (%1)</source>
        <translation>Photos et clips (%1)</translation>
    </message>
    <message>
        <source>Add photos or clips to “%1”</source>
        <translation>Ajouter des photos ou des clips à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importation de %n fichier…</numerusform>
            <numerusform>Importation de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Non importés&#xa0;:</translation>
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
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>Spill::MediaTileDelegate</name>
    <message>
        <source>Edited</source>
        <translation>Retouchée</translation>
    </message>
</context>
<context>
    <name>Spill::MessageBar</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo what was just done</source>
        <translation>Annuler ce qui vient d&apos;être fait</translation>
    </message>
</context>
<context>
    <name>Spill::MetadataPanel</name>
    <message>
        <source>Story details</source>
        <translation>Détails de l&apos;histoire</translation>
    </message>
    <message>
        <source>Give your story a title</source>
        <translation>Donnez un titre à votre histoire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Cheese soufflé</source>
        <translation>Soufflé au fromage</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>Plat</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Recipe link</source>
        <translation>Lien de la recette</translation>
    </message>
    <message>
        <source>The web address of the recipe you followed</source>
        <translation>L&apos;adresse web de la recette que vous avez suivie</translation>
    </message>
    <message>
        <source>baking, eggs, birthday</source>
        <translation>pâtisserie, œufs, anniversaire</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Séparez les étiquettes par des virgules</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>https://your-blog.example/…</source>
        <translation>https://votre-blog.example/…</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Publié à l&apos;adresse</translation>
    </message>
    <message>
        <source>The web address of the published post</source>
        <translation>L&apos;adresse web de l&apos;article publié</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Dish</source>
        <translation>&amp;Plat</translation>
    </message>
    <message>
        <source>&amp;Recipe link</source>
        <translation>&amp;Lien de la recette</translation>
    </message>
    <message>
        <source>&amp;Kind of fail</source>
        <translation>&amp;Type de raté</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>Iss&amp;ue</translation>
    </message>
    <message>
        <source>&amp;Published at</source>
        <translation>P&amp;ublié à l&apos;adresse</translation>
    </message>
    <message>
        <source>This does not look like a web address. Use one that starts with https:// or http://.</source>
        <translation>Cela ne ressemble pas à une adresse web. Utilisez-en une qui commence par https:// ou http://.</translation>
    </message>
</context>
<context>
    <name>Spill::OnThisDayCard</name>
    <message>
        <source>On this day</source>
        <translation>Ce jour-là</translation>
    </message>
    <message>
        <source>On this day, a year ago</source>
        <translation>Il y a un an, jour pour jour</translation>
    </message>
    <message>
        <source>Open story</source>
        <translation>Ouvrir l&apos;histoire</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Histoire sans titre</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Ouvre %1</translation>
    </message>
</context>
<context>
    <name>Spill::PatternsView</name>
    <message>
        <source>Patterns</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Click a bar, or select it and press Enter, to see those stories.</source>
        <translation>Cliquez sur une barre, ou sélectionnez-la et appuyez sur Enter, pour voir ces histoires.</translation>
    </message>
    <message>
        <source>Fails by &amp;kind</source>
        <translation>Ratés par &amp;type</translation>
    </message>
    <message>
        <source>Fails by &amp;month, last twelve months</source>
        <translation>Ratés par &amp;mois, sur les douze derniers mois</translation>
    </message>
    <message>
        <source>How they &amp;ended</source>
        <translation>Comment ils ont &amp;fini</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n fails</source>
        <translation>
            <numerusform>%1&#xa0;: %n raté</numerusform>
            <numerusform>%1&#xa0;: %n ratés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stories (%2%)</source>
        <translation>
            <numerusform>%1&#xa0;: %n histoire (%2&#xa0;%)</numerusform>
            <numerusform>%1&#xa0;: %n histoires (%2&#xa0;%)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n fails redeemed (%2%).</source>
        <translation>
            <numerusform>Ratés rattrapés&#xa0;: %1 sur %n (%2&#xa0;%).</numerusform>
            <numerusform>Ratés rattrapés&#xa0;: %1 sur %n (%2&#xa0;%).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median time to redemption: %n days.</source>
        <translation>
            <numerusform>Délai médian avant rattrapage&#xa0;: %n jour.</numerusform>
            <numerusform>Délai médian avant rattrapage&#xa0;: %n jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::PersonalDictionary</name>
    <message>
        <source>Cannot read the personal dictionary %1: %2</source>
        <translation>Impossible de lire le dictionnaire personnel %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save the personal dictionary %1: %2</source>
        <translation>Impossible d&apos;enregistrer le dictionnaire personnel %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Spill::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Spelling</source>
        <translation>&amp;Orthographe</translation>
    </message>
    <message>
        <source>E&amp;xport Targets</source>
        <translation>Destinations d&apos;e&amp;xport</translation>
    </message>
    <message>
        <source>Word&amp;Press</source>
        <translation>Word&amp;Press</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Follow the s&amp;ystem</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>How Spill looks. The change shows at once.</source>
        <translation>L&apos;apparence de Spill. Le changement s&apos;applique immédiatement.</translation>
    </message>
    <message>
        <source>Following the system, Spill is dark when the desktop&apos;s settings portal prefers dark, or when the GTK theme is a dark one (GTK_THEME ending in &quot;:dark&quot; or &quot;-dark&quot;); otherwise light.</source>
        <translation>En suivant le système, Spill est sombre quand le portail de paramètres du bureau préfère le sombre, ou quand le thème GTK est sombre (GTK_THEME se terminant par &quot;:dark&quot; ou &quot;-dark&quot;)&#xa0;; sinon, il est clair.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between versions</source>
        <translation>Minutes entre les versions</translation>
    </message>
    <message>
        <source>While you write, History keeps a version of the story every so many minutes (none while you are away), and one whenever the status changes or you save one. From %1 to %2 minutes; %3 unless you choose otherwise.</source>
        <translation>Pendant que vous écrivez, l&apos;Historique garde une version de l&apos;histoire toutes les quelques minutes (aucune pendant votre absence), ainsi qu&apos;une à chaque changement de statut ou quand vous en enregistrez une. De %1 à %2 minutes&#xa0;; %3 sauf si vous choisissez autrement.</translation>
    </message>
    <message>
        <source>Keep a version e&amp;very:</source>
        <translation>Garder une version &amp;toutes les&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Spill::PreviewBrowser</name>
    <message>
        <source>Preview message</source>
        <translation>Message de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Starting the browser engine…</source>
        <translation>Démarrage du moteur de navigateur…</translation>
    </message>
    <message>
        <source>Rendered post</source>
        <translation>Article rendu</translation>
    </message>
    <message>
        <source>%1

Open in browser shows the same page in your web browser.</source>
        <translation>%1

«&#xa0;Ouvrir dans le navigateur&#xa0;» affiche la même page dans votre navigateur web.</translation>
    </message>
    <message>
        <source>The browser engine could not show %1.

Open in browser shows the same page in your web browser.</source>
        <translation>Le moteur de navigateur n&apos;a pas pu afficher %1.

«&#xa0;Ouvrir dans le navigateur&#xa0;» affiche la même page dans votre navigateur web.</translation>
    </message>
</context>
<context>
    <name>Spill::PublishDialog</name>
    <message>
        <source>Copy for WordPress</source>
        <translation>Copier pour WordPress</translation>
    </message>
    <message>
        <source>Publish to WordPress</source>
        <translation>Publier sur WordPress</translation>
    </message>
    <message>
        <source>WordPress site</source>
        <translation>Site WordPress</translation>
    </message>
    <message>
        <source>Add Si&amp;te…</source>
        <translation>Ajouter un si&amp;te…</translation>
    </message>
    <message>
        <source>As a &amp;draft, to finish in WordPress</source>
        <translation>En &amp;brouillon, à terminer dans WordPress</translation>
    </message>
    <message>
        <source>Publish &amp;now</source>
        <translation>Publier &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Schedule for</source>
        <translation>Pro&amp;grammer pour le</translation>
    </message>
    <message>
        <source>Publish on</source>
        <translation>Publier le</translation>
    </message>
    <message>
        <source>The blog takes c&amp;omments: the post invites them</source>
        <translation>Le blog accepte les c&amp;ommentaires&#xa0;: l&apos;article y invite</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite&#xa0;:</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>Article&#xa0;:</translation>
    </message>
    <message>
        <source>Publishing step</source>
        <translation>Avancement de la publication</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progression de l&apos;envoi</translation>
    </message>
    <message>
        <source>Publishing summary</source>
        <translation>Résumé de la publication</translation>
    </message>
    <message>
        <source>Publishing errors and notes</source>
        <translation>Erreurs et notes de la publication</translation>
    </message>
    <message>
        <source>&amp;Upload and Copy</source>
        <translation>&amp;Envoyer et copier</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>The story&apos;s photos and clips go to the site&apos;s media library first, each with its alt text and caption; then the post is copied as blocks that show them, to paste into the block editor&apos;s code view. No post is made.</source>
        <translation>Les photos et clips de l&apos;histoire vont d&apos;abord dans la médiathèque du site, chacun avec son texte alternatif et sa légende&#xa0;; puis l&apos;article est copié sous forme de blocs qui les affichent, à coller dans la vue code de l&apos;éditeur de blocs. Aucun article n&apos;est créé.</translation>
    </message>
    <message numerus="yes">
        <source>%n story goes to the site with its photos and clips; one published before updates its post.</source>
        <translation>
            <numerusform>%n histoire part sur le site avec ses photos et clips&#xa0;; si elle a déjà été publiée, son article est mis à jour.</numerusform>
            <numerusform>%n histoires partent sur le site avec leurs photos et clips&#xa0;; celles déjà publiées mettent à jour leur article.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>Add a WordPress site first</source>
        <translation>Ajoutez d&apos;abord un site WordPress</translation>
    </message>
    <message>
        <source>No WordPress site yet: add yours with “Add Site…”. You need its address, your user name and an application password.</source>
        <translation>Pas encore de site WordPress&#xa0;: ajoutez le vôtre avec «&#xa0;Ajouter un site…&#xa0;». Il vous faut son adresse, votre nom d&apos;utilisateur et un mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The story open in Write could not be saved, so it was not copied: see the message in Write.</source>
        <translation>L&apos;histoire ouverte dans «&#xa0;Écrire&#xa0;» n&apos;a pas pu être enregistrée, elle n&apos;a donc pas été copiée&#xa0;: voir le message dans «&#xa0;Écrire&#xa0;».</translation>
    </message>
    <message>
        <source>The story open in Write could not be saved, so it was not published: see the message in Write.</source>
        <translation>L&apos;histoire ouverte dans «&#xa0;Écrire&#xa0;» n&apos;a pas pu être enregistrée, elle n&apos;a donc pas été publiée&#xa0;: voir le message dans «&#xa0;Écrire&#xa0;».</translation>
    </message>
    <message>
        <source>Story %1 of %2: %3</source>
        <translation>Histoire %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message numerus="yes">
        <source>Copied “%1” for WordPress with its photos and clips, which are on the site (%n uploaded now): paste it into the block editor&apos;s code view.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» copié pour WordPress avec ses photos et clips, qui sont sur le site (%n envoyé maintenant)&#xa0;: collez-le dans la vue code de l&apos;éditeur de blocs.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» copié pour WordPress avec ses photos et clips, qui sont sur le site (%n envoyés maintenant)&#xa0;: collez-le dans la vue code de l&apos;éditeur de blocs.</numerusform>
        </translation>
    </message>
    <message>
        <source>published</source>
        <translation>publiée</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programmée</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>un brouillon</translation>
    </message>
    <message>
        <source>“%1” is %2: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;</source>
        <translation>«&#xa0;%1&#xa0;» est %2&#xa0;: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Cancelled. Nothing of a story that did not finish was kept in the library; publishing again reuses what reached the site.</source>
        <translation>Annulé. Rien d&apos;une histoire non terminée n&apos;a été gardé dans la bibliothèque&#xa0;; une nouvelle publication réutilisera ce qui a déjà atteint le site.</translation>
    </message>
    <message>
        <source>Nothing was copied; trying again reuses what reached the site.</source>
        <translation>Rien n&apos;a été copié&#xa0;; un nouvel essai réutilisera ce qui a déjà atteint le site.</translation>
    </message>
    <message numerus="yes">
        <source>%n story could not be published; publishing again reuses what reached the site.</source>
        <translation>
            <numerusform>%n histoire n&apos;a pas pu être publiée&#xa0;; une nouvelle publication réutilisera ce qui a déjà atteint le site.</numerusform>
            <numerusform>%n histoires n&apos;ont pas pu être publiées&#xa0;; une nouvelle publication réutilisera ce qui a déjà atteint le site.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Spill::RedemptionDialog</name>
    <message>
        <source>Link Redemption</source>
        <translation>Lier un rattrapage</translation>
    </message>
    <message>
        <source>Where did it work out? Both posts will mention each other.</source>
        <translation>Où est-ce que ça a marché&#xa0;? Les deux articles se citeront l&apos;un l&apos;autre.</translation>
    </message>
    <message>
        <source>A later &amp;story in this library:</source>
        <translation>Une &amp;histoire plus récente de cette bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>Loading stories…</source>
        <translation>Chargement des histoires…</translation>
    </message>
    <message>
        <source>A post &amp;elsewhere:</source>
        <translation>Un article &amp;ailleurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Redeemed on:</source>
        <translation>&amp;Rattrapé le&#xa0;:</translation>
    </message>
    <message>
        <source>The stories could not be read: %1</source>
        <translation>Les histoires n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Histoire sans titre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An address that starts with https:// or http://</source>
        <translation>Une adresse qui commence par https:// ou http://</translation>
    </message>
</context>
<context>
    <name>Spill::RedemptionEdit</name>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Histoire sans titre</translation>
    </message>
    <message>
        <source>Redeemed by %1 on %2.</source>
        <translation>Rattrapé par %1 le %2.</translation>
    </message>
    <message>
        <source>Redeemed by %1.</source>
        <translation>Rattrapé par %1.</translation>
    </message>
    <message>
        <source>This story redeems “%1”.</source>
        <translation>Cette histoire rattrape «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Rattrapage</translation>
    </message>
    <message>
        <source>Did you try again? Link the story or post where it worked: both posts will mention each other</source>
        <translation>Vous avez réessayé&#xa0;? Liez l&apos;histoire ou l&apos;article où ça a marché&#xa0;: les deux articles se citeront l&apos;un l&apos;autre</translation>
    </message>
    <message>
        <source>Link Rede&amp;mption…</source>
        <translation>Li&amp;er un rattrapage…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Link Redemption</source>
        <translation>Lier un rattrapage</translation>
    </message>
    <message>
        <source>Unlink Redemption</source>
        <translation>Délier le rattrapage</translation>
    </message>
    <message>
        <source>Not redeemed yet.</source>
        <translation>Pas encore rattrapé.</translation>
    </message>
</context>
<context>
    <name>Spill::RevisionsDialog</name>
    <message>
        <source>Story History</source>
        <translation>Historique de l&apos;histoire</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versions enregistrées</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Texte de la version sélectionnée</translation>
    </message>
    <message>
        <source>Select a version to read it.</source>
        <translation>Sélectionnez une version pour la lire.</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message numerus="yes">
        <source>Spill keeps a version every %n minute(s) of writing, when the status changes and whenever you save one (Ctrl+Shift+S). Preferences sets how often.</source>
        <translation>
            <numerusform>Spill garde une version par tranche de %n minute d&apos;écriture, à chaque changement de statut et chaque fois que vous en enregistrez une (Ctrl+Shift+S). La fréquence se règle dans les Préférences.</numerusform>
            <numerusform>Spill garde une version par tranche de %n minutes d&apos;écriture, à chaque changement de statut et chaque fois que vous en enregistrez une (Ctrl+Shift+S). La fréquence se règle dans les Préférences.</numerusform>
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
        <translation>Pas encore de versions&#xa0;: Spill en garde pendant que vous écrivez.</translation>
    </message>
    <message>
        <source>Saved by you</source>
        <translation>Enregistrée par vous</translation>
    </message>
    <message>
        <source>While writing</source>
        <translation>Pendant l&apos;écriture</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Histoire sans titre</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(non écrit)</translation>
    </message>
    <message>
        <source>Could not restore this version: %1</source>
        <translation>Impossible de restaurer cette version&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Spill::SampleStory</name>
    <message>
        <source>The sample story is missing from this build of Spill.</source>
        <translation>L&apos;histoire d&apos;exemple manque dans cette version de Spill.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the sample photos: %1</source>
        <translation>Impossible de créer un dossier temporaire pour les photos d&apos;exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not copy the sample photo %1.</source>
        <translation>Impossible de copier la photo d&apos;exemple %1.</translation>
    </message>
</context>
<context>
    <name>Spill::SaveStatus</name>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n s ago</source>
        <translation>
            <numerusform>Enregistré · il y a %n s</numerusform>
            <numerusform>Enregistré · il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n min ago</source>
        <translation>
            <numerusform>Enregistré · il y a %n min</numerusform>
            <numerusform>Enregistré · il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
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
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce qu&apos;elles font</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Menu %1</translation>
    </message>
    <message>
        <source>Writing a beat</source>
        <translation>Écrire une étape</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>On the first line: the beat above</source>
        <translation>Sur la première ligne&#xa0;: l&apos;étape au-dessus</translation>
    </message>
    <message>
        <source>On the last line: the beat below</source>
        <translation>Sur la dernière ligne&#xa0;: l&apos;étape en dessous</translation>
    </message>
    <message>
        <source>Photos and clips of a beat</source>
        <translation>Photos et clips d&apos;une étape</translation>
    </message>
    <message>
        <source>Previous photo or clip</source>
        <translation>Photo ou clip précédent</translation>
    </message>
    <message>
        <source>Next photo or clip</source>
        <translation>Photo ou clip suivant</translation>
    </message>
    <message>
        <source>Move it earlier</source>
        <translation>Le déplacer vers l&apos;avant</translation>
    </message>
    <message>
        <source>Move it later</source>
        <translation>Le déplacer vers l&apos;arrière</translation>
    </message>
    <message>
        <source>Play a clip; for a photo, write its alt text</source>
        <translation>Lire un clip&#xa0;; pour une photo, écrire son texte alternatif</translation>
    </message>
    <message>
        <source>Remove from the story</source>
        <translation>Retirer de l&apos;histoire</translation>
    </message>
    <message>
        <source>Paste a copied photo</source>
        <translation>Coller une photo copiée</translation>
    </message>
    <message>
        <source>Playing a clip</source>
        <translation>Lecture d&apos;un clip</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <source>One second back</source>
        <translation>Une seconde en arrière</translation>
    </message>
    <message>
        <source>One second on</source>
        <translation>Une seconde en avant</translation>
    </message>
    <message>
        <source>A frame back</source>
        <translation>Une image en arrière</translation>
    </message>
    <message>
        <source>A frame on</source>
        <translation>Une image en avant</translation>
    </message>
    <message>
        <source>Story list and Gallery</source>
        <translation>Liste des histoires et Galerie</translation>
    </message>
    <message>
        <source>Open the story</source>
        <translation>Ouvrir l&apos;histoire</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>In the trash: restore</source>
        <translation>Dans la corbeille&#xa0;: restaurer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the checked stories</source>
        <translation>Exporter les histoires cochées</translation>
    </message>
    <message>
        <source>Copy HTML</source>
        <translation>Copier le HTML</translation>
    </message>
    <message>
        <source>Copy Markdown</source>
        <translation>Copier en Markdown</translation>
    </message>
    <message>
        <source>Copy for WordPress</source>
        <translation>Copier pour WordPress</translation>
    </message>
    <message>
        <source>First photo or clip</source>
        <translation>Première photo ou premier clip</translation>
    </message>
    <message>
        <source>Last photo or clip</source>
        <translation>Dernière photo ou dernier clip</translation>
    </message>
    <message>
        <source>To the start</source>
        <translation>Au début</translation>
    </message>
    <message>
        <source>To the end</source>
        <translation>À la fin</translation>
    </message>
    <message>
        <source>On a beat&apos;s heading: suggestions, or no heading</source>
        <translation>Sur l&apos;intertitre d&apos;une étape&#xa0;: suggestions, ou aucun intertitre</translation>
    </message>
    <message>
        <source>Go to the story&apos;s step 1 to 5</source>
        <translation>Aller à l’étape 1 à 5 de l’histoire</translation>
    </message>
</context>
<context>
    <name>Spill::Sidebar</name>
    <message>
        <source>Places</source>
        <translation>Sections</translation>
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
        <translation>Ce que je visais</translation>
    </message>
    <message>
        <source>What I got</source>
        <translation>Ce que j&apos;ai obtenu</translation>
    </message>
    <message>
        <source>Add a dream photo</source>
        <translation>Ajouter une photo du rêve</translation>
    </message>
    <message>
        <source>Add a reality photo</source>
        <translation>Ajouter une photo de la réalité</translation>
    </message>
    <message>
        <source>The photo of how it should have looked</source>
        <translation>La photo de ce à quoi ça aurait dû ressembler</translation>
    </message>
    <message>
        <source>The photo of how it really turned out</source>
        <translation>La photo de ce que ça a vraiment donné</translation>
    </message>
    <message>
        <source>Intended and actual</source>
        <translation>Prévu et obtenu</translation>
    </message>
</context>
<context>
    <name>Spill::SpellChecker</name>
    <message>
        <source>Spelling is not checked: no dictionary for %1 is installed.</source>
        <translation>L&apos;orthographe n&apos;est pas vérifiée&#xa0;: aucun dictionnaire n&apos;est installé pour %1.</translation>
    </message>
    <message>
        <source>Spelling is not checked: the dictionary %1 could not be read (%2).</source>
        <translation>L&apos;orthographe n&apos;est pas vérifiée&#xa0;: le dictionnaire %1 n&apos;a pas pu être lu (%2).</translation>
    </message>
</context>
<context>
    <name>Spill::SpellMenu</name>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» au dictionnaire</translation>
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
        <translation>Ajouter au &amp;dictionnaire</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Lan&amp;guage of new stories:</source>
        <translation>&amp;Langue des nouvelles histoires&#xa0;:</translation>
    </message>
    <message>
        <source>Your w&amp;ords, which Spill never underlines:</source>
        <translation>Vos &amp;mots, que Spill ne souligne jamais&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;word:</source>
        <translation>No&amp;uveau mot&#xa0;:</translation>
    </message>
    <message>
        <source>Kept in %1, one word per line.</source>
        <translation>Conservés dans %1, un mot par ligne.</translation>
    </message>
    <message>
        <source>The system&apos;s language: %1</source>
        <translation>La langue du système&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Spill::StoryCardDelegate</name>
    <message>
        <source>Redeemed</source>
        <translation>Rattrapé</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Histoire sans titre</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Spill::StoryController</name>
    <message>
        <source>there is nothing to keep yet, so write something first</source>
        <translation>il n&apos;y a encore rien à garder&#xa0;: écrivez d&apos;abord quelque chose</translation>
    </message>
    <message>
        <source>its last changes could not be saved</source>
        <translation>ses dernières modifications n&apos;ont pas pu être enregistrées</translation>
    </message>
</context>
<context>
    <name>Spill::StoryDocument</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Add Photo</source>
        <translation>Ajouter une photo</translation>
    </message>
    <message>
        <source>Add %1 Photos</source>
        <translation>Ajouter %1 photos</translation>
    </message>
    <message>
        <source>Add Clip</source>
        <translation>Ajouter un clip</translation>
    </message>
    <message>
        <source>Add %1 Clips</source>
        <translation>Ajouter %1 clips</translation>
    </message>
    <message>
        <source>Add %1 Photos and Clips</source>
        <translation>Ajouter %1 photos et clips</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>Plat</translation>
    </message>
    <message>
        <source>Recipe Link</source>
        <translation>Lien de la recette</translation>
    </message>
    <message>
        <source>Published Link</source>
        <translation>Lien de publication</translation>
    </message>
    <message>
        <source>What Went Wrong</source>
        <translation>Ce qui a raté</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>What I changed</source>
        <translation>Ce que j&apos;ai changé</translation>
    </message>
    <message>
        <source>The fixed recipe</source>
        <translation>La recette corrigée</translation>
    </message>
    <message>
        <source>Link Redemption</source>
        <translation>Lier un rattrapage</translation>
    </message>
    <message>
        <source>Unlink Redemption</source>
        <translation>Délier le rattrapage</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <source>Hide Heading</source>
        <translation>Masquer l&apos;intertitre</translation>
    </message>
    <message>
        <source>Default Heading</source>
        <translation>Intertitre par défaut</translation>
    </message>
    <message>
        <source>Remove Clip</source>
        <translation>Retirer le clip</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Move Clip</source>
        <translation>Déplacer le clip</translation>
    </message>
    <message>
        <source>Move Photo</source>
        <translation>Déplacer la photo</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Describe Clip</source>
        <translation>Décrire le clip</translation>
    </message>
    <message>
        <source>Describe Photo</source>
        <translation>Décrire la photo</translation>
    </message>
    <message>
        <source>Mark as Decorative</source>
        <translation>Marquer comme décorative</translation>
    </message>
    <message>
        <source>Unmark as Decorative</source>
        <translation>Ne plus marquer comme décorative</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Poster Frame</source>
        <translation>Image d&apos;affiche</translation>
    </message>
    <message>
        <source>Unmark as Edited</source>
        <translation>Ne plus marquer comme retouchée</translation>
    </message>
    <message>
        <source>Mark as Edited</source>
        <translation>Marquer comme retouchée</translation>
    </message>
    <message>
        <source>Why Not Edited</source>
        <translation>Pourquoi non retouchée</translation>
    </message>
    <message>
        <source>Edit Media</source>
        <translation>Modifier le média</translation>
    </message>
</context>
<context>
    <name>Spill::StoryEditor</name>
    <message>
        <source>Story editor</source>
        <translation>Éditeur d&apos;histoire</translation>
    </message>
    <message>
        <source>Story page</source>
        <translation>Page de l&apos;histoire</translation>
    </message>
    <message>
        <source>Story coach</source>
        <translation>Coach de l&apos;histoire</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>Aller à «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Spill::StoryFileOpener</name>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Ce fichier ne peut pas être importé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be imported: this library is open read-only.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être importée&#xa0;: cette bibliothèque est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Histoire sans titre</translation>
    </message>
    <message>
        <source>Import a Story</source>
        <translation>Importer une histoire</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot; into your library?</source>
        <translation>Importer «&#xa0;%1&#xa0;» dans votre bibliothèque&#xa0;?</translation>
    </message>
    <message>
        <source>From %1. Its photos and clips are copied into the library; the file itself is left as it is.</source>
        <translation>Depuis %1. Ses photos et clips sont copiés dans la bibliothèque&#xa0;; le fichier lui-même reste tel quel.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not imported; nothing of it was kept.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été importée&#xa0;; rien n&apos;en a été gardé.</translation>
    </message>
    <message>
        <source>From %1. The file itself is left as it is.</source>
        <translation>Depuis %1. Le fichier lui-même reste tel quel.</translation>
    </message>
</context>
<context>
    <name>Spill::StoryListModel</name>
    <message>
        <source>Untitled story</source>
        <translation>Histoire sans titre</translation>
    </message>
    <message>
        <source>trashed %1</source>
        <translation>mise à la corbeille %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::StoryListPanel</name>
    <message>
        <source>Stories</source>
        <translation>Histoires</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>New story (%1)</source>
        <translation>Nouvelle histoire (%1)</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Nouvelle histoire</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Afficher la corbeille</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <source>Back to stories</source>
        <translation>Retour aux histoires</translation>
    </message>
    <message>
        <source>Back to the stories</source>
        <translation>Retour aux histoires</translation>
    </message>
</context>
<context>
    <name>Spill::TagEdit</name>
    <message>
        <source>Tag suggestions</source>
        <translation>Suggestions d&apos;étiquettes</translation>
    </message>
</context>
<context>
    <name>Spill::TrashPreview</name>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Take the story out of the trash and open it (Enter in the list)</source>
        <translation>Sortir l&apos;histoire de la corbeille et l&apos;ouvrir (Enter dans la liste)</translation>
    </message>
    <message>
        <source>The trashed story</source>
        <translation>L&apos;histoire mise à la corbeille</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Histoire sans titre</translation>
    </message>
    <message>
        <source>In the trash since %1. Restore it to edit it again.</source>
        <translation>Dans la corbeille depuis %1. Restaurez-la pour la modifier à nouveau.</translation>
    </message>
    <message>
        <source>In the trash. Restore it to edit it again.</source>
        <translation>Dans la corbeille. Restaurez-la pour la modifier à nouveau.</translation>
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
        <translation>Position dans le clip</translation>
    </message>
    <message>
        <source>Use this frame as &amp;poster</source>
        <translation>Utiliser cette image comme &amp;affiche</translation>
    </message>
    <message>
        <source>Shown before the clip plays, in the editor and the exported post</source>
        <translation>Affichée avant la lecture du clip, dans l&apos;éditeur et dans l&apos;article exporté</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 cannot be played: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Poster frame set to %1</source>
        <translation>Image d&apos;affiche réglée sur %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
</context>
<context>
    <name>Spill::WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Every kitchen fail is a story</source>
        <translation>Chaque raté en cuisine est une histoire</translation>
    </message>
    <message>
        <source>The collapsed soufflé, the split custard, the blender that exploded: readers trust the creator who shows the burnt edges. Spill walks you through five short beats, from the dish you meant to make to the question you ask your readers.</source>
        <translation>Le soufflé effondré, la crème anglaise tranchée, le mixeur qui a explosé&#xa0;: les lecteurs font confiance à qui montre les bords brûlés. Spill vous guide en cinq courtes étapes, du plat que vous vouliez préparer à la question que vous posez à vos lecteurs.</translation>
    </message>
    <message>
        <source>Start your first story</source>
        <translation>Commencer votre première histoire</translation>
    </message>
    <message>
        <source>Add a sample story</source>
        <translation>Ajouter une histoire d&apos;exemple</translation>
    </message>
    <message>
        <source>A finished story, to see what a good one looks like</source>
        <translation>Une histoire terminée, pour voir à quoi ressemble une bonne histoire</translation>
    </message>
</context>
<context>
    <name>Spill::WordPressSiteDialog</name>
    <message>
        <source>Add WordPress Site</source>
        <translation>Ajouter un site WordPress</translation>
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
        <translation>Créez un mot de passe d&apos;application dans WordPress sous Comptes &gt; Profil &gt; Mots de passe d&apos;application. Spill le conserve dans le trousseau du système, jamais dans ses propres fichiers.</translation>
    </message>
    <message>
        <source>&amp;Check Connection</source>
        <translation>&amp;Vérifier la connexion</translation>
    </message>
    <message>
        <source>&amp;Add Site</source>
        <translation>&amp;Ajouter le site</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Ad&amp;resse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation>&amp;Mot de passe d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Type the site&apos;s address.</source>
        <translation>Saisissez l&apos;adresse du site.</translation>
    </message>
    <message>
        <source>“%1” is not a website address (http or https).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de site web (http ou https).</translation>
    </message>
    <message>
        <source>Type your WordPress user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur WordPress.</translation>
    </message>
    <message>
        <source>Paste the application password.</source>
        <translation>Collez le mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>Spill::WordPressSites</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Spill::WordPressSitesPage</name>
    <message>
        <source>Spill publishes stories straight to these WordPress sites, photos and clips included.</source>
        <translation>Spill publie les histoires directement sur ces sites WordPress, photos et clips compris.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Your &amp;blogs:</source>
        <translation>Vos &amp;blogs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New Site…</source>
        <translation>&amp;Nouveau site…</translation>
    </message>
    <message>
        <source>&amp;Check Connection</source>
        <translation>&amp;Vérifier la connexion</translation>
    </message>
    <message>
        <source>Forget S&amp;ite</source>
        <translation>Oublier le s&amp;ite</translation>
    </message>
    <message>
        <source>Forget the site and its password here; nothing on the site changes</source>
        <translation>Oublier ici le site et son mot de passe&#xa0;; rien ne change sur le site</translation>
    </message>
    <message>
        <source>No sites yet: add one to publish from Export.</source>
        <translation>Pas encore de site&#xa0;: ajoutez-en un pour publier depuis «&#xa0;Exporter&#xa0;».</translation>
    </message>
    <message>
        <source>Keeping the password…</source>
        <translation>Conservation du mot de passe…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>%1 is forgotten here; its posts stay on the site.</source>
        <translation>%1 est oublié ici&#xa0;; ses articles restent sur le site.</translation>
    </message>
</context>
<context>
    <name>Spill::WritePlace</name>
    <message>
        <source>Could not duplicate: %1</source>
        <translation>Impossible de dupliquer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Story moved to the trash.</source>
        <translation>Histoire mise à la corbeille.</translation>
    </message>
    <message>
        <source>Story restored.</source>
        <translation>Histoire restaurée.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Select a story in the trash to see it here.</source>
        <translation>Sélectionnez une histoire dans la corbeille pour la voir ici.</translation>
    </message>
    <message>
        <source>Could not read this story: %1</source>
        <translation>Impossible de lire cette histoire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation>Vider la corbeille&#xa0;?</translation>
    </message>
    <message>
        <source>The stories in the trash and their versions will be deleted for good, with photos no other story uses. This cannot be undone.</source>
        <translation>Les histoires de la corbeille et leurs versions seront supprimées définitivement, avec les photos qu&apos;aucune autre histoire n&apos;utilise. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Could not empty the trash: %1</source>
        <translation>Impossible de vider la corbeille&#xa0;: %1</translation>
    </message>
    <message>
        <source>The trash is empty, but some photos stayed: %1</source>
        <translation>La corbeille est vide, mais certaines photos sont restées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Could not open the story: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;histoire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your last changes could not be saved, so this was not done.</source>
        <translation>Vos dernières modifications n&apos;ont pas pu être enregistrées, rien n&apos;a donc été fait.</translation>
    </message>
    <message>
        <source>This story has no history yet.</source>
        <translation>Cette histoire n&apos;a pas encore d&apos;historique.</translation>
    </message>
    <message>
        <source>Version restored. The text before it is kept under History.</source>
        <translation>Version restaurée. Le texte précédent est conservé dans l&apos;Historique.</translation>
    </message>
    <message>
        <source>Adding the sample story…</source>
        <translation>Ajout de l&apos;histoire d&apos;exemple…</translation>
    </message>
    <message>
        <source>Could not add the sample story: %1</source>
        <translation>Impossible d&apos;ajouter l&apos;histoire d&apos;exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>Version saved. Find it under History.</source>
        <translation>Version enregistrée. Retrouvez-la dans l&apos;Historique.</translation>
    </message>
    <message>
        <source>Could not save a version: %1</source>
        <translation>Impossible d&apos;enregistrer une version&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not add the word: %1</source>
        <translation>Impossible d&apos;ajouter le mot&#xa0;: %1</translation>
    </message>
    <message>
        <source>This library is open read-only, so nothing you type can be saved. %1</source>
        <translation>Cette bibliothèque est ouverte en lecture seule&#xa0;: rien de ce que vous tapez ne peut être enregistré. %1</translation>
    </message>
    <message>
        <source>Read-only library</source>
        <translation>Bibliothèque en lecture seule</translation>
    </message>
    <message>
        <source>Spelling language of this story</source>
        <translation>Langue d&apos;orthographe de cette histoire</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Story history</source>
        <translation>Historique de l&apos;histoire</translation>
    </message>
    <message>
        <source>Earlier versions of this story</source>
        <translation>Versions précédentes de cette histoire</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Nouvelle histoire</translation>
    </message>
    <message>
        <source>Save a &amp;Version</source>
        <translation>Enregistrer une &amp;version</translation>
    </message>
    <message>
        <source>Story &amp;History…</source>
        <translation>&amp;Historique de l&apos;histoire…</translation>
    </message>
    <message>
        <source>Go to the Story &amp;List</source>
        <translation>Aller à la &amp;liste des histoires</translation>
    </message>
</context>
<context>
    <name>SpillModule</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation>il manque %2 dans %1</translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <source>Ingredient</source>
        <translation>Ingrédient</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Ustensile</translation>
    </message>
    <message>
        <source>Burnt</source>
        <translation>Brûlé</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Effondré</translation>
    </message>
    <message>
        <source>Split or curdled</source>
        <translation>Tranché ou caillé</translation>
    </message>
    <message>
        <source>Under- or overcooked</source>
        <translation>Pas assez ou trop cuit</translation>
    </message>
    <message>
        <source>Forgotten ingredient</source>
        <translation>Ingrédient oublié</translation>
    </message>
    <message>
        <source>Wrong substitution</source>
        <translation>Mauvais remplacement</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Spill or drop</source>
        <translation>Renversé ou tombé</translation>
    </message>
    <message>
        <source>Seasoning</source>
        <translation>Assaisonnement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Rescued</source>
        <translation>Sauvé</translation>
    </message>
    <message>
        <source>Partly rescued</source>
        <translation>Sauvé en partie</translation>
    </message>
    <message>
        <source>Binned</source>
        <translation>Jeté</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Dream</source>
        <translation>Rêve</translation>
    </message>
    <message>
        <source>Reality</source>
        <translation>Réalité</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>crop</source>
        <translation>recadrage</translation>
    </message>
    <message>
        <source>light</source>
        <translation>lumière</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
</context>
<context>
    <name>StoryJson</name>
    <message>
        <source>&quot;headings&quot; must be an object</source>
        <translation>«&#xa0;headings&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>&quot;headings.%1&quot; must be a string or null</source>
        <translation>«&#xa0;headings.%1&#xa0;» doit être une chaîne ou null</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>«&#xa0;%1&#xa0;» doit être %2, pas %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2, not &quot;%3&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit être l&apos;une des valeurs %2, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>«&#xa0;%1&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date and time with a UTC offset, like 2026-11-20T18:30:00+01:00, not &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit être une date et une heure avec un décalage UTC, comme 2026-11-20T18:30:00+01:00, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;format&quot; is &quot;%1&quot;, but this version of Spill reads &quot;%2&quot;</source>
        <translation>«&#xa0;format&#xa0;» vaut «&#xa0;%1&#xa0;», mais cette version de Spill lit «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;slug&quot; must use only lowercase letters, digits and single hyphens (at most %1 characters), not &quot;%2&quot;</source>
        <translation>«&#xa0;slug&#xa0;» ne doit contenir que des lettres minuscules, des chiffres et des tirets simples (%1 caractères au plus), pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a story&apos;s slug, not &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit être le slug d&apos;une histoire, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date like 2026-12-01, not &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit être une date comme 2026-12-01, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>«&#xa0;%1&#xa0;» ne doit pas être vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a path inside the story&apos;s folder, not &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit être un chemin dans le dossier de l&apos;histoire, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of milliseconds, 0 or more, not %2</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier de millisecondes, 0 ou plus, pas %2</translation>
    </message>
    <message>
        <source>line %1, column %2: JSON syntax error: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: erreur de syntaxe JSON&#xa0;: %3</translation>
    </message>
    <message>
        <source>the file must hold one JSON object, not %1</source>
        <translation>le fichier doit contenir un seul objet JSON, pas %1</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>une valeur unique</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be kept exactly: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être conservé à l&apos;identique&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: media file &quot;%2&quot; must be a path inside the story&apos;s folder</source>
        <translation>%1&#xa0;: le fichier média «&#xa0;%2&#xa0;» doit être un chemin dans le dossier de l&apos;histoire</translation>
    </message>
    <message>
        <source>%1: media file &quot;%2&quot; leads outside the story&apos;s folder</source>
        <translation>%1&#xa0;: le fichier média «&#xa0;%2&#xa0;» mène hors du dossier de l&apos;histoire</translation>
    </message>
    <message>
        <source>it holds an unpaired surrogate \u%1 (character %2), which is not text</source>
        <translation>il contient un demi-codet (surrogate) isolé \u%1 (caractère %2), qui n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>it starts with a byte order mark (U+FEFF), which Spill&apos;s reader would drop</source>
        <translation>il commence par une marque d&apos;ordre des octets (U+FEFF), que le lecteur de Spill supprimerait</translation>
    </message>
    <message>
        <source>it holds the noncharacter U+%1 (character %2), which Spill&apos;s reader would replace</source>
        <translation>il contient le non-caractère U+%1 (caractère %2), que le lecteur de Spill remplacerait</translation>
    </message>
    <message>
        <source>it holds the character U+%1 (character %2), which Spill cannot keep exactly</source>
        <translation>il contient le caractère U+%1 (caractère %2), que Spill ne peut pas conserver à l&apos;identique</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice; keep the one you mean</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois&#xa0;; gardez la valeur voulue</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <source>no thumbnail of %1 pixels can be made for %2.%3</source>
        <translation>impossible de créer une miniature de %1 pixels pour %2.%3</translation>
    </message>
    <message>
        <source>%1: the media file is missing from the library</source>
        <translation>%1&#xa0;: le fichier média manque dans la bibliothèque</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the thumbnail %1 cannot be written (%2)</source>
        <translation>impossible d&apos;écrire la miniature %1 (%2)</translation>
    </message>
    <message>
        <source>no image or a malformed name</source>
        <translation>pas d&apos;image, ou nom mal formé</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>encoding failed</source>
        <translation>échec de l&apos;encodage</translation>
    </message>
    <message>
        <source>%1.%2 is not a stored clip</source>
        <translation>%1.%2 n&apos;est pas un clip stocké</translation>
    </message>
    <message>
        <source>%1: no frame at %2 ms</source>
        <translation>%1&#xa0;: aucune image à %2 ms</translation>
    </message>
    <message>
        <source>the poster frame %1 cannot be written (%2)</source>
        <translation>impossible d&apos;écrire l&apos;image d&apos;affiche %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TransferModule</name>
    <message>
        <source>import, export and publish are not installed (%1)</source>
        <translation>l&apos;importation, l&apos;export et la publication ne sont pas installés (%1)</translation>
    </message>
    <message>
        <source>the share kit cannot be painted (%1)</source>
        <translation>le kit de partage ne peut pas être dessiné (%1)</translation>
    </message>
</context>
<context>
    <name>TrashStoriesCommand</name>
    <message>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>VideoModule</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not Spill&apos;s video module</source>
        <translation>%1 n&apos;est pas le module vidéo de Spill</translation>
    </message>
    <message>
        <source>Spill&apos;s video support is not installed (%1)</source>
        <translation>La prise en charge de la vidéo par Spill n&apos;est pas installée (%1)</translation>
    </message>
</context>
<context>
    <name>VideoProbe</name>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>it has no video track</source>
        <translation>il n&apos;a pas de piste vidéo</translation>
    </message>
    <message>
        <source>the frame at %1 ms could not be converted</source>
        <translation>l&apos;image à %1 ms n&apos;a pas pu être convertie</translation>
    </message>
    <message>
        <source>probing did not finish within %1 s</source>
        <translation>l&apos;analyse ne s&apos;est pas terminée en %1 s</translation>
    </message>
    <message>
        <source>it is not a playable video (%1)</source>
        <translation>ce n&apos;est pas une vidéo lisible (%1)</translation>
    </message>
    <message>
        <source>it ended before a frame was shown</source>
        <translation>la vidéo s&apos;est terminée avant qu&apos;une image ne s&apos;affiche</translation>
    </message>
    <message>
        <source>--frame needs a time in milliseconds</source>
        <translation>--frame attend une durée en millisecondes</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <source>usage: __probe FILE [--frame MS --out PNG]</source>
        <translation>utilisation&#xa0;: __probe FICHIER [--frame MS --out PNG]</translation>
    </message>
    <message>
        <source>encoding failed</source>
        <translation>échec de l&apos;encodage</translation>
    </message>
    <message>
        <source>the frame could not be written to %1 (%2)</source>
        <translation>l&apos;image n&apos;a pas pu être écrite dans %1 (%2)</translation>
    </message>
</context>
<context>
    <name>VideoProber</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no temporary folder for the frame (%1)</source>
        <translation>pas de dossier temporaire pour l&apos;image (%1)</translation>
    </message>
    <message>
        <source>the video probe %1 could not be started (%2)</source>
        <translation>l&apos;analyseur vidéo %1 n&apos;a pas pu être lancé (%2)</translation>
    </message>
    <message>
        <source>probing took longer than %1 s and was stopped; the file may be damaged</source>
        <translation>l&apos;analyse a pris plus de %1 s et a été arrêtée&#xa0;; le fichier est peut-être endommagé</translation>
    </message>
    <message>
        <source>the video probe crashed on this file; it is probably damaged</source>
        <translation>l&apos;analyseur vidéo a planté sur ce fichier&#xa0;; il est probablement endommagé</translation>
    </message>
    <message>
        <source>the video probe gave no answer (exit code %1)</source>
        <translation>l&apos;analyseur vidéo n&apos;a pas répondu (code de sortie %1)</translation>
    </message>
    <message>
        <source>the video probe failed</source>
        <translation>l&apos;analyseur vidéo a échoué</translation>
    </message>
    <message>
        <source>the poster frame could not be read (%1)</source>
        <translation>l&apos;image d&apos;affiche n&apos;a pas pu être lue (%1)</translation>
    </message>
</context>
<context>
    <name>WebPreviewModule</name>
    <message>
        <source>Spill runs as root, where Chromium refuses its sandbox: the preview runs without it</source>
        <translation>Spill tourne en root, où Chromium refuse son bac à sable&#xa0;: l&apos;aperçu fonctionne sans</translation>
    </message>
    <message>
        <source>Chromium&apos;s sandbox is off: %1 is set</source>
        <translation>Le bac à sable de Chromium est désactivé&#xa0;: %1 est défini</translation>
    </message>
    <message>
        <source>The browser engine cannot start: this system does not let Chromium build its sandbox (user namespaces are switched off)</source>
        <translation>Le moteur de navigateur ne peut pas démarrer&#xa0;: ce système ne permet pas à Chromium de créer son bac à sable (les espaces de noms utilisateur sont désactivés)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not Spill&apos;s web preview module</source>
        <translation>%1 n&apos;est pas le module d&apos;aperçu web de Spill</translation>
    </message>
    <message>
        <source>Spill&apos;s browser engine for the preview is not installed (%1)</source>
        <translation>Le moteur de navigateur de Spill pour l&apos;aperçu n&apos;est pas installé (%1)</translation>
    </message>
</context>
<context>
    <name>WindowModule</name>
    <message>
        <source>Spill&apos;s window is not installed (%1)</source>
        <translation>La fenêtre de Spill n&apos;est pas installée (%1)</translation>
    </message>
</context>
<context>
    <name>WordPress</name>
    <message>
        <source>%1 on %2 may not upload files or write posts: give the user the Author role or higher</source>
        <translation>%1 n&apos;a pas le droit d&apos;envoyer des fichiers ni d&apos;écrire des articles sur %2&#xa0;: donnez à l&apos;utilisateur le rôle Auteur ou supérieur</translation>
    </message>
    <message>
        <source>%1 took the file but gave no id for it</source>
        <translation>%1 a accepté le fichier mais ne lui a donné aucun identifiant</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times in a row, so Spill stopped: check the site&apos;s address and its redirect rules</source>
        <translation>%1 a redirigé plus de %2 fois de suite, donc Spill s&apos;est arrêté&#xa0;: vérifiez l&apos;adresse du site et ses règles de redirection</translation>
    </message>
    <message>
        <source>%1 sent Spill on to %2, which is not a secure address, so Spill stopped: your application password never goes out unencrypted</source>
        <translation>%1 a renvoyé Spill vers %2, qui n&apos;est pas une adresse sécurisée, donc Spill s&apos;est arrêté&#xa0;: votre mot de passe d&apos;application ne circule jamais en clair</translation>
    </message>
    <message>
        <source>%1 sent Spill on to %2, another server, so Spill stopped: your application password goes to %1 only. If the blog has moved, use its new address</source>
        <translation>%1 a renvoyé Spill vers %2, un autre serveur, donc Spill s&apos;est arrêté&#xa0;: votre mot de passe d&apos;application ne va qu&apos;à %1. Si le blog a déménagé, utilisez sa nouvelle adresse</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed (%2): check the address, or the site&apos;s certificate</source>
        <translation>la connexion sécurisée à %1 a échoué (%2)&#xa0;: vérifiez l&apos;adresse ou le certificat du site</translation>
    </message>
    <message>
        <source>%1 was not found: check the address and the network</source>
        <translation>%1 est introuvable&#xa0;: vérifiez l&apos;adresse et le réseau</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the address right and the site up?</source>
        <translation>%1 a refusé la connexion&#xa0;: l&apos;adresse est-elle correcte et le site en ligne&#xa0;?</translation>
    </message>
    <message>
        <source>%1 closed the connection before it answered</source>
        <translation>%1 a fermé la connexion avant de répondre</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2)</source>
        <translation>%1 est injoignable (%2)</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <source>%1 (HTTP status %2)</source>
        <translation>%1 (statut HTTP %2)</translation>
    </message>
    <message>
        <source>%1 refused the file as too large: its server&apos;s upload limit is lower (HTTP status 413)</source>
        <translation>%1 a refusé le fichier, trop volumineux&#xa0;: la limite d&apos;envoi de son serveur est plus basse (statut HTTP 413)</translation>
    </message>
    <message>
        <source>the REST API of %1 is switched off or blocked, so Spill cannot publish there: %2</source>
        <translation>l&apos;API REST de %1 est désactivée ou bloquée, donc Spill ne peut pas y publier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not accept the user name and application password: %2</source>
        <translation>%1 n&apos;a pas accepté le nom d&apos;utilisateur et le mot de passe d&apos;application&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not let this user do that: %2</source>
        <translation>%1 n&apos;autorise pas cet utilisateur à faire cela&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no such item: %2</source>
        <translation>%1 n&apos;a pas cet élément&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 a répondu par une erreur&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 looks like WordPress, but its REST API does not answer, so Spill cannot publish there: it may be switched off by a plugin</source>
        <translation>%1 ressemble à WordPress, mais son API REST ne répond pas, donc Spill ne peut pas y publier&#xa0;: une extension l&apos;a peut-être désactivée</translation>
    </message>
    <message>
        <source>%1 answers, but it is not a WordPress site (no REST API at /wp-json/ or /?rest_route=/)</source>
        <translation>%1 répond, mais ce n&apos;est pas un site WordPress (pas d&apos;API REST à /wp-json/ ni à /?rest_route=/)</translation>
    </message>
    <message>
        <source>%1 answered, but not with what WordPress sends (%2)</source>
        <translation>%1 a répondu, mais pas comme le ferait WordPress (%2)</translation>
    </message>
</context>
<context>
    <name>WordPressModule</name>
    <message>
        <source>publishing to WordPress is not installed (%1)</source>
        <translation>la publication sur WordPress n&apos;est pas installée (%1)</translation>
    </message>
</context>
<context>
    <name>WordPressPublish</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: %2: %3</source>
        <translation>Histoire «&#xa0;%1&#xa0;»&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>preparing the photos and clips</source>
        <translation>en préparant les photos et les clips</translation>
    </message>
    <message>
        <source>checking %1 on the site</source>
        <translation>en vérifiant %1 sur le site</translation>
    </message>
    <message>
        <source>looking for %1 on the site</source>
        <translation>en cherchant %1 sur le site</translation>
    </message>
    <message>
        <source>From the story “%1” (%2)</source>
        <translation>Tiré de l&apos;histoire «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>setting the alt text and caption of %1</source>
        <translation>en définissant le texte alternatif et la légende de %1</translation>
    </message>
    <message>
        <source>Uploading the poster of %1 (%2 of %3)</source>
        <translation>Envoi de l&apos;affiche de %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Uploading clip %1 (%2 of %3)</source>
        <translation>Envoi du clip %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Uploading photo %1 (%2 of %3)</source>
        <translation>Envoi de la photo %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>en envoyant %1</translation>
    </message>
    <message>
        <source>finding or creating the tag &quot;%1&quot;</source>
        <translation>en cherchant ou en créant l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>finding or creating the category &quot;%1&quot;</source>
        <translation>en cherchant ou en créant la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>looking for an earlier post of this story</source>
        <translation>en cherchant un article précédent de cette histoire</translation>
    </message>
    <message>
        <source>sending the post</source>
        <translation>en envoyant l&apos;article</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: its post %2 is gone from the site: a new post was made</source>
        <translation>Histoire «&#xa0;%1&#xa0;»&#xa0;: son article %2 n&apos;est plus sur le site&#xa0;: un nouvel article a été créé</translation>
    </message>
    <message>
        <source>Story &quot;%1&quot;: media %2 could not be attached to the post: %3</source>
        <translation>Histoire «&#xa0;%1&#xa0;»&#xa0;: le média %2 n&apos;a pas pu être rattaché à l&apos;article&#xa0;: %3</translation>
    </message>
</context>
</TS>
