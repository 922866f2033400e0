// SPDX-License-Identifier: GPL-3.0-or-later
#include "writing/spellchecker.h"

#include "async/continuation.h"
#include "writing/foodwords.h"
#include "writing/spellwords.h"

#include <QDir>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <exception>
#include <filesystem>
#include <map>
#include <nuspell/dictionary.hxx>
#include <nuspell/finder.hxx>
#include <set>

namespace Spill {

namespace {

constexpr qsizetype MaxCachedWords = 50000;
constexpr auto FallbackLanguage = "en_US";

std::vector<std::filesystem::path> dictionaryDirectories()
{
    std::vector<std::filesystem::path> dirs;
    nuspell::append_default_dir_paths(dirs);
    return dirs;
}

QString canonicalLanguage(const QString &language)
{
    QString name = language.trimmed();
    name.replace(u'-', u'_');
    return name;
}

QString languageLabel(const QString &language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::C || language.size() < 2)
        return language;
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? language : QStringLiteral("%1 (%2)").arg(name, language);
}

struct LoadResult
{
    std::shared_ptr<const nuspell::Dictionary> dictionary;
    QString failure; // why there is none, for the creator
};

// Dictionaries loaded once per process and shared while any checker uses them.
LoadResult loadDictionary(const QString &language)
{
    static QMutex mutex;
    static std::map<QString, std::weak_ptr<const nuspell::Dictionary>> loaded;

    const QString label = languageLabel(language);
    // A name, never a path: "en_US", "de_DE_frami".
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z]{2,3}(_[A-Za-z0-9]+)*$"));
    std::filesystem::path dic;
    if (valid.match(language).hasMatch())
        dic = nuspell::search_dirs_for_one_dict(dictionaryDirectories(),
                                                std::filesystem::path(language.toStdString()));
    if (dic.empty()) {
        return {nullptr,
                SpellChecker::tr("Spelling is not checked: no dictionary for %1 is "
                                 "installed.")
                    .arg(label)};
    }
    std::filesystem::path aff = dic;
    aff.replace_extension(".aff");
    const QString key = QString::fromStdString(aff.string());

    QMutexLocker locker(&mutex);
    if (auto shared = loaded[key].lock())
        return {shared, {}};
    try {
        auto dictionary = std::make_shared<nuspell::Dictionary>();
        dictionary->load_aff_dic(aff);
        loaded[key] = dictionary;
        return {dictionary, {}};
    } catch (const std::exception &e) {
        return {
            nullptr,
            SpellChecker::tr("Spelling is not checked: the dictionary %1 could not be read (%2).")
                .arg(QDir::toNativeSeparators(key), QString::fromUtf8(e.what()))};
    }
}

} // namespace

SpellChecker::SpellChecker(QObject *parent)
    : SpellChecker(defaultLanguage(), parent)
{
}

SpellChecker::SpellChecker(const QString &language, QObject *parent)
    : QObject(parent)
{
    setLanguage(language);
}

SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::availableLanguages()
{
    std::set<QString> names;
    for (const std::filesystem::path &aff : nuspell::search_default_dirs_for_dicts())
        names.insert(QString::fromStdString(aff.stem().string()));
    return QStringList(names.begin(), names.end());
}

QString SpellChecker::defaultLanguage()
{
    // de_AT without its own dictionary still gets German before English.
    const QString system = QLocale::system().name();
    const QStringList available = availableLanguages();
    if (available.contains(system))
        return system;
    const QString language = system.section(u'_', 0, 0) + u'_';
    for (const QString &candidate : available) {
        if (language.size() > 1 && candidate.startsWith(language))
            return candidate;
    }
    return QString::fromLatin1(FallbackLanguage);
}

QString SpellChecker::languageName(const QString &code)
{
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    const QString territory = locale.nativeTerritoryName();
    return territory.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, territory);
}

bool SpellChecker::setLanguage(const QString &language)
{
    m_language = canonicalLanguage(language);
    m_foodWords = foodWords(m_language);
    LoadResult result = loadDictionary(m_language);
    m_dictionary = std::move(result.dictionary);
    m_status = std::move(result.failure);
    m_cache.clear();
    emit changed();
    return isAvailable();
}

bool SpellChecker::setPersonalDictionaryPath(const QString &path)
{
    m_error.clear();
    const bool ok = m_personal.load(path, &m_error);
    emit changed();
    return ok;
}

bool SpellChecker::addToDictionary(const QString &word)
{
    return changeDictionary(normalizedWord(word), PersonalDictionary::Edit::Add);
}

bool SpellChecker::removeFromDictionary(const QString &word)
{
    return changeDictionary(word, PersonalDictionary::Edit::Remove);
}

// The word is accepted (or flagged) at once; its file is written on the
// dictionaries' writer thread, and a write that fails undoes the change here.
bool SpellChecker::changeDictionary(const QString &word, PersonalDictionary::Edit edit)
{
    m_error.clear();
    const bool add = edit == PersonalDictionary::Edit::Add;
    const QString stored = add ? word.trimmed() : word;
    const bool inMemory = add ? m_personal.accept(stored) : m_personal.forget(stored);
    if (!inMemory)
        return add ? m_personal.contains(stored) && !stored.isEmpty() : true;
    m_cache.clear();
    emit this->changed();
    if (m_personal.path().isEmpty())
        return true;
    onResult(PersonalDictionary::changeFile(m_personal.path(), stored, edit), this,
             [this, stored, add](const PersonalDictionary::FileChange &written) {
                 const QString &error = written.error;
                 if (error.isEmpty())
                     return;
                 if (add)
                     m_personal.forget(stored);
                 else
                     m_personal.accept(stored);
                 m_error = error;
                 m_cache.clear();
                 emit this->changed();
                 emit dictionaryNotSaved(error);
             });
    return true;
}

bool SpellChecker::reloadPersonalDictionary()
{
    return setPersonalDictionaryPath(m_personal.path());
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_dictionary || word.isEmpty())
        return true;
    const QString normalized = normalizedWord(word);
    if (m_personal.contains(normalized) || m_foodWords.contains(normalized.toLower()))
        return true;
    const auto cached = m_cache.constFind(normalized);
    if (cached != m_cache.constEnd())
        return *cached;
    const bool correct = m_dictionary->spell(normalized.toStdString());
    if (m_cache.size() >= MaxCachedWords)
        m_cache.clear();
    m_cache.insert(normalized, correct);
    return correct;
}

QList<Misspelling> SpellChecker::check(const QString &markdown) const
{
    if (!m_dictionary)
        return {};
    return check(markdown, markdownSpans(markdown));
}

QList<Misspelling> SpellChecker::check(const QString &text, const QList<MarkdownSpan> &spans) const
{
    QList<Misspelling> misspellings;
    if (!m_dictionary)
        return misspellings;
    for (const WordRange &range : checkableWords(text, spans)) {
        const QString word = text.mid(range.start, range.length);
        if (!isCorrect(word))
            misspellings.append(Misspelling {range.start, range.length, word});
    }
    return misspellings;
}

QStringList SpellChecker::suggestions(const QString &word, int maximum) const
{
    QStringList result;
    if (!m_dictionary || word.isEmpty())
        return result;
    std::vector<std::string> found;
    m_dictionary->suggest(normalizedWord(word).toStdString(), found);
    for (const std::string &suggestion : found) {
        if (result.size() >= maximum)
            break;
        result.append(QString::fromStdString(suggestion));
    }
    return result;
}

} // namespace Spill
