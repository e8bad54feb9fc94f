// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled with exactly what a ui/ file gets from the ui library, this must NOT compile: Qt Sql is private to
// core, so ui/ has no QtSql include path and cannot write SQL even by accident (test ui_cannot_reach_sql).
#include <ui/shell/mainwindow.h>

#include <QSqlDatabase>

int uiSqlProbe()
{
    return QSqlDatabase::connectionNames().size();
}
