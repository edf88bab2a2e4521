#!/usr/bin/env python3
"""docker-compose.yml is valid, and in step with the Dockerfile and with what each service reads.

Run by .ci/run (which installs Debian's docker-compose, and with it python3-yaml); takes about a second:
  python3 .ci/check-compose.py
Fails (exit 1), saying why, when:
  - `docker-compose config` rejects the file (secrets it demands get dummy values for this call only);
  - a service module (one with src/main/resources/application.properties) has no compose service, or a
    compose service builds a module that does not exist or makes no runnable jar for the Dockerfile;
  - a service reads an OLLASS_* variable without a default (${OLLASS_X}) and compose does not set it;
  - compose sets an OLLASS_* variable that no code or settings file of the project reads (a typo, or stale);
  - a service's port variable is not the port its healthcheck asks.
Variables a service reads with a default and compose leaves unset are listed, not failed: they run on
their documented defaults.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
PLACEHOLDER = re.compile(r"\$\{(OLLASS_[A-Z0-9_]+)(:?)")
DEMANDED = re.compile(r"\$\{([A-Z0-9_]+):?\?")
PORT = re.compile(r"^server\.port=\$\{(OLLASS_[A-Z0-9_]+)", re.M)
HEALTH_PORT = re.compile(r"localhost:(\d+)/")

problems = []


def compose_config():
    env = dict(os.environ)
    for name in sorted(set(DEMANDED.findall(COMPOSE.read_text()))):
        env.setdefault(name, "ci-dummy-" + name.lower())
    result = subprocess.run(
        ["docker-compose", "-f", str(COMPOSE), "config"], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("docker-compose.yml is invalid (docker-compose config):\n" + result.stderr.strip())
    return yaml.safe_load(result.stdout)


def reads(properties_text):
    """{variable: has_default} for every OLLASS_* placeholder; a variable with a default anywhere has one."""
    found = {}
    for name, colon in PLACEHOLDER.findall(properties_text):
        found[name] = found.get(name, False) or colon == ":"
    return found


def project_text():
    """Main code and settings of every module: where a variable may be read (also by Spring's relaxed binding)."""
    texts = []
    for path in ROOT.glob("*/src/main/**/*"):
        if path.is_file() and path.suffix in (".java", ".properties", ".yml", ".yaml"):
            texts.append(path.read_text(errors="replace"))
    for extra in ("Dockerfile", "ollass"):
        texts.append((ROOT / extra).read_text(errors="replace"))
    return "\n".join(texts)


def mentioned(word, text):
    return re.search(r"(?<![A-Za-z0-9_.-])" + re.escape(word) + r"(?![A-Za-z0-9_-])", text) is not None


def relaxed_property(variable):
    return variable.lower().replace("_", ".")


def main():
    config = compose_config()
    services = config.get("services", {})
    dockerfile = (ROOT / "Dockerfile").read_text()
    if "${MODULE}/target/${MODULE}-exec.jar" not in dockerfile:
        problems.append("Dockerfile no longer copies ${MODULE}/target/${MODULE}-exec.jar: check the compose services")
    everything = project_text()
    built = {}
    for name, service in services.items():
        module = ((service.get("build") or {}).get("args") or {}).get("MODULE")
        if module:
            built[module] = name
    modules = sorted(p.parent.parent.parent.parent.name for p in ROOT.glob("*/src/main/resources/application.properties"))
    for module in modules:
        if module not in built:
            problems.append(f"{module} has settings but no service in docker-compose.yml")
    defaulted_report = []
    checked = 0
    for module, name in sorted(built.items()):
        service = services[name]
        module_dir = ROOT / module
        pom = module_dir / "pom.xml"
        if not pom.is_file():
            problems.append(f"service {name} builds module {module}, which does not exist")
            continue
        if "spring-boot-maven-plugin" not in pom.read_text():
            problems.append(f"module {module} makes no runnable jar ({module}-exec.jar) for the Dockerfile")
        properties = (module_dir / "src/main/resources/application.properties").read_text()
        environment = service.get("environment") or {}
        for variable, has_default in sorted(reads(properties).items()):
            checked += 1
            if variable in environment:
                continue
            if has_default:
                defaulted_report.append(variable)
            else:
                problems.append(f"{module} reads ${{{variable}}} without a default, and service {name} does not set it")
        for variable in sorted(v for v in environment if v.startswith("OLLASS_")):
            if not mentioned(variable, everything) and not mentioned(relaxed_property(variable), everything):
                problems.append(f"service {name} sets {variable}, which nothing in the project reads")
        port = PORT.search(properties)
        health = " ".join(map(str, (service.get("healthcheck") or {}).get("test") or []))
        health_port = HEALTH_PORT.search(health)
        if port and health_port and str(environment.get(port.group(1))) != health_port.group(1):
            problems.append(
                f"service {name}: {port.group(1)}={environment.get(port.group(1))} but its healthcheck asks port "
                f"{health_port.group(1)}")
        if defaulted_report:
            print(f"compose check: {name} runs on the defaults of {', '.join(defaulted_report)}")
            defaulted_report = []
    if problems:
        print("docker-compose.yml is out of step with the services:", file=sys.stderr)
        for problem in problems:
            print("  - " + problem, file=sys.stderr)
        sys.exit(1)
    print(f"compose check: docker-compose.yml is valid; {len(built)} services, {checked} settings variables in step")


if __name__ == "__main__":
    main()
