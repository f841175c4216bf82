#include "madangctlfixture.h"

Run MadangctlFixture::ctl(const QStringList &args)
{
    QProcess p;
    // Device keys go under this test's folder, never the real ~/.config.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    for (auto it = m_env.cbegin(); it != m_env.cend(); ++it) {
        env.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MADANGCTL_PATH), args); // arguments reach the program as UTF-8
    Run run;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("madangctl crashed or hung: ") + args.join(QLatin1Char(' '));
        return run;
    }
    run.exitCode = p.exitCode();
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

bool MadangctlFixture::initRestaurant(bool demo)
{
    QStringList args = withDb({QStringLiteral("init"), QStringLiteral("--vertical"), QStringLiteral("restaurant"),
                               QStringLiteral("--name"), QStringLiteral("마당 식당")});
    if (demo) {
        args << QStringLiteral("--demo");
    }
    const Run r = ctl(args);
    if (r.exitCode != 0) {
        qWarning("init failed: %s", qPrintable(r.err));
    }
    return r.exitCode == 0;
}

QJsonArray MadangctlFixture::listJson(const QStringList &extra)
{
    const Run r =
        ctl(withDb(QStringList{QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")} + extra));
    if (r.exitCode != 0) {
        qWarning("list failed (%d): %s", r.exitCode, qPrintable(r.err));
        return {};
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        qWarning("list printed no JSON array: %s", qPrintable(r.out));
        return {};
    }
    return doc.array();
}

QJsonObject MadangctlFixture::checkJson(const QString &path)
{
    const Run r = ctl({QStringLiteral("--db"), path, QStringLiteral("check")});
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    if (!doc.isObject()) {
        qWarning("check printed no JSON object (%d): %s %s", r.exitCode, qPrintable(r.out), qPrintable(r.err));
    }
    QJsonObject o = doc.object();
    o.insert(QStringLiteral("exit_code"), r.exitCode);
    return o;
}

void MadangctlFixture::setUp()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void MadangctlFixture::tearDown()
{
    m_env.clear();
    m_dir.reset();
}
