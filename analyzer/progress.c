/* The progress line on a terminal (include/drvlint/progress.h). */
#include "drvlint/progress.h"
#include "drvlint/common.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define TICK_MS 100

struct dl_progress {
	int fd;
	unsigned delay_ms;
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t wake;
	int stopping;
	int drawn;                  /* something is on the line */
	struct timespec start;
	const char *what;
	size_t total;
	size_t (*done)(void *arg);
	void *arg;
};

int dl_progress_wanted(int fd)
{
	const char *term = getenv("TERM");
	if (!isatty(fd))
		return 0;
	if (term && !strcmp(term, "dumb"))
		return 0;
	return !dl_in_ci();
}

static long elapsed_ms(const struct timespec *start)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - start->tv_sec) * 1000L + (now.tv_nsec - start->tv_nsec) / 1000000L;
}

static void put(int fd, const char *s, size_t n)
{
	while (n) {
		ssize_t w = write(fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

/* Redraws the line; called with the lock held. */
static void draw(dl_progress *p)
{
	char line[160];
	long secs = elapsed_ms(&p->start) / 1000;
	int n;
	if (!p->what)
		return;
	if (p->done)
		n = snprintf(line, sizeof(line), "\r\033[Kdrvlint: %s %zu/%zu files (%lds)", p->what,
			     p->done(p->arg), p->total, secs);
	else
		n = snprintf(line, sizeof(line), "\r\033[Kdrvlint: %s %zu file%s (%lds)", p->what, p->total,
			     p->total == 1 ? "" : "s", secs);
	if (n > 0)
		put(p->fd, line, (size_t)n < sizeof(line) ? (size_t)n : sizeof(line) - 1);
	p->drawn = 1;
}

static void *loop(void *arg)
{
	dl_progress *p = arg;
	pthread_mutex_lock(&p->lock);
	while (!p->stopping) {
		struct timespec until;
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += TICK_MS * 1000000L;
		if (until.tv_nsec >= 1000000000L) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&p->wake, &p->lock, &until);
		if (!p->stopping && elapsed_ms(&p->start) >= (long)p->delay_ms)
			draw(p);
	}
	if (p->drawn)
		put(p->fd, "\r\033[K", 4);
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

dl_progress *dl_progress_start(int fd, unsigned delay_ms)
{
	dl_progress *p = dl_xcalloc(1, sizeof(*p));
	p->fd = fd;
	p->delay_ms = delay_ms;
	clock_gettime(CLOCK_MONOTONIC, &p->start);
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->wake, NULL);
	if (pthread_create(&p->thread, NULL, loop, p) != 0) {
		/* No progress line is no loss: the run goes on without one. */
		pthread_cond_destroy(&p->wake);
		pthread_mutex_destroy(&p->lock);
		free(p);
		return NULL;
	}
	return p;
}

void dl_progress_phase(dl_progress *p, const char *what, size_t total, size_t (*done)(void *arg), void *arg)
{
	if (!p)
		return;
	pthread_mutex_lock(&p->lock);
	p->what = what;
	p->total = total;
	p->done = done;
	p->arg = arg;
	pthread_mutex_unlock(&p->lock);
}

void dl_progress_stop(dl_progress *p)
{
	if (!p)
		return;
	pthread_mutex_lock(&p->lock);
	p->stopping = 1;
	pthread_cond_signal(&p->wake);
	pthread_mutex_unlock(&p->lock);
	pthread_join(p->thread, NULL);
	pthread_cond_destroy(&p->wake);
	pthread_mutex_destroy(&p->lock);
	free(p);
}
