from services.billing.app import build
from shared.cli import main

main(build)
