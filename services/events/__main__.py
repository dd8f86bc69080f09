from services.events.app import build
from shared.cli import main

main(build)
