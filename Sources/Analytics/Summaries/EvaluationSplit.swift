/// Which records a measurement uses, so that weights are tuned on one half of a corpus and
/// reported on the other.
///
/// A record belongs to ``tune`` when the ``StableHash`` of its id is even and to ``report``
/// when it is odd: the same halves on every machine and in every run, whatever order the
/// records come in. The summariser's weights were chosen on ``tune``; figures worth quoting
/// come from ``report``.
public enum EvaluationSplit: String, CaseIterable, Sendable {
    case all
    case tune
    case report

    public func contains(id: String) -> Bool {
        switch self {
        case .all: return true
        case .tune: return StableHash.hash(id) % 2 == 0
        case .report: return StableHash.hash(id) % 2 == 1
        }
    }
}
