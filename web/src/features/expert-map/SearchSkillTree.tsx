// Skills as the taxonomy's tree, each with the experts it would find: a skill's count includes its sub-skills'.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { byName, skillName } from './searchNames';
import type { SkillRead } from './searchQueries';

interface Props {
  skills: SkillRead[];
  counts: Record<string, number>;
  chosen: string[];
  onChange: (chosen: string[]) => void;
}

export function SearchSkillTree({ skills, counts, chosen, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const bySlug = new Map(skills.map((skill) => [skill.slug, skill]));
  const children = new Map<string | null, SkillRead[]>();
  for (const skill of skills) {
    const parent = skill.parent !== null && bySlug.has(skill.parent) ? skill.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), skill]);
  }
  // A skill is offered when it finds someone or is chosen; a parent counts its sub-skills, so it shows with them.
  const shown = (slug: string): boolean =>
    (counts[slug] ?? 0) > 0 || chosen.includes(slug) || (children.get(slug) ?? []).some((c) => shown(c.slug));
  const toggle = (slug: string, on: boolean) =>
    onChange(on ? [...chosen, slug] : chosen.filter((s) => s !== slug));

  const branch = (parent: string | null, depth: number) => {
    const level = byName((children.get(parent) ?? []).filter((s) => shown(s.slug)),
      (s) => skillName(s.slug, bySlug, locale), locale);
    if (level.length === 0) return null;
    return (
      <ul className={depth === 0 ? 'skill-tree' : 'skill-tree-branch'}>
        {level.map((skill) => (
          <SkillNode key={skill.slug} label={t('expertSearch.facets.option', {
            name: skillName(skill.slug, bySlug, locale), count: counts[skill.slug] ?? 0 })}
            checked={chosen.includes(skill.slug)} onChange={(on) => toggle(skill.slug, on)}>
            {branch(skill.slug, depth + 1)}
          </SkillNode>
        ))}
      </ul>
    );
  };

  return (
    <fieldset className="facet skill-facet">
      <legend>{t('expertSearch.facets.skill')}</legend>
      {branch(null, 0) ?? <p className="muted">{t('expertSearch.facets.noSkills')}</p>}
    </fieldset>
  );
}

function SkillNode({ label, checked, onChange, children }: {
  label: string; checked: boolean; onChange: (on: boolean) => void; children: React.ReactNode;
}) {
  const id = useId();
  return (
    <li>
      <input type="checkbox" id={id} checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {children}
    </li>
  );
}
