import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordOf } from '../helpers.js';

const intro = 'Le ministre marocain, Karim Alaoui, a reçu son homologue portugais, João Silva.\n\n';

describe('invitation', () => {
  it('resolves an invitee named by role to the participant', () => {
    const record = recordOf(`${intro}M. Alaoui a invité le ministre portugais à prendre part au salon de l’industrie de Casablanca.`);
    assert.deepEqual(record.invitation, { inviter: 'Karim Alaoui', invitee: 'João Silva', event: 'salon de l’industrie de Casablanca', paragraph: 2 });
  });

  it('reads "a enfin invité", "a officiellement invité"', () => {
    for (const adverb of ['enfin', 'officiellement']) {
      const record = recordOf(`${intro}M. Alaoui a ${adverb} invité le ministre portugais à prendre part au salon de l’industrie de Casablanca.`);
      assert.equal(record.invitation?.event, 'salon de l’industrie de Casablanca', adverb);
    }
  });

  it('reads "a transmis une invitation" and a pronoun inviter', () => {
    const record = recordOf(`${intro}Il lui a transmis une invitation à assister au sommet de Rabat, prévu en mai.`);
    assert.equal(record.invitation?.inviter, 'Karim Alaoui');
    assert.equal(record.invitation?.event, 'sommet de Rabat');
  });

  it('reads "convier" like "inviter", and a wish to see the other come as an invitation', () => {
    const convie = recordOf(`${intro}M. Alaoui a convié son hôte à prendre part au forum de Tanger qui se tiendra en juin.`);
    assert.deepEqual(convie.invitation, { inviter: 'Karim Alaoui', invitee: 'João Silva', event: 'forum de Tanger', paragraph: 2 });
    const wish = recordOf(`${intro}M. Alaoui a exprimé le souhait de voir le ministre portugais participer au salon de Fès prévu en mai.`);
    assert.deepEqual(wish.invitation, { inviter: 'Karim Alaoui', invitee: 'João Silva', event: 'salon de Fès', paragraph: 2 });
    // A wish about anything else invites no one.
    const other = recordOf(`${intro}M. Alaoui a exprimé le souhait de voir les échanges commerciaux progresser.`);
    assert.equal(other.invitation, null);
  });

  it('gives an invitation carried on someone’s behalf to that person, and leaves their counterpart unresolved', () => {
    const record = recordOf(`${intro}M. Alaoui a transmis l’invitation du roi Mohammed VI à son homologue portugais à effectuer une visite d’État au Maroc.`);
    assert.equal(record.invitation?.inviter, 'Mohammed VI');
    assert.equal(record.invitation?.invitee, 'son homologue portugais');
  });

  it('keeps a group invited as written, its article dropped whole', () => {
    const record = recordOf(`${intro}M. Alaoui a invité les parlementaires portugais à assister au sommet de Rabat.`);
    assert.equal(record.invitation?.invitee, 'parlementaires portugais');
  });

  it('reads the passive: the subject is the one invited', () => {
    const record = recordOf(`${intro}M. Silva a été invité par M. Alaoui à participer à la foire de Fès.`);
    assert.equal(record.invitation?.invitee, 'João Silva');
    assert.equal(record.invitation?.inviter, 'Karim Alaoui');
    assert.equal(record.invitation?.event, 'foire de Fès');
  });

  it('is null when no one invites anyone, even "à l’issue de l’entretien"', () => {
    assert.equal(recordOf(`${intro}À l’issue de l’entretien, les deux ministres ont signé un accord.`).invitation, null);
  });
  it('reads an invitation in the imperfect, the participle, after a comma, received or carried; never "s’invite"', () => {
    const intro = 'Le ministre belge, Marc Lambert, a reçu son homologue marocain, Ali Tazi.\n\n';
    const paragraph = (text: string) => recordOf(intro + text).invitation?.paragraph ?? null;
    assert.equal(paragraph('M. Lambert a annoncé que le roi invitait en Belgique son homologue au mois de mai.'), 2);
    assert.equal(paragraph('Il a remis une lettre du roi invitant le président à effectuer une visite à Bruxelles.'), 2);
    assert.equal(paragraph('« Je vous invite, Monsieur le Ministre, à venir à Liège en mai », a déclaré M. Lambert.'), 2);
    assert.equal(paragraph('M. Tazi a reçu des mains de M. Lambert une invitation du roi pour une visite d’État.'), 2);
    assert.equal(paragraph('Le Maroc s’invite en Belgique avec une semaine culturelle.'), null);
  });
});
