#include <ui/shell/importjob.h>

#include <core/import/articleimporter.h>
#include <core/import/packreader.h>
#include <core/store/knowledgebase.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace tkb {

ImportJob::ImportJob(const QString &inputPath, const QString &kbPath, bool create, bool readOnly, QObject *parent)
    : QObject(parent)
    , m_input(inputPath)
    , m_kbPath(kbPath)
    , m_create(create)
    , m_readOnly(readOnly)
{
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { m_result = run(m_input, m_kbPath, m_create, m_readOnly); });
    m_thread->setObjectName(QStringLiteral("import"));
    // finished is emitted by the worker thread; the queued slot runs here after the result is written.
    connect(m_thread, &QThread::finished, this, [this] { Q_EMIT finished(m_result); });
    m_thread->start();
}

ImportJob::Result ImportJob::run(const QString &inputPath, const QString &kbPath, bool create, bool readOnly)
{
    Result r;
    const QString fileName = QFileInfo(inputPath).fileName();
    QFile f(inputPath);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(inputPath), f.errorString());
        return r;
    }
    const QByteArray data = f.readAll();
    f.close();
    // A pack is JSON (an object); anything else is read as an article in the seed's plain format.
    const bool isPack = inputPath.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) || data.trimmed().startsWith('{');
    ImportError ie;
    const std::optional<KnowledgePack> pack = isPack ? PackReader::read(data, &ie) : ArticleImporter::parse(data, fileName, &ie);
    if (!pack) {
        r.error = ie.toString(fileName);
        return r;
    }
    // A file this import creates and then fails to fill is removed again; an existing one is never touched.
    const bool existed = QFileInfo::exists(kbPath);
    const auto removeCreated = [&] {
        if (create && !existed) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(kbPath + suffix);
        }
    };
    StoreError se;
    const auto mode = readOnly ? KnowledgeBase::OpenMode::ReadOnly
                               : (create ? KnowledgeBase::OpenMode::CreateOrOpen : KnowledgeBase::OpenMode::ReadWrite);
    auto kb = KnowledgeBase::open(kbPath, mode, &se);
    if (!kb) {
        r.error = se.message;
        removeCreated();
        return r;
    }
    if (!kb->importPack(*pack, &se)) {
        r.error = se.message;
        kb.reset();
        removeCreated();
        return r;
    }
    r.ok = true;
    r.entities = int(pack->entities.size());
    r.relations = int(pack->relations.size());
    r.sources = int(pack->sources.size());
    r.title = pack->title;
    return r;
}

} // namespace tkb
