package vm

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The library files compiled into the binary also answer os.stat,
// os.path.exists/isfile/isdir/getsize and os.listdir under
// EmbeddedLibDir, where they do not exist on disk, so that a script
// walking its package's directory (os.path.dirname(json.__file__)) sees
// the files it can open (OpenEmbeddedFile): each source is a regular
// file of its length, and each directory holding one a directory. As
// with open, the disk is asked first; these answer only its ENOENT.

// embeddedTree is the directories under EmbeddedLibDir that hold
// compiled-in files, each with the names of its entries, built from the
// line cache's list of embedded sources (files counts them, so that a
// source registered later rebuilds it).
type embeddedTree struct {
	files int
	dirs  map[string][]string
}

var (
	embeddedTreeMu sync.Mutex
	embeddedTreeV  embeddedTree
	// embeddedModTime is the binary's modification time, the times a
	// compiled-in file or directory reports.
	embeddedModTime = sync.OnceValue(func() syscall.Timespec {
		var st syscall.Stat_t
		if exe, err := os.Executable(); err == nil && syscall.Stat(exe, &st) == nil {
			return st.Mtim
		}
		return syscall.Timespec{}
	})
)

// embeddedDirs is the current tree's directory map (do not modify it).
func embeddedDirs() map[string][]string {
	files := pyutil.SourceLines.EmbeddedFiles()
	embeddedTreeMu.Lock()
	defer embeddedTreeMu.Unlock()
	if embeddedTreeV.dirs != nil && embeddedTreeV.files == len(files) {
		return embeddedTreeV.dirs
	}
	seen := map[string]map[string]bool{}
	add := func(dir, name string) {
		if seen[dir] == nil {
			seen[dir] = map[string]bool{}
		}
		seen[dir][name] = true
	}
	for _, f := range files {
		if !strings.HasPrefix(f, EmbeddedLibDir+"/") {
			continue
		}
		for p := f; p != EmbeddedLibDir; p = filepath.Dir(p) {
			add(filepath.Dir(p), filepath.Base(p))
		}
	}
	dirs := make(map[string][]string, len(seen))
	for dir, names := range seen {
		list := make([]string, 0, len(names))
		for n := range names {
			list = append(list, n)
		}
		sort.Strings(list)
		dirs[dir] = list
	}
	embeddedTreeV = embeddedTree{files: len(files), dirs: dirs}
	return dirs
}

// embeddedPath is path made absolute and clean when it lies in
// EmbeddedLibDir (itself included), and whether it does. A relative path
// is resolved only when it names a .py file (as EmbeddedSourceFile
// does): a stat of a missing relative path costs no getcwd.
func embeddedPath(path string) (string, bool) {
	if !filepath.IsAbs(path) {
		if !strings.HasSuffix(path, ".py") {
			return "", false
		}
		abs, err := filepath.Abs(path)
		if err != nil {
			return "", false
		}
		path = abs
	}
	path = filepath.Clean(path)
	return path, path == EmbeddedLibDir || strings.HasPrefix(path, EmbeddedLibDir+"/")
}

// EmbeddedStat is the status of path when it names a compiled-in library
// file (a read-only regular file of its source's length) or a directory
// of them; ok is false for any other path. Callers ask only after the
// disk said ENOENT.
func EmbeddedStat(path string) (st syscall.Stat_t, ok bool) {
	p, in := embeddedPath(path)
	if !in {
		return st, false
	}
	mtime := embeddedModTime()
	st.Atim, st.Mtim, st.Ctim = mtime, mtime, mtime
	st.Blksize = 4096
	if strings.HasSuffix(p, ".py") {
		if src, ok := pyutil.SourceLines.Embedded(p); ok {
			st.Mode = syscall.S_IFREG | 0o644
			st.Nlink = 1
			st.Size = int64(len(src))
			st.Blocks = (st.Size + 511) / 512
			return st, true
		}
	}
	if embeddedIsDir(p) {
		st.Mode = syscall.S_IFDIR | 0o755
		st.Nlink = 2
		st.Size = 4096
		st.Blocks = 8
		return st, true
	}
	return st, false
}

// embeddedIsDir says whether p (clean, absolute) is a directory of
// compiled-in files: EmbeddedLibDir, or a prefix of a file's path ending
// at a separator. It reads the tree when embeddedDirs has built it, and
// otherwise scans the file names without building it: site's stat of
// site-packages at every start cost the whole tree (1.5 million
// instructions, a twentieth of `-c pass`) to answer no.
func embeddedIsDir(p string) bool {
	if p == EmbeddedLibDir {
		return true
	}
	files := pyutil.SourceLines.EmbeddedFiles()
	embeddedTreeMu.Lock()
	if embeddedTreeV.dirs != nil && embeddedTreeV.files == len(files) {
		_, ok := embeddedTreeV.dirs[p]
		embeddedTreeMu.Unlock()
		return ok
	}
	embeddedTreeMu.Unlock()
	prefix := p + "/"
	for _, f := range files {
		if strings.HasPrefix(f, prefix) {
			return true
		}
	}
	return false
}

// EmbeddedListDir is the sorted names in path when it is a directory of
// compiled-in library files; ok is false for any other path.
func EmbeddedListDir(path string) (names []string, ok bool) {
	p, in := embeddedPath(path)
	if !in {
		return nil, false
	}
	list, ok := embeddedDirs()[p]
	return append([]string(nil), list...), ok
}
