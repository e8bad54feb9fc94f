// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotavfs.h"

#include <atomic>
#include <sqlite3.h>
#include <sys/stat.h>

namespace {

// One quota for the whole process, like one disk; SQLite may call in from any connection.
std::atomic<qint64> freeSpace { 0 };
std::atomic<int> refused { 0 };
sqlite3_vfs *realVfs = nullptr;
sqlite3_vfs quotaVfs;
sqlite3_io_methods quotaIo;

// Our file handle, with the real VFS's handle allocated right behind it (szOsFile covers both).
struct QuotaFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<QuotaFile *>(f)->real;
}

// Takes the bytes a file would grow by from the free space, or says the disk is full.
bool reserve(sqlite3_file *f, sqlite3_int64 newEnd)
{
    sqlite3_int64 size = 0;
    if (real(f)->pMethods->xFileSize(real(f), &size) != SQLITE_OK)
        size = 0;
    const qint64 growth = newEnd - size;
    if (growth <= 0)
        return true;
    qint64 left = freeSpace.load();
    do {
        if (growth > left) {
            ++refused;
            return false;
        }
    } while (!freeSpace.compare_exchange_weak(left, left - growth));
    return true;
}

int xClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int xRead(sqlite3_file *f, void *buf, int amt, sqlite3_int64 off)
{
    return real(f)->pMethods->xRead(real(f), buf, amt, off);
}
int xWrite(sqlite3_file *f, const void *buf, int amt, sqlite3_int64 off)
{
    if (!reserve(f, off + amt))
        return SQLITE_FULL;
    return real(f)->pMethods->xWrite(real(f), buf, amt, off);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    sqlite3_int64 cur = 0;
    if (real(f)->pMethods->xFileSize(real(f), &cur) == SQLITE_OK && size < cur)
        freeSpace += cur - size;
    else if (!reserve(f, size))
        return SQLITE_FULL;
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file *f, int lock)
{
    return real(f)->pMethods->xLock(real(f), lock);
}
int xUnlock(sqlite3_file *f, int lock)
{
    return real(f)->pMethods->xUnlock(real(f), lock);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 off, int amt, void **pp)
{
    return real(f)->pMethods->xFetch(real(f), off, amt, pp);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 off, void *p)
{
    return real(f)->pMethods->xUnfetch(real(f), off, p);
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *qf = reinterpret_cast<QuotaFile *>(f);
    qf->real = reinterpret_cast<sqlite3_file *>(qf + 1);
    qf->real->pMethods = nullptr;
    const int rc = realVfs->xOpen(realVfs, name, qf->real, flags, outFlags);
    // SQLite closes a file whose pMethods is set even when the open failed; mirror the real VFS exactly.
    qf->base.pMethods = qf->real->pMethods ? &quotaIo : nullptr;
    return rc;
}
int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    // Deleting a file (the WAL when the last connection closes) gives its space back, as on a real disk.
    struct stat st {};
    const bool known = ::stat(name, &st) == 0;
    const int rc = realVfs->xDelete(realVfs, name, syncDir);
    if (rc == SQLITE_OK && known)
        freeSpace += st.st_size;
    return rc;
}
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return realVfs->xAccess(realVfs, name, flags, out);
}
int xFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return realVfs->xFullPathname(realVfs, name, n, out);
}
void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return realVfs->xDlOpen(realVfs, name);
}
void xDlError(sqlite3_vfs *, int n, char *msg)
{
    realVfs->xDlError(realVfs, n, msg);
}
void (*xDlSym(sqlite3_vfs *, void *h, const char *sym))(void)
{
    return realVfs->xDlSym(realVfs, h, sym);
}
void xDlClose(sqlite3_vfs *, void *h)
{
    realVfs->xDlClose(realVfs, h);
}
int xRandomness(sqlite3_vfs *, int n, char *out)
{
    return realVfs->xRandomness(realVfs, n, out);
}
int xSleep(sqlite3_vfs *, int us)
{
    return realVfs->xSleep(realVfs, us);
}
int xCurrentTime(sqlite3_vfs *, double *out)
{
    return realVfs->xCurrentTime(realVfs, out);
}
int xGetLastError(sqlite3_vfs *, int n, char *out)
{
    return realVfs->xGetLastError(realVfs, n, out);
}
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return realVfs->xCurrentTimeInt64(realVfs, out);
}

} // namespace

QuotaVfs::QuotaVfs(qint64 freeBytes)
{
    freeSpace = freeBytes;
    refused = 0;
    realVfs = sqlite3_vfs_find(nullptr);
    if (!realVfs || realVfs->iVersion < 2)
        return;
    quotaIo = sqlite3_io_methods { 3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock,
        xCheckReservedLock, xFileControl, xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier,
        xShmUnmap, xFetch, xUnfetch };
    quotaVfs = sqlite3_vfs {};
    quotaVfs.iVersion = 2;
    quotaVfs.szOsFile = int(sizeof(QuotaFile)) + realVfs->szOsFile;
    quotaVfs.mxPathname = realVfs->mxPathname;
    quotaVfs.zName = "tkb-quota";
    quotaVfs.xOpen = xOpen;
    quotaVfs.xDelete = xDelete;
    quotaVfs.xAccess = xAccess;
    quotaVfs.xFullPathname = xFullPathname;
    quotaVfs.xDlOpen = xDlOpen;
    quotaVfs.xDlError = xDlError;
    quotaVfs.xDlSym = xDlSym;
    quotaVfs.xDlClose = xDlClose;
    quotaVfs.xRandomness = xRandomness;
    quotaVfs.xSleep = xSleep;
    quotaVfs.xCurrentTime = xCurrentTime;
    quotaVfs.xGetLastError = xGetLastError;
    quotaVfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    m_registered = sqlite3_vfs_register(&quotaVfs, 1) == SQLITE_OK;
}

QuotaVfs::~QuotaVfs()
{
    if (!m_registered)
        return;
    // Make the real VFS the default again before leaving, or SQLite would pick an arbitrary one.
    sqlite3_vfs_register(realVfs, 1);
    sqlite3_vfs_unregister(&quotaVfs);
}

void QuotaVfs::setFreeBytes(qint64 bytes)
{
    freeSpace = bytes;
}

qint64 QuotaVfs::freeBytes() const
{
    return freeSpace.load();
}

int QuotaVfs::refusedWrites() const
{
    return refused.load();
}
