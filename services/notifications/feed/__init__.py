"""The in-app feed: what an owner sees in sparknet itself."""
