from services.registry.app import build
from shared.cli import main

main(build)
