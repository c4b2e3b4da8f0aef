/**
 * The manifest rules the XML schema cannot express: resource references and their kinds, unused
 * or duplicate resources, the shared runtime wiring, zh-CN coverage and the ribbon's function
 * names. Pure: it takes the manifest text and the set of associated action names, and returns
 * the problems found, each with the line it is on.
 */
import { allElements, childrenNamed, parseXml, pathOf, XmlSyntaxError } from './xmlTree';
import type { XmlElement } from './xmlTree';

export type ResourceKind = 'Image' | 'Url' | 'ShortString' | 'LongString';

export interface ManifestProblem {
  readonly line: number;
  readonly message: string;
}

export const MAX_ID_LENGTH = 32;
export const MAX_SHORT_STRING = 125;
export const MAX_LONG_STRING = 250;
export const REQUIRED_LOCALE = 'zh-CN';

interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly element: XmlElement;
}

const RESOURCE_GROUPS: Readonly<Record<string, ResourceKind>> = {
  Images: 'Image',
  Urls: 'Url',
  ShortStrings: 'ShortString',
  LongStrings: 'LongString',
};

/** Which kind of resource an element with a resid must point at, by the element's name. */
const KIND_BY_REFERRER: Readonly<Record<string, ResourceKind>> = {
  Runtime: 'Url',
  SourceLocation: 'Url',
  FunctionFile: 'Url',
  LearnMoreUrl: 'Url',
  Override: 'Url',
  Image: 'Image',
  Label: 'ShortString',
  Title: 'ShortString',
  Namespace: 'ShortString',
  DisplayName: 'ShortString',
  Description: 'LongString',
};

/** Checks a manifest; `associatedActions` are the names passed to Office.actions.associate. */
export function checkManifest(
  xml: string,
  associatedActions: ReadonlySet<string>,
): ManifestProblem[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return [{ line: error.line, message: `The manifest is not well-formed XML: ${error.message}` }];
  }

  const elements = allElements(root);
  const resources = collectResources(elements);

  return [
    ...checkResourceIds(resources),
    ...checkReferences(elements, resources),
    ...checkLengths(root, resources),
    ...checkChineseOverrides(root, resources),
    ...checkSharedRuntime(root, elements, resources),
    ...checkFunctionNames(elements, associatedActions),
  ].sort((a, b) => a.line - b.line);
}

/** Action names from `Office.actions.associate('name'` calls in the given source texts. */
export function findAssociatedActions(sources: Iterable<string>): Set<string> {
  const names = new Set<string>();
  const call = /Office\.actions\.associate\(\s*(['"`])([^'"`]+)\1/g;
  for (const source of sources) {
    for (const match of source.matchAll(call)) names.add(match[2] ?? '');
  }
  return names;
}

function collectResources(elements: XmlElement[]): Resource[] {
  const resources: Resource[] = [];
  for (const group of elements) {
    const kind = RESOURCE_GROUPS[group.local];
    if (!kind || group.parent?.local !== 'Resources') continue;
    for (const element of group.children) {
      resources.push({ id: element.attributes.id ?? '', kind, element });
    }
  }
  return resources;
}

function checkResourceIds(resources: Resource[]): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const seen = new Map<string, Resource>();

  for (const resource of resources) {
    const { id, element } = resource;
    if (id === '') {
      problems.push({
        line: element.line,
        message: `${withArticle(resource.kind)} resource has no id.`,
      });
      continue;
    }

    if (id.length > MAX_ID_LENGTH) {
      problems.push({
        line: element.line,
        message: `Resource id "${id}" has ${id.length} characters; the limit is ${MAX_ID_LENGTH}.`,
      });
    }

    const earlier = seen.get(id);
    if (earlier) {
      problems.push({
        line: element.line,
        message: `Resource id "${id}" is defined twice (first on line ${earlier.element.line}).`,
      });
    } else {
      seen.set(id, resource);
    }
  }
  return problems;
}

function checkReferences(elements: XmlElement[], resources: Resource[]): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const byId = new Map(resources.map((resource) => [resource.id, resource]));
  const used = new Set<string>();

  for (const element of elements) {
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    used.add(resid);

    const where = `<${element.local} resid="${resid}"> (${pathOf(element)})`;
    if (resid.length > MAX_ID_LENGTH) {
      problems.push({
        line: element.line,
        message: `${where}: the resid has ${resid.length} characters; the limit is ${MAX_ID_LENGTH}.`,
      });
    }

    const expected = KIND_BY_REFERRER[element.local];
    const target = byId.get(resid);
    if (!target) {
      problems.push({
        line: element.line,
        message: `${where} names no resource: define ${withArticle(expected ?? 'resource')} with id "${resid}".`,
      });
    } else if (!expected) {
      problems.push({
        line: element.line,
        message: `${where}: the checks do not know which resource kind this element takes.`,
      });
    } else if (target.kind !== expected) {
      problems.push({
        line: element.line,
        message: `${where} must name ${withArticle(expected)}, but "${resid}" is ${withArticle(target.kind)} (line ${target.element.line}).`,
      });
    }
  }

  for (const resource of resources) {
    if (resource.id !== '' && !used.has(resource.id)) {
      problems.push({
        line: resource.element.line,
        message: `${resource.kind} resource "${resource.id}" is never used: remove it or refer to it.`,
      });
    }
  }
  return problems;
}

/** A localizable value: a resource or a base-manifest DisplayName/Description, with overrides. */
interface LocalizedText {
  readonly label: string;
  readonly element: XmlElement;
  readonly limit: number;
}

function localizedTexts(root: XmlElement, resources: Resource[]): LocalizedText[] {
  const texts: LocalizedText[] = [];
  for (const element of childrenNamed(root, 'DisplayName')) {
    texts.push({ label: 'DisplayName', element, limit: MAX_SHORT_STRING });
  }

  for (const element of childrenNamed(root, 'Description')) {
    texts.push({ label: 'Description', element, limit: MAX_LONG_STRING });
  }

  for (const resource of resources) {
    if (resource.kind === 'ShortString' || resource.kind === 'LongString') {
      const limit = resource.kind === 'ShortString' ? MAX_SHORT_STRING : MAX_LONG_STRING;
      const label = `${resource.kind} "${resource.id}"`;
      texts.push({ label, element: resource.element, limit });
    }
  }
  return texts;
}

function checkLengths(root: XmlElement, resources: Resource[]): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const { label, element, limit } of localizedTexts(root, resources)) {
    const values: Array<[string, XmlElement, string]> = [
      ['default value', element, element.attributes.DefaultValue ?? ''],
      ...childrenNamed(element, 'Override').map((override): [string, XmlElement, string] => [
        `${override.attributes.Locale ?? '?'} override`,
        override,
        override.attributes.Value ?? '',
      ]),
    ];

    for (const [which, at, value] of values) {
      const length = [...value].length;
      if (length > limit) {
        problems.push({
          line: at.line,
          message: `${label}: the ${which} has ${length} characters; the limit is ${limit}.`,
        });
      }
    }
  }
  return problems;
}

function checkChineseOverrides(root: XmlElement, resources: Resource[]): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const { label, element } of localizedTexts(root, resources)) {
    const overrides = childrenNamed(element, 'Override').filter(
      (override) => override.attributes.Locale === REQUIRED_LOCALE,
    );
    if (overrides.length === 0) {
      problems.push({
        line: element.line,
        message: `${label} has no ${REQUIRED_LOCALE} override: every string a cashier sees needs Chinese.`,
      });
    } else if ((overrides[0]?.attributes.Value ?? '').trim() === '') {
      problems.push({
        line: element.line,
        message: `${label}: the ${REQUIRED_LOCALE} override is empty.`,
      });
    }
  }
  return problems;
}

function checkSharedRuntime(
  root: XmlElement,
  elements: XmlElement[],
  resources: Resource[],
): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const hosts = elements.filter(
    (element) => element.local === 'Host' && element.parent?.parent?.local === 'VersionOverrides',
  );

  for (const host of hosts) {
    const runtimes = childrenNamed(host, 'Runtimes');
    if (runtimes.length === 0) {
      problems.push({
        line: host.line,
        message: 'The Host has no <Runtimes>: the add-in needs its shared runtime.',
      });
      continue;
    }

    if (host.children[0]?.local !== 'Runtimes') {
      problems.push({
        line: runtimes[0]?.line ?? host.line,
        message: '<Runtimes> must be the first element under <Host>.',
      });
    }

    const runtime = runtimes.flatMap((element) => childrenNamed(element, 'Runtime'))[0];
    if (!runtime) continue;

    if (runtime.attributes.lifetime !== 'long') {
      problems.push({
        line: runtime.line,
        message: `<Runtime> needs lifetime="long" so ribbon commands and functions share the pane's runtime (found "${runtime.attributes.lifetime ?? 'none'}").`,
      });
    }

    problems.push(...checkSameRuntimeUrl(host, runtime));
  }

  problems.push(...checkSharedRuntimeRequirement(root));
  problems.push(...checkDefaultSourceLocation(root, elements, resources));
  return problems;
}

/** Every surface must load the one runtime page, or Office starts separate runtimes. */
function checkSameRuntimeUrl(host: XmlElement, runtime: XmlElement): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const expected = runtime.attributes.resid ?? '';
  const inHost = allElements(host);

  const surfaces: Array<[string, XmlElement | undefined]> = [
    ['The custom functions <Page> <SourceLocation>', pageSource(inHost)],
    ['<FunctionFile>', inHost.find((element) => element.local === 'FunctionFile')],
    ...inHost
      .filter(
        (element) =>
          element.local === 'Action' && element.attributes['xsi:type'] === 'ShowTaskpane',
      )
      .map((action): [string, XmlElement | undefined] => [
        'The ShowTaskpane <SourceLocation>',
        childrenNamed(action, 'SourceLocation')[0],
      ]),
  ];

  for (const [what, element] of surfaces) {
    if (!element) {
      if (what !== '<FunctionFile>')
        problems.push({ line: host.line, message: `${what} is missing.` });
      continue;
    }

    const resid = element.attributes.resid ?? '';
    if (resid !== expected) {
      problems.push({
        line: element.line,
        message: `${what} uses resid "${resid}", but the shared <Runtime> uses "${expected}": they must be the same.`,
      });
    }
  }
  return problems;
}

function pageSource(inHost: XmlElement[]): XmlElement | undefined {
  const page = inHost.find(
    (element) =>
      element.local === 'Page' && element.parent?.attributes['xsi:type'] === 'CustomFunctions',
  );
  return page ? childrenNamed(page, 'SourceLocation')[0] : undefined;
}

function checkSharedRuntimeRequirement(root: XmlElement): ManifestProblem[] {
  const sets = childrenNamed(root, 'Requirements').flatMap((requirements) =>
    childrenNamed(requirements, 'Sets'),
  );
  const listed = sets.some((group) =>
    childrenNamed(group, 'Set').some((set) => {
      const version = set.attributes.MinVersion ?? group.attributes.DefaultMinVersion ?? '';
      return set.attributes.Name === 'SharedRuntime' && version === '1.1';
    }),
  );
  if (listed) return [];
  return [
    {
      line: sets[0]?.line ?? root.line,
      message: 'The requirement set SharedRuntime 1.1 is not listed under <Requirements><Sets>.',
    },
  ];
}

/** The base manifest's page must be the runtime page, so older clients open the same thing. */
function checkDefaultSourceLocation(
  root: XmlElement,
  elements: XmlElement[],
  resources: Resource[],
): ManifestProblem[] {
  const runtime = elements.find((element) => element.local === 'Runtime');
  const url = resources.find((resource) => resource.id === runtime?.attributes.resid);
  const source = childrenNamed(root, 'DefaultSettings').flatMap((settings) =>
    childrenNamed(settings, 'SourceLocation'),
  )[0];
  if (!url || !source || url.kind !== 'Url') return [];

  const runtimeUrl = url.element.attributes.DefaultValue;
  if (source.attributes.DefaultValue === runtimeUrl) return [];
  return [
    {
      line: source.line,
      message: `<DefaultSettings><SourceLocation> is "${source.attributes.DefaultValue ?? ''}", but the shared runtime page is "${runtimeUrl ?? ''}".`,
    },
  ];
}

function checkFunctionNames(
  elements: XmlElement[],
  associatedActions: ReadonlySet<string>,
): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const element of elements) {
    if (
      element.local !== 'FunctionName' ||
      element.parent?.attributes['xsi:type'] !== 'ExecuteFunction'
    ) {
      continue;
    }

    if (!associatedActions.has(element.text)) {
      problems.push({
        line: element.line,
        message: `ExecuteFunction "${element.text}" is not associated in code: add Office.actions.associate('${element.text}', ...) in src/commands.`,
      });
    }
  }
  return problems;
}

function withArticle(noun: string): string {
  // "a Url" is read "a you-are-ell", so U takes "a".
  return /^[AEIO]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}
