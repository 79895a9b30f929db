import type { OrganisationProfile } from '@lekwacht/domain';
import { MAX_LOGO_BYTES } from '@lekwacht/domain';
import {
  Box,
  Button,
  Card,
  ColorInput,
  Fieldset,
  FileButton,
  Group,
  Image,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../shared/ui/LoadError';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useFormApiErrors } from '../../../shared/forms/use-form-api-errors';
import { useOrganisationProfile, useSaveOrganisationProfile } from '../hooks/use-organisation-profile';
import { logoFileProblem, readAsDataUrl } from '../logo-file';

const FIELDS = [
  'name',
  'logoDataUrl',
  'primaryColour',
  'contactPoint.name',
  'contactPoint.email',
  'contactPoint.phone',
] as const;

interface Values {
  name: string;
  logoDataUrl: string | null;
  primaryColour: string;
  contactPoint: { name: string; email: string; phone: string };
}

const toValues = (p: OrganisationProfile): Values => ({
  ...p,
  contactPoint: { ...p.contactPoint, phone: p.contactPoint.phone ?? '' },
});

/**
 * Admin settings: the organisation's name, logo, colour and contact point. They brand the
 * customer portal, the notice mails and the PDFs, so customers see who is writing to them.
 */
export function OrganisationSettingsPage() {
  const { t } = useTranslation();
  const profile = useOrganisationProfile();
  const save = useSaveOrganisationProfile();
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      name: '',
      logoDataUrl: null,
      primaryColour: '#1c4e80',
      contactPoint: { name: '', email: '', phone: '' },
    },
    validate: {
      name: (v) => (v.trim() ? null : t('organisation.validation.nameRequired')),
      primaryColour: (v) => (/^#[0-9a-fA-F]{6}$/.test(v) ? null : t('organisation.validation.colour')),
      contactPoint: {
        name: (v) => (v.trim() ? null : t('organisation.validation.contactNameRequired')),
        email: (v) => isEmail(t('organisation.validation.emailInvalid'))(v.trim()),
        phone: (v) =>
          v.trim() === '' || /^\+?[0-9 ()-]{6,20}$/.test(v.trim()) ? null : t('organisation.validation.phone'),
      },
    },
  });
  const apiErrors = useFormApiErrors(
    { setFieldError: (path: (typeof FIELDS)[number], error: string) => form.setFieldError(path, error) },
    FIELDS,
  );
  const loaded = profile.data;
  useEffect(() => {
    if (loaded) {
      form.setValues(toValues(loaded));
      form.resetDirty();
    }
  }, [loaded]);

  const onLogo = async (file: File | null) => {
    setLogoProblem(null);
    if (!file) return;
    const problem = logoFileProblem(file);
    if (problem) {
      setLogoProblem(t(`organisation.logo.problem.${problem}`, { kb: MAX_LOGO_BYTES / 1024 }));
      return;
    }
    form.setFieldValue('logoDataUrl', await readAsDataUrl(file));
  };

  const submit = form.onSubmit((v) => {
    apiErrors.reset();
    save.mutate(
      {
        name: v.name.trim(),
        logoDataUrl: v.logoDataUrl,
        primaryColour: v.primaryColour,
        contactPoint: {
          name: v.contactPoint.name.trim(),
          email: v.contactPoint.email.trim(),
          phone: v.contactPoint.phone.trim() || null,
        },
      },
      {
        onSuccess: (saved) =>
          notifications.show({ color: 'green', title: t('organisation.saved'), message: saved.name }),
        onError: apiErrors.handle,
      },
    );
  });
  const values = form.getValues();

  return (
    <>
      <PageHeader title={t('organisation.title')} description={t('organisation.description')} />
      {profile.isPending ? (
        <Card aria-busy="true">
          <Stack gap="sm">
            {Array.from({ length: 5 }, (_, i) => (
              <Skeleton key={i} height={40} />
            ))}
          </Stack>
        </Card>
      ) : profile.isError ? (
        <LoadError
          title={t('organisation.loadFailed')}
          onRetry={() => void profile.refetch()}
          retrying={profile.isFetching}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
          <Card component="form" onSubmit={submit} noValidate style={{ gridColumn: 'span 2' }} className="org-form">
            <Stack gap="md">
              <FormErrors messages={apiErrors.formErrors} />
              <TextInput label={t('organisation.fields.name')} withAsterisk {...form.getInputProps('name')} />
              <Fieldset legend={t('organisation.fields.logo')} variant="filled">
                <Stack gap="xs">
                  <Group gap="md" align="center" wrap="wrap">
                    <Box
                      w={160}
                      h={64}
                      style={{
                        border: '1px dashed var(--mantine-color-gray-4)',
                        borderRadius: 8,
                        display: 'flex',
                        alignItems: 'center',
                        justifyContent: 'center',
                      }}
                    >
                      {values.logoDataUrl ? (
                        <Image
                          src={values.logoDataUrl}
                          alt={t('organisation.logo.alt', { name: values.name })}
                          mah={56}
                          maw={150}
                          fit="contain"
                        />
                      ) : (
                        <Text size="xs" c="dimmed">
                          {t('organisation.logo.none')}
                        </Text>
                      )}
                    </Box>
                    <FileButton onChange={(f) => void onLogo(f)} accept="image/png,image/jpeg">
                      {(props) => (
                        <Button {...props} variant="default" leftSection={<IconPhoto size={18} aria-hidden="true" />}>
                          {t('organisation.logo.choose')}
                        </Button>
                      )}
                    </FileButton>
                    {values.logoDataUrl && (
                      <Button
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={18} aria-hidden="true" />}
                        onClick={() => form.setFieldValue('logoDataUrl', null)}
                      >
                        {t('organisation.logo.remove')}
                      </Button>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('organisation.logo.hint', { kb: MAX_LOGO_BYTES / 1024 })}
                  </Text>
                  {(logoProblem || form.errors['logoDataUrl']) && (
                    <Text size="sm" c="red" role="alert">
                      {logoProblem ?? form.errors['logoDataUrl']}
                    </Text>
                  )}
                </Stack>
              </Fieldset>
              <ColorInput
                label={t('organisation.fields.primaryColour')}
                description={t('organisation.fields.primaryColourHint')}
                format="hex"
                withAsterisk
                {...form.getInputProps('primaryColour')}
              />
              <Fieldset legend={t('organisation.fields.contactPoint')} variant="filled">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                  <TextInput
                    label={t('organisation.fields.contactName')}
                    withAsterisk
                    {...form.getInputProps('contactPoint.name')}
                  />
                  <TextInput
                    type="email"
                    label={t('organisation.fields.contactEmail')}
                    withAsterisk
                    {...form.getInputProps('contactPoint.email')}
                  />
                  <TextInput
                    type="tel"
                    label={t('organisation.fields.contactPhone')}
                    {...form.getInputProps('contactPoint.phone')}
                  />
                </SimpleGrid>
              </Fieldset>
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending}>
                  {t('common.save')}
                </Button>
              </Group>
            </Stack>
          </Card>
          <Card component="aside" aria-labelledby="org-preview-title">
            <Title order={2} fz="md" id="org-preview-title" mb="sm">
              {t('organisation.preview.title')}
            </Title>
            <Box style={{ borderTop: `6px solid ${values.primaryColour}`, borderRadius: 8 }} p="md" bg="gray.0">
              <Group gap="sm" mb="sm" wrap="nowrap">
                {values.logoDataUrl && <Image src={values.logoDataUrl} alt="" mah={36} maw={100} fit="contain" />}
                <Text fw={700} style={{ color: values.primaryColour }}>
                  {values.name || '—'}
                </Text>
              </Group>
              <Text size="sm">{t('organisation.preview.text')}</Text>
              <Text size="sm" mt="sm" fw={600}>
                {t('organisation.preview.contact')}
              </Text>
              <Text size="sm">{values.contactPoint.name}</Text>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {values.contactPoint.email}
                {values.contactPoint.phone ? ` · ${values.contactPoint.phone}` : ''}
              </Text>
            </Box>
          </Card>
        </SimpleGrid>
      )}
    </>
  );
}
