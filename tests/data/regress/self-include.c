/* Includes itself: the include depth limit stops it. */
#include __FILE__
int x;
