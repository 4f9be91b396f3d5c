#ifndef NEWSDIGEST_CBLAS_SHIM_H
#define NEWSDIGEST_CBLAS_SHIM_H
// OpenBLAS's CBLAS interface, plus openblas_get_config/openblas_get_corename.
#include <cblas.h>
#endif
