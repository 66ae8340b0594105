/* Files written whole or not at all (include/drvlint/common.h). */
#include "drvlint/common.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* mkstemp makes the file 0600: give it the mode the file it replaces had,
 * or the one a plain fopen would. */
static mode_t file_mode(const char *path)
{
	struct stat st;
	mode_t mask;
	if (stat(path, &st) == 0)
		return st.st_mode & 07777;
	mask = umask(0);
	umask(mask);
	return 0666 & ~mask;
}

/* Fills fd and closes it. 0 or an errno value. */
static int fill_fd(int fd, const char *path, dl_fill_fn fill, void *arg)
{
	FILE *f = fdopen(fd, "w");
	int e = 0;
	if (!f) {
		e = errno;
		close(fd);
		return e;
	}
	errno = 0;
	if (fchmod(fd, file_mode(path)) < 0 || fill(f, arg) < 0 || fflush(f) == EOF || fsync(fd) < 0)
		e = errno ? errno : EIO;
	if (fclose(f) == EOF && !e)
		e = errno;
	return e;
}

/* The temporary being written. SIGINT, SIGTERM and SIGHUP go to whichever
 * thread does not block them, so blocking them in the writing thread would not
 * keep the temporary from being left behind: a handler removes it and the
 * process then dies of the signal as it would have. One file is written at a time. */
static char pending[PATH_MAX + 16];
static volatile sig_atomic_t have_pending;
static const int interrupts[] = {SIGINT, SIGTERM, SIGHUP};
#define NINTERRUPTS (sizeof(interrupts) / sizeof(interrupts[0]))

static void remove_pending(int sig)
{
	if (have_pending)
		unlink(pending);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Handlers for the interrupts the process does not ignore (nohup stays nohup). */
static void catch_interrupts(struct sigaction *old)
{
	struct sigaction sa;
	size_t i;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = remove_pending;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < NINTERRUPTS; i++) {
		sigaction(interrupts[i], NULL, &old[i]);
		if (old[i].sa_handler != SIG_IGN)
			sigaction(interrupts[i], &sa, NULL);
	}
}

static void restore_interrupts(const struct sigaction *old)
{
	size_t i;
	for (i = 0; i < NINTERRUPTS; i++)
		sigaction(interrupts[i], &old[i], NULL);
}

int dl_write_atomic(const char *path, dl_fill_fn fill, void *arg)
{
	struct sigaction old[NINTERRUPTS];
	int fd, e = 0;
	if ((size_t)snprintf(pending, sizeof(pending), "%s.tmp.XXXXXX", path) >= sizeof(pending))
		return ENAMETOOLONG;
	catch_interrupts(old);
	have_pending = 1;
	fd = mkstemp(pending);
	if (fd < 0)
		e = errno;
	else if (!(e = fill_fd(fd, path, fill, arg)) && rename(pending, path) < 0)
		e = errno;
	if (e && fd >= 0)
		unlink(pending);
	have_pending = 0;
	restore_interrupts(old);
	return e;
}
