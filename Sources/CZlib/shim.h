#ifndef NEWSDIGEST_CZLIB_SHIM_H
#define NEWSDIGEST_CZLIB_SHIM_H
#include <zlib.h>
#endif
