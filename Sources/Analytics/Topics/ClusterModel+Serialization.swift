extension ClusterModel {
    /// The model as bytes, the same on every machine: its space's layout
    /// (``TopicSpace/serialized()``) with its `t` centroids.
    public func serialized() -> [UInt8] {
        space.serialized(centroids: centroids)
    }

    /// Reads ``serialized()``'s bytes; a file that is not one is an error naming `path` and the byte.
    public init(serialized bytes: [UInt8], path: String) throws {
        let (space, centroids) = try TopicSpace.decode(bytes, path: path, expected: "a cluster model written by `newsdigest cluster --save-model`")
        try self.init(space: space, centroids: centroids)
    }
}
