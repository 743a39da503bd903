#!/usr/bin/python3
"""A case-insensitive, case-preserving view of a folder, as macOS (APFS) and Windows (NTFS) give.

    casefold-fs.py BACKING MOUNTPOINT     (runs in the foreground; unmount with fusermount -u)

Every call passes through to BACKING, but each name is looked up ignoring case: `Contacts/Maya.yaml`
opens `contacts/maya.yaml` when that exists. A new name is created as written. A rename onto a
name that differs only in case renames in place (`mv maya.yaml Maya.yaml` changes the case), and
onto another file's name replaces that file under its existing spelling. Names are compared with
str.casefold() only: unlike APFS, no Unicode normalization. Used by .ci/case-insensitive-run.
Needs Debian's python3-fusepy (module `fusepy`) or pip's fusepy (module `fuse`).
"""
import errno
import os
import sys

try:
    import fusepy as fuse
except ImportError:
    import fuse

STAT_KEYS = ('st_mode', 'st_ino', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_blocks', 'st_blksize', 'st_rdev')


class CaseFold(fuse.Operations):
    use_ns = True

    def __init__(self, backing):
        self.backing = os.path.realpath(backing)

    def real(self, path):
        """The backing path of `path`: each existing component in the case it was created with."""
        current = self.backing
        for part in [p for p in path.split('/') if p]:
            exact = os.path.join(current, part)
            if os.path.lexists(exact):
                current = exact
                continue
            wanted = part.casefold()
            try:
                match = next((n for n in os.listdir(current) if n.casefold() == wanted), part)
            except OSError:
                match = part
            current = os.path.join(current, match)
        return current

    # Files and folders by name.
    def getattr(self, path, fh=None):
        st = os.fstat(fh.fh) if fh else os.lstat(self.real(path))
        attrs = {key: getattr(st, key) for key in STAT_KEYS}
        attrs.update(st_atime=st.st_atime_ns, st_mtime=st.st_mtime_ns, st_ctime=st.st_ctime_ns)
        return attrs

    def access(self, path, amode):
        if not os.access(self.real(path), amode, follow_symlinks=False):
            raise fuse.FuseOSError(errno.EACCES)

    def readdir(self, path, fh):
        return ['.', '..', *os.listdir(self.real(path))]

    def readlink(self, path):
        return os.readlink(self.real(path))

    def chmod(self, path, mode):
        os.chmod(self.real(path), mode)

    def chown(self, path, uid, gid):
        os.chown(self.real(path), uid, gid, follow_symlinks=False)

    def utimens(self, path, times=None):
        real = self.real(path)
        if times is None:
            os.utime(real, follow_symlinks=False)
        else:
            os.utime(real, ns=times, follow_symlinks=False)

    def truncate(self, path, length, fh=None):
        if fh:
            os.ftruncate(fh.fh, length)
        else:
            os.truncate(self.real(path), length)

    def mkdir(self, path, mode):
        os.mkdir(self.real(path), mode)

    def rmdir(self, path):
        os.rmdir(self.real(path))

    def unlink(self, path):
        os.unlink(self.real(path))

    def mknod(self, path, mode, dev):
        os.mknod(self.real(path), mode, dev)

    def symlink(self, target, source):
        os.symlink(source, self.real(target))

    def link(self, target, source):
        os.link(self.real(source), self.real(target))

    def rename(self, old, new):
        source, target = self.real(old), self.real(new)
        if os.path.dirname(source) == os.path.dirname(target) and os.path.basename(source).casefold() == os.path.basename(target).casefold():
            # The same entry: the new spelling is kept (a change of case).
            target = os.path.join(os.path.dirname(target), os.path.basename(new))
        os.rename(source, target)

    def statfs(self, path):
        sv = os.statvfs(self.real(path))
        return {key: getattr(sv, key) for key in ('f_bavail', 'f_bfree', 'f_blocks', 'f_bsize', 'f_favail', 'f_ffree', 'f_files', 'f_flag', 'f_frsize', 'f_namemax')}

    # Open files: the backing file's descriptor in fi.fh, so O_APPEND and the rest act as usual.
    def open(self, path, fi):
        fi.fh = os.open(self.real(path), fi.flags)
        return 0

    def create(self, path, mode, fi):
        fi.fh = os.open(self.real(path), fi.flags | os.O_CREAT, mode)
        return 0

    def read(self, path, size, offset, fi):
        return os.pread(fi.fh, size, offset)

    def write(self, path, data, offset, fi):
        return os.pwrite(fi.fh, data, offset)

    def flush(self, path, fi):
        return 0

    def fsync(self, path, datasync, fi):
        (os.fdatasync if datasync else os.fsync)(fi.fh)

    def release(self, path, fi):
        os.close(fi.fh)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    # No kernel caching of names or attributes: the kernel's name cache is case-sensitive, so
    # `Maya.yaml` and `maya.yaml` would each keep their own stale view of one file. hard_remove:
    # an unlinked open file goes at once (no .fuse_hidden* left in listings), as on a real disk.
    fuse.FUSE(CaseFold(sys.argv[1]), sys.argv[2], foreground=True, raw_fi=True, use_ino=True, hard_remove=True,
              attr_timeout=0, entry_timeout=0, negative_timeout=0, fsname='casefold')
