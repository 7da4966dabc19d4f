import type { Messages } from '@/lib/i18n/fr';
import type { HomePreviewLabels } from './home-preview';

export function previewLabels(m: Messages): HomePreviewLabels {
  return {
    frame: m.brandingAdmin.previewFrame,
    needHelp: m.home.needHelp,
    needHelpHint: m.home.needHelpHint,
    offerHelp: m.home.offerHelp,
    offerHelpHint: m.home.offerHelpHint,
    sampleNeed: m.brandingAdmin.sampleNeed,
    sampleOffer: m.brandingAdmin.sampleOffer,
    need: m.post.need,
    offer: m.post.offer,
    charter: m.common.charter,
    legal: m.common.legal,
    privacy: m.common.privacy,
  };
}
