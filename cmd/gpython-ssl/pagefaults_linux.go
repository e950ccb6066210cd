//go:build linux && cgo

package main

// Page faults on the executable map one page, not a 64 KiB block.
//
// When a process first touches a page of a file mapping, Linux maps the
// page and, while they are in the page cache, the other pages of the
// aligned 64 KiB block around it ("fault-around"); when the page cache
// holds the file in 2 MiB folios (a binary just written by the linker,
// or read back with large readahead) it maps the whole 2 MiB with one
// huge page entry. Go lays out each package's code, read-only data and
// line tables side by side and every package's initializer runs at
// start-up, so a process that touches 4.7 MiB of the binary's code and
// 2.7 MiB of its tables had 15-23 MiB of it resident before the script's
// first line (bench/memory/README.md).
//
// The kernel maps single pages on a mapping registered with a
// userfaultfd (it keeps fault-around off so that the descriptor's owner
// sees each page), and maps no huge page entry on one marked
// MADV_NOHUGEPAGE. gpython_map_singly registers the read-only mappings
// of the executable and of the libraries loaded with it for
// write-protection tracking in the kernel's asynchronous mode
// (UFFD_FEATURE_WP_ASYNC, Linux 6.7): no page is ever write-protected,
// no fault is ever delivered to the process, and a write (a debugger's
// breakpoint) is resolved by the kernel as before. It runs as a C
// constructor, before the Go runtime and the packages' initializers.
// Where the kernel refuses (older than 6.7, userfaultfd not allowed by
// a seccomp filter or by vm.unprivileged_userfaultfd), nothing changes.
//
// The descriptor must stay open (closing it ends the registration):
// it is moved to a number at or above 1000, as internal/gcpolicy's
// pagemap descriptor is, so that the numbers a script's files and
// sockets get are CPython's; when it cannot be moved there, or no mapping
// could be registered, it is closed. A script that closes it (os.closerange)
// gets fault-around back, nothing more. Setting GPYTHONSSL_FAULT_AROUND=1
// in the environment leaves the mappings alone (for measuring).

/*
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <linux/userfaultfd.h>

#ifndef UFFD_USER_MODE_ONLY
#define UFFD_USER_MODE_ONLY 1
#endif
#ifndef UFFD_FEATURE_WP_ASYNC
#define UFFD_FEATURE_WP_ASYNC (1 << 15)
#endif
#ifndef MADV_NOHUGEPAGE
#define MADV_NOHUGEPAGE 15
#endif

int gpython_map_singly_fd = -1;

// gpython_register_line registers the mapping that one line of
// /proc/self/maps describes when it is a private, not writable mapping
// of a file, and returns 1 when it did.
static int gpython_register_line(int uffd, const char *line) {
	unsigned long lo = 0, hi = 0;
	const char *p = line;
	char *end;
	lo = strtoul(p, &end, 16);
	if (*end != '-')
		return 0;
	hi = strtoul(end + 1, &end, 16);
	if (*end != ' ' || hi <= lo)
		return 0;
	p = end + 1;
	// perms: r, no w, p
	if (strlen(p) < 5 || p[0] != 'r' || p[1] == 'w' || p[3] != 'p')
		return 0;
	// the path is the first '/' after the perms, offset, device, inode
	const char *path = strchr(p, '/');
	if (path == NULL)
		return 0;
	madvise((void *)lo, hi - lo, MADV_NOHUGEPAGE);
	struct uffdio_register reg;
	memset(&reg, 0, sizeof reg);
	reg.range.start = lo;
	reg.range.len = hi - lo;
	reg.mode = UFFDIO_REGISTER_MODE_WP;
	return ioctl(uffd, UFFDIO_REGISTER, &reg) == 0;
}

__attribute__((constructor)) static void gpython_map_singly(void) {
	const char *env = getenv("GPYTHONSSL_FAULT_AROUND");
	if (env != NULL && env[0] != '\0')
		return;
	int fd = (int)syscall(__NR_userfaultfd, O_CLOEXEC | O_NONBLOCK | UFFD_USER_MODE_ONLY);
	if (fd < 0)
		return;
	int high = fcntl(fd, F_DUPFD_CLOEXEC, 1000);
	close(fd);
	if (high < 0)
		return;
	struct uffdio_api api;
	memset(&api, 0, sizeof api);
	api.api = UFFD_API;
	api.features = UFFD_FEATURE_WP_ASYNC;
	if (ioctl(high, UFFDIO_API, &api) != 0) {
		close(high);
		return;
	}
	int maps = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
	if (maps < 0) {
		close(high);
		return;
	}
	// Lines are read into a fixed buffer; a line longer than it (a path
	// of thousands of bytes) is skipped.
	char buf[8192];
	size_t have = 0;
	int skipping = 0; // inside an overlong line
	int registered = 0;
	for (;;) {
		ssize_t n = read(maps, buf + have, sizeof buf - 1 - have);
		if (n <= 0)
			break;
		have += (size_t)n;
		buf[have] = '\0';
		char *start = buf;
		char *nl;
		while ((nl = strchr(start, '\n')) != NULL) {
			*nl = '\0';
			if (!skipping)
				registered += gpython_register_line(high, start);
			skipping = 0;
			start = nl + 1;
		}
		size_t rest = have - (size_t)(start - buf);
		if (rest == sizeof buf - 1) {
			rest = 0;
			skipping = 1;
		}
		memmove(buf, start, rest);
		have = rest;
	}
	close(maps);
	if (registered == 0) {
		close(high);
		return;
	}
	gpython_map_singly_fd = high;
}
*/
import "C"

// mapSinglyFD is the userfaultfd descriptor that keeps the executable's
// mappings free of fault-around, or -1 (for the tests).
func mapSinglyFD() int { return int(C.gpython_map_singly_fd) }
