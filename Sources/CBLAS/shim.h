#ifndef NEWSDIGEST_CBLAS_SHIM_H
#define NEWSDIGEST_CBLAS_SHIM_H
// OpenBLAS's CBLAS interface, plus openblas_get_config/openblas_get_corename.
#include <cblas.h>

// The LAPACK routines OpenBLAS carries (Fortran calling convention: every argument by
// pointer, column-major matrices). Debian's build has no LAPACKE, so they are declared here.
void sgeqrf_(const int *m, const int *n, float *a, const int *lda, float *tau,
             float *work, const int *lwork, int *info);
void sorgqr_(const int *m, const int *n, const int *k, float *a, const int *lda,
             const float *tau, float *work, const int *lwork, int *info);
void ssyevd_(const char *jobz, const char *uplo, const int *n, float *a, const int *lda,
             float *w, float *work, const int *lwork, int *iwork, const int *liwork, int *info);
#endif
