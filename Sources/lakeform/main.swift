import LakeformCLI

LakeformCommand.main()
