package jp.tsumugi.web.workerportal;

/** Where a worker's leave request stands. */
enum LeaveRequestStatus {
    PENDING, APPROVED, REJECTED
}
