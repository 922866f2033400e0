<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>media: %n files referenced, all present</source>
        <translation>
            <numerusform>media: %n file referenced, all present</numerusform>
            <numerusform>media: %n files referenced, all present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media files used by stories are missing from the library</source>
        <translation>
            <numerusform>%n media file used by stories is missing from the library</numerusform>
            <numerusform>%n media files used by stories are missing from the library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message numerus="yes">
        <source>The title is short: %n characters</source>
        <translation>
            <numerusform>The title is short: %n character</numerusform>
            <numerusform>The title is short: %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The title is long: %n characters</source>
        <translation>
            <numerusform>The title is long: %n character</numerusform>
            <numerusform>The title is long: %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%1 of %n files not imported; nothing was taken from them</source>
        <translation>
            <numerusform>%1 of %n file not imported; nothing was taken from it</numerusform>
            <numerusform>%1 of %n files not imported; nothing was taken from them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::BeatStepList</name>
    <message numerus="yes">
        <source>Started · %n words</source>
        <translation>
            <numerusform>Started · %n word</numerusform>
            <numerusform>Started · %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done · %n words</source>
        <translation>
            <numerusform>Done · %n word</numerusform>
            <numerusform>Done · %n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::ChangesEdit</name>
    <message numerus="yes">
        <source>What I changed from the recipe (%n)</source>
        <translation>
            <numerusform>What I changed from the recipe (%n)</numerusform>
            <numerusform>What I changed from the recipe (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::CoachPanel</name>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation>
            <numerusform>%n thing to look at.</numerusform>
            <numerusform>%n things to look at.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::ExportPlace</name>
    <message numerus="yes">
        <source>%n stories checked</source>
        <translation>
            <numerusform>%n story checked</numerusform>
            <numerusform>%n stories checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::ExportPreviewPane</name>
    <message numerus="yes">
        <source>Copied &quot;%1&quot; for WordPress without its %n photos and clips: add your WordPress site in Preferences and they are uploaded first</source>
        <translation>
            <numerusform>Copied &quot;%1&quot; for WordPress without its photo or clip: add your WordPress site in Preferences and it is uploaded first</numerusform>
            <numerusform>Copied &quot;%1&quot; for WordPress without its %n photos and clips: add your WordPress site in Preferences and they are uploaded first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::ExportRunPanel</name>
    <message numerus="yes">
        <source>Cancelled after exporting %n stories to %1</source>
        <translation>
            <numerusform>Cancelled after exporting %n story to %1</numerusform>
            <numerusform>Cancelled after exporting %n stories to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stories to %1</source>
        <translation>
            <numerusform>Exported %n story to %1</numerusform>
            <numerusform>Exported %n stories to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· %n problems, listed below</source>
        <translation>
            <numerusform>· %n problem, listed below</numerusform>
            <numerusform>· %n problems, listed below</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::GalleryFilterBar</name>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n stories</source>
        <translation>
            <numerusform>%1 of %n story</numerusform>
            <numerusform>%1 of %n stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::GalleryPlace</name>
    <message numerus="yes">
        <source>Tag for %n selected stories:</source>
        <translation>
            <numerusform>Tag for %n selected story:</numerusform>
            <numerusform>Tag for %n selected stories:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories moved to the trash.</source>
        <translation>
            <numerusform>%n story moved to the trash.</numerusform>
            <numerusform>%n stories moved to the trash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::MediaImportQueue</name>
    <message numerus="yes">
        <source>%n file(s) not imported: the import was cancelled</source>
        <translation>
            <numerusform>%n file not imported: the import was cancelled</numerusform>
            <numerusform>%n files not imported: the import was cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::MediaStrip</name>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::PatternsView</name>
    <message numerus="yes">
        <source>%1: %n fails</source>
        <translation>
            <numerusform>%1: %n fail</numerusform>
            <numerusform>%1: %n fails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stories (%2%)</source>
        <translation>
            <numerusform>%1: %n story (%2%)</numerusform>
            <numerusform>%1: %n stories (%2%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n fails redeemed (%2%).</source>
        <translation>
            <numerusform>%1 of %n fail redeemed (%2%).</numerusform>
            <numerusform>%1 of %n fails redeemed (%2%).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median time to redemption: %n days.</source>
        <translation>
            <numerusform>Median time to redemption: %n day.</numerusform>
            <numerusform>Median time to redemption: %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::PublishDialog</name>
    <message numerus="yes">
        <source>%n story goes to the site with its photos and clips; one published before updates its post.</source>
        <translation>
            <numerusform>%n story goes to the site with its photos and clips; one published before updates its post.</numerusform>
            <numerusform>%n stories go to the site with their photos and clips; one published before updates its post.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story could not be published; publishing again reuses what reached the site.</source>
        <translation>
            <numerusform>%n story could not be published; publishing again reuses what reached the site.</numerusform>
            <numerusform>%n stories could not be published; publishing again reuses what reached the site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied “%1” for WordPress with its photos and clips, which are on the site (%n uploaded now): paste it into the block editor&apos;s code view.</source>
        <translation>
            <numerusform>Copied “%1” for WordPress with its photos and clips, which are on the site (%n uploaded now): paste it into the block editor&apos;s code view.</numerusform>
            <numerusform>Copied “%1” for WordPress with its photos and clips, which are on the site (%n uploaded now): paste it into the block editor&apos;s code view.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::RevisionsDialog</name>
    <message numerus="yes">
        <source>Spill keeps a version every %n minute(s) of writing, when the status changes and whenever you save one (Ctrl+Shift+S). Preferences sets how often.</source>
        <translation>
            <numerusform>Spill keeps a version every minute of writing, when the status changes and whenever you save one (Ctrl+Shift+S). Preferences sets how often.</numerusform>
            <numerusform>Spill keeps a version every %n minutes of writing, when the status changes and whenever you save one (Ctrl+Shift+S). Preferences sets how often.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::SaveStatus</name>
    <message numerus="yes">
        <source>Saved · %n s ago</source>
        <translation>
            <numerusform>Saved · %n s ago</numerusform>
            <numerusform>Saved · %n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n min ago</source>
        <translation>
            <numerusform>Saved · %n min ago</numerusform>
            <numerusform>Saved · %n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spill::StoryListModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
