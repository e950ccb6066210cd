package multiprocessing

/*
#include <errno.h>
#include <stdlib.h>
#include <fcntl.h>
#include <semaphore.h>
#include <stdint.h>
#include <time.h>

// mpsem_open creates (create != 0, failing when the name exists) or opens
// the named semaphore; sem_open is variadic, which cgo cannot call.
static sem_t *mpsem_open(const char *name, int create, unsigned int value, int *err) {
	sem_t *s;
	if (create)
		s = sem_open(name, O_CREAT | O_EXCL, 0600, value);
	else
		s = sem_open(name, 0);
	*err = (s == SEM_FAILED) ? errno : 0;
	return s == SEM_FAILED ? NULL : s;
}

// mpsem_wait waits until the absolute CLOCK_REALTIME time (sec, nsec);
// it returns 0 or the errno of the failure (ETIMEDOUT, EINTR, ...).
static int mpsem_wait(sem_t *s, long long sec, long nsec) {
	struct timespec ts;
	ts.tv_sec = (time_t)sec;
	ts.tv_nsec = nsec;
	return sem_timedwait(s, &ts) == 0 ? 0 : errno;
}

static int mpsem_trywait(sem_t *s) { return sem_trywait(s) == 0 ? 0 : errno; }
static int mpsem_post(sem_t *s) { return sem_post(s) == 0 ? 0 : errno; }
static int mpsem_close(sem_t *s) { return sem_close(s) == 0 ? 0 : errno; }

static int mpsem_getvalue(sem_t *s, int *v) { return sem_getvalue(s, v) == 0 ? 0 : errno; }

static int mpsem_unlink(const char *name) { return sem_unlink(name) == 0 ? 0 : errno; }

static uintptr_t mpsem_handle(sem_t *s) { return (uintptr_t)s; }
*/
import "C"

import (
	"syscall"
	"time"
	"unsafe"
)

// semaphore is one POSIX named semaphore, opened in this process.
type semaphore struct{ p *C.sem_t }

// semValueMax is SEM_VALUE_MAX on Linux.
const semValueMax = 2147483647

// openSemaphore creates the semaphore name with value, or opens an
// existing one when create is false.
func openSemaphore(name string, create bool, value uint) (semaphore, error) {
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	var errno C.int
	c := C.int(0)
	if create {
		c = 1
	}
	p := C.mpsem_open(cname, c, C.uint(value), &errno)
	if p == nil {
		return semaphore{}, syscall.Errno(errno)
	}
	return semaphore{p}, nil
}

// unlinkSemaphore removes name; processes that have it open keep it.
func unlinkSemaphore(name string) error {
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	if e := C.mpsem_unlink(cname); e != 0 {
		return syscall.Errno(e)
	}
	return nil
}

func (s semaphore) handle() uintptr { return uintptr(C.mpsem_handle(s.p)) }

// tryWait takes one unit without waiting; ok is false when there is none.
func (s semaphore) tryWait() (ok bool, err error) {
	for {
		switch e := C.mpsem_trywait(s.p); e {
		case 0:
			return true, nil
		case C.EAGAIN:
			return false, nil
		case C.EINTR:
			continue
		default:
			return false, syscall.Errno(e)
		}
	}
}

// waitUntil takes one unit, waiting no later than deadline; ok is false
// when the deadline passed first.
func (s semaphore) waitUntil(deadline time.Time) (ok bool, err error) {
	for {
		e := C.mpsem_wait(s.p, C.longlong(deadline.Unix()), C.long(deadline.Nanosecond()))
		switch e {
		case 0:
			return true, nil
		case C.ETIMEDOUT:
			return false, nil
		case C.EINTR:
			if time.Now().After(deadline) {
				return false, nil
			}
			continue
		default:
			return false, syscall.Errno(e)
		}
	}
}

func (s semaphore) post() error {
	if e := C.mpsem_post(s.p); e != 0 {
		return syscall.Errno(e)
	}
	return nil
}

func (s semaphore) value() (int, error) {
	var v C.int
	if e := C.mpsem_getvalue(s.p, &v); e != 0 {
		return 0, syscall.Errno(e)
	}
	return int(v), nil
}

func (s semaphore) close() {
	if s.p != nil {
		C.mpsem_close(s.p)
	}
}
