#ifndef NEWSDIGEST_CBLAS_SHIM_H
#define NEWSDIGEST_CBLAS_SHIM_H
// OpenBLAS's CBLAS interface, plus openblas_get_config/openblas_get_corename.
#include <cblas.h>
#include <stddef.h>

// The LAPACK routines OpenBLAS carries (Fortran calling convention: every argument by
// pointer, column-major matrices). Debian's build has no LAPACKE, so they are declared here.
// gfortran (8 and later) appends a hidden `size_t` length for every character argument after
// the regular ones; a prototype without them leaves the callee reading garbage lengths.
// sgeqrf_ and sorgqr_ take no character arguments, so they have none.
void sgeqrf_(const int *m, const int *n, float *a, const int *lda, float *tau,
             float *work, const int *lwork, int *info);
void sorgqr_(const int *m, const int *n, const int *k, float *a, const int *lda,
             const float *tau, float *work, const int *lwork, int *info);
void ssyevd_(const char *jobz, const char *uplo, const int *n, float *a, const int *lda,
             float *w, float *work, const int *lwork, int *iwork, const int *liwork, int *info,
             size_t jobz_len, size_t uplo_len);
#endif
