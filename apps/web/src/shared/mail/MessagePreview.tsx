import { Code, Tabs } from '@mantine/core';

interface MessagePreviewProps {
  html: string;
  text: string;
  /** The frame's accessible name, e.g. "HTML of: <subject>". */
  frameTitle: string;
  htmlLabel: string;
  textLabel: string;
  height?: number;
}

/**
 * A message as its reader gets it: the HTML in a fully sandboxed frame (`sandbox=""`: no
 * scripts, no same-origin access, whatever a template or a breach title contains) and the plain
 * text. Used for outgoing mail, notices and the template preview.
 */
export function MessagePreview({ html, text, frameTitle, htmlLabel, textLabel, height = 480 }: MessagePreviewProps) {
  return (
    <Tabs defaultValue="html">
      <Tabs.List>
        <Tabs.Tab value="html">{htmlLabel}</Tabs.Tab>
        <Tabs.Tab value="text">{textLabel}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="html" pt="sm">
        <iframe
          title={frameTitle}
          sandbox=""
          srcDoc={html}
          style={{
            width: '100%',
            height,
            border: '1px solid var(--mantine-color-gray-3)',
            borderRadius: 8,
            background: 'white',
          }}
        />
      </Tabs.Panel>
      <Tabs.Panel value="text" pt="sm">
        <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {text}
        </Code>
      </Tabs.Panel>
    </Tabs>
  );
}
