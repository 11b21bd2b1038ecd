import Link from '@/components/ui/link';
import type { MDXComponents } from '@/components/guide/mdx';
import type { ReactNode } from 'react';
import { Children, isValidElement } from 'react';
import { TermLink } from '@/components/glossary/term-link';
import type { Content } from '@/lib/content/schemas';
import { findRole, findSkill, findTerm } from '@/lib/content/lookups';
import { slugifyHeading } from '@/lib/guides';

/** The visible text of rendered heading children, so its id matches guideHeadings(source). */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return Children.toArray(node.props.children).map(textOf).join('');
  return '';
}

type SlugProps = { slug: string; children?: ReactNode };

/**
 * What guide MDX can use: <Role>, <Skill> and <Term> links (slugs checked by content validation,
 * so a lookup miss here cannot happen in a build) and styled prose elements.
 */
export function guideComponents(content: Content): MDXComponents {
  return {
    // biome-ignore lint/correctness/noComponentHookFactories: MDX takes a map of components, bound here to the content set; they hold no state and render once, on the server
    Role: ({ slug, children }: SlugProps) => <Link href={`/roles/${slug}`}>{children ?? findRole(content, slug)?.title ?? slug}</Link>,
    // biome-ignore lint/correctness/noComponentHookFactories: MDX takes a map of components, bound here to the content set; they hold no state and render once, on the server
    Skill: ({ slug, children }: SlugProps) => <Link href={`/skills/${slug}`}>{children ?? findSkill(content, slug)?.name ?? slug}</Link>,
    // biome-ignore lint/correctness/noComponentHookFactories: MDX takes a map of components, bound here to the content set; they hold no state and render once, on the server
    Term: ({ slug, children }: SlugProps) => {
      const term = findTerm(content, slug);
      return (
        <TermLink slug={slug} definition={term?.definition ?? ''}>
          {children ?? term?.term ?? slug}
        </TermLink>
      );
    },
    h2: ({ children }) => (
      <h2 id={slugifyHeading(textOf(children))} className="mt-10 scroll-mt-4 text-2xl font-semibold">
        {children}
      </h2>
    ),
    h3: ({ children }) => <h3 className="mt-6 text-xl font-semibold">{children}</h3>,
    p: ({ children }) => <p className="mt-4 leading-relaxed">{children}</p>,
    ul: ({ children }) => <ul className="mt-4 list-disc space-y-2 pl-6 leading-relaxed">{children}</ul>,
    ol: ({ children }) => <ol className="mt-4 list-decimal space-y-2 pl-6 leading-relaxed">{children}</ol>,
    a: ({ href = '', children }) => (href.startsWith('/') ? <Link href={href}>{children}</Link> : <a href={href}>{children}</a>),
  };
}
