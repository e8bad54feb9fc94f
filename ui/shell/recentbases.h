// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The knowledge bases opened lately, files and server addresses alike, newest first: remembered in settings and
// offered in File > Open Recent.
#include <QObject>
#include <QStringList>

class QMenu;

namespace tkb {

class RecentBases : public QObject
{
    Q_OBJECT
public:
    static constexpr int maximum = 10;

    explicit RecentBases(QObject *parent = nullptr);

    QStringList list() const;
    /// Puts pathOrAddress first (once); the oldest beyond maximum go.
    void add(const QString &pathOrAddress);
    void remove(const QString &pathOrAddress);
    void clear();
    /// Fills menu afresh each time it opens: one entry per base (a file by its name, a server's base by its
    /// database and host), then "Clear List".
    void attach(QMenu *menu);

Q_SIGNALS:
    void openRequested(const QString &pathOrAddress);

protected:
    /// Refills an attached menu in a new interface language.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill(QMenu *menu);
    void store(const QStringList &list);
};

} // namespace tkb
