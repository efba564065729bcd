@_exported import LakeformWire
